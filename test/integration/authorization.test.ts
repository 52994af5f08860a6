// Who may do what: every operation of the schema, for four callers, over HTTP and over graphql-ws.
// The matrix below is the specification; the test fails when the schema has an operation the matrix does not cover.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import type { TypedDocumentString } from '../__generated__/graphql.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import {
  fieldOf,
  postGraphQLRaw,
  type AnyTypedDocument,
  type Document,
  type GraphQLResponse,
  type ResultOf,
  type Variables,
  type VariablesOf,
} from '../harness/graphql.js';
import {
  CreateNetwork,
  CreateWorkspace,
  DestroySession,
  LaunchSession,
  RegisterAgent,
  RestrictWorkspace,
  SessionStatus,
  sleeperWorkspace,
} from '../harness/operations.js';
import { adminToken, startTestServer, type TestServer } from '../harness/server.js';
import { errorsOf, show, subscribe, wsRequest, type Subscription } from '../harness/subscription.js';

const roles = ['ADMIN', 'OWNER', 'OTHER', 'ANON'] as const;
type Role = (typeof roles)[number];
type Caller = Exclude<Role, 'ANON'>;
const roleLabel: Record<Role, string> = { ADMIN: 'ADMIN', OWNER: 'USER-owner', OTHER: 'USER-other', ANON: 'anonymous' };
const transports = ['http', 'ws'] as const;
type Transport = (typeof transports)[number];

/** Anonymous callers: no token at all, and a token that stands for no one. */
const wrongToken = `enc_${'x'.repeat(43)}`;
const anonymousTokens: (string | null)[] = [null, wrongToken];

// ---- the schema's operations ------------------------------------------------------------------------------------

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const rootTypes = {
  Query: schema.getQueryType(),
  Mutation: schema.getMutationType(),
  Subscription: schema.getSubscriptionType(),
} as const;
type RootKind = keyof typeof rootTypes;
const schemaOperations = (Object.keys(rootTypes) as RootKind[]).flatMap((kind) =>
  Object.keys(rootTypes[kind]?.getFields() ?? {}).map((field) => `${kind}.${field}`),
);

// ---- the matrix -------------------------------------------------------------------------------------------------

/** `R` is the operation's result: what its checks are given. */
type Check<R> = (data: R, role: Role, variables: Variables) => void;
type Outcome<R = unknown> =
  /** No error at all; `check` looks at the data. */
  | { kind: 'allowed'; check?: Check<R> | undefined }
  /** The operation's field errs with this code (and is null). BAD_USER_INPUT: let past the role check, refused by the domain. */
  | { kind: 'error'; code: 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' }
  /** HTTP 401 + UNAUTHENTICATED; graphql-ws: the connection is closed with 4403. */
  | { kind: 'unauthenticated' };

interface Trigger<R = unknown> {
  /** Recognises the event the trigger caused. */
  accept(data: R): boolean;
  cleanup?(): Promise<unknown>;
}

interface Entry<R = unknown> {
  document: AnyTypedDocument;
  /** The fixtures the operation runs on; stateful operations get throwaway ones, made per call. */
  variables?(role: Role): Variables | Promise<Variables>;
  /** Subscriptions: once subscribed, causes an event that `role` must receive. */
  trigger?(role: Role, variables: Variables): Promise<Trigger<R>>;
  /** Undoes what the call made; `data` is undefined when the call failed. */
  cleanup?(variables: Variables, data: R | undefined): Promise<unknown>;
  expect: Record<Role, Outcome<R>>;
}

/**
 * A row of the matrix, its checks typed by its document. The matrix holds the rows of every operation, so it keeps
 * them as Entry<unknown>: a row's checks are only ever given the data of its own document.
 */
const entry = <R, V>(document: TypedDocumentString<R, V>, row: Omit<Entry<R>, 'document'>): Entry =>
  ({ ...row, document }) as unknown as Entry;

const allowed = <R>(check?: Check<R>): Outcome<R> => ({ kind: 'allowed', check });
const FORBIDDEN = { kind: 'error', code: 'FORBIDDEN' } as const;
const UNAUTHENTICATED = { kind: 'unauthenticated' } as const;
const adminOnly = <R>(check?: Check<R>): Record<Role, Outcome<R>> => ({
  ADMIN: allowed(check),
  OWNER: FORBIDDEN,
  OTHER: FORBIDDEN,
  ANON: UNAUTHENTICATED,
});
/** The session's owner (USER-owner) and ADMIN; USER-other is told it does not exist. */
const ownerOrAdmin = <R>(check?: Check<R>): Record<Role, Outcome<R>> => ({
  ADMIN: allowed(check),
  OWNER: allowed(check),
  OTHER: { kind: 'error', code: 'NOT_FOUND' },
  ANON: UNAUTHENTICATED,
});
const everyUser = <R>(check?: Check<R>): Record<Role, Outcome<R>> => ({
  ADMIN: allowed(check),
  OWNER: allowed(check),
  OTHER: allowed(check),
  ANON: UNAUTHENTICATED,
});

const ids = (list: { id: string }[]) => list.map((item) => item.id);
let toggle = false;

const matrix: Record<string, Entry> = {
  // ---- Query
  'Query.agents': entry(graphql(`query AuthzQueryAgents { agents { id name endpoint status } }`), {
    expect: adminOnly((d) => expect(ids(d.agents)).toContain(f.agentId)),
  }),
  'Query.agent': entry(graphql(`query AuthzQueryAgent($id: ID!) { agent(id: $id) { id name endpoint } }`), {
    variables: () => ({ id: f.agentId }),
    expect: adminOnly((d) => expect(d.agent).toMatchObject({ id: f.agentId, endpoint: f.main.endpoint })),
  }),
  'Query.networks': entry(graphql(`query AuthzQueryNetworks($agentId: ID) { networks(agentId: $agentId) { id name agent { id } } }`), {
    variables: () => ({ agentId: f.agentId }),
    expect: adminOnly((d) => expect(d.networks.map((n) => n.name)).toContain(f.network)),
  }),
  'Query.networkSpread': entry(graphql(`
    query AuthzQueryNetworkSpread { networkSpread { name zone present { agent { id } } missing { id } conflicts } }
  `), {
    expect: adminOnly((d) =>
      expect(d.networkSpread).toContainEqual(expect.objectContaining({ name: f.network, present: [{ agent: { id: f.agentId } }] })),
    ),
  }),
  // The fixture's network is there already: the preview says so, and makes nothing either way.
  'Query.previewNetwork': entry(graphql(`
    query AuthzQueryPreviewNetwork($input: CreateNetworkInput!) { previewNetwork(input: $input) { agent { id } exists driver } }
  `), {
    variables: () => ({ input: { name: f.network, agentIds: [f.agentId] } }),
    expect: adminOnly((d) => expect(d.previewNetwork).toEqual([{ agent: { id: f.agentId }, exists: true, driver: 'bridge' }])),
  }),
  // The group's workspace is left out for USER-other, who is in none of its groups; the rest of that: 'entitlements'.
  'Query.workspaces': entry(graphql(`query AuthzQueryWorkspaces { workspaces { id name } }`), {
    expect: everyUser((d, role) => {
      expect(ids(d.workspaces)).toContain(f.workspaceId);
      if (role === 'OTHER') expect(ids(d.workspaces)).not.toContain(f.teamWorkspaceId);
      else expect(ids(d.workspaces)).toContain(f.teamWorkspaceId);
    }),
  }),
  'Query.workspace': entry(graphql(`
    query AuthzQueryWorkspace($id: ID!) { workspace(id: $id) { id image launchOptions { choices { network available } } } }
  `), {
    variables: () => ({ id: f.workspaceId }),
    expect: everyUser((d) => expect(d.workspace).toMatchObject({ id: f.workspaceId, image: f.image })),
  }),
  'Query.sessions': entry(graphql(`query AuthzQuerySessions { sessions { id owner } }`), {
    expect: {
      ADMIN: allowed((d) => expect(ids(d.sessions)).toContain(f.ownerSessionId)),
      OWNER: allowed((d) => {
        expect(ids(d.sessions)).toContain(f.ownerSessionId);
        for (const s of d.sessions) expect(s.owner).toBe(owners.OWNER);
      }),
      OTHER: allowed((d) => {
        expect(ids(d.sessions)).not.toContain(f.ownerSessionId);
        for (const s of d.sessions) expect(s.owner).toBe(owners.OTHER);
      }),
      ANON: UNAUTHENTICATED,
    },
  }),
  'Query.session': entry(graphql(`query AuthzQuerySession($id: ID!) { session(id: $id) { id owner agent { name status } } }`), {
    variables: () => ({ id: f.ownerSessionId }),
    expect: {
      ADMIN: allowed((d) => expect(d.session).toMatchObject({ id: f.ownerSessionId, owner: owners.OWNER })),
      OWNER: allowed((d) =>
        expect(d.session).toEqual({ id: f.ownerSessionId, owner: owners.OWNER, agent: { name: f.agentName, status: 'ONLINE' } }),
      ),
      // Someone else's session is as good as missing.
      OTHER: allowed((d) => expect(d.session).toBeNull()),
      ANON: UNAUTHENTICATED,
    },
  }),
  'Query.placement': entry(graphql(`
    query AuthzQueryPlacement($id: ID!) {
      placement(workspaceId: $id) { chosen { agent { id } network eligible } candidates { agent { id } eligible reasons } }
    }
  `), {
    variables: () => ({ id: f.workspaceId }),
    expect: adminOnly((d) => expect(d.placement.chosen?.agent.id).toBe(f.agentId)),
  }),
  'Query.viewer': entry(graphql(`query AuthzQueryViewer { viewer { owner role apiKey { id } user { username groups { name } } } }`), {
    expect: {
      // The bootstrap ENCLAVE_ADMIN_TOKEN stands for no person.
      ADMIN: allowed((d) => expect(d.viewer).toEqual({ owner: owners.ADMIN, role: 'ADMIN', apiKey: null, user: null })),
      OWNER: allowed((d) =>
        expect(d.viewer).toEqual({
          owner: owners.OWNER,
          role: 'USER',
          apiKey: { id: f.keyIds.OWNER },
          user: { username: owners.OWNER, groups: [{ name: teamGroup }] },
        }),
      ),
      OTHER: allowed((d) =>
        expect(d.viewer).toEqual({ owner: owners.OTHER, role: 'USER', apiKey: { id: f.keyIds.OTHER }, user: { username: owners.OTHER, groups: [] } }),
      ),
      ANON: UNAUTHENTICATED,
    },
  }),
  'Query.users': entry(graphql(`query AuthzQueryUsers { users { id username role disabled groups { name } } }`), {
    expect: adminOnly((d) => {
      expect(d.users.find((u) => u.username === owners.OWNER)).toEqual({
        id: f.userIds.OWNER,
        username: owners.OWNER,
        role: 'USER',
        disabled: false,
        groups: [{ name: teamGroup }],
      });
      expect(d.users.find((u) => u.username === owners.OTHER)).toMatchObject({ role: 'USER', disabled: false, groups: [] });
    }),
  }),
  'Query.groups': entry(graphql(`query AuthzQueryGroups { groups { id name networks members { username } } }`), {
    expect: adminOnly((d) =>
      expect(d.groups.find((g) => g.name === teamGroup)).toEqual({
        id: f.teamGroupId,
        name: teamGroup,
        networks: teamNetworks(),
        members: [{ username: owners.OWNER }],
      }),
    ),
  }),
  'Query.apiKeys': entry(graphql(`query AuthzQueryApiKeys { apiKeys { id name role owner } }`), {
    expect: adminOnly((d) => expect(ids(d.apiKeys)).toEqual(expect.arrayContaining([f.keyIds.OWNER, f.keyIds.OTHER]))),
  }),
  'Query.auditLog': entry(graphql(`
    query AuthzQueryAuditLog { auditLog(first: 5) { entries { id operation outcome actor } endCursor hasNextPage } }
  `), {
    expect: adminOnly((d) => expect(d.auditLog.entries.length).toBeGreaterThan(0)),
  }),
  // Storing the fixture's credential again only replaces it: any number of calls is fine.
  'Query.registryCredentials': entry(graphql(`query AuthzQueryRegistryCredentials { registryCredentials { id registry username createdAt } }`), {
    variables: async () => {
      await admin(CreateRegistryCredential, { input: registryCredential });
      return {};
    },
    expect: adminOnly((d) =>
      expect(d.registryCredentials).toContainEqual(expect.objectContaining({ registry: registryCredential.registry, username: 'authz-robot' })),
    ),
  }),
  'Query.stagingPools': entry(graphql(`
    query AuthzQueryStagingPools($workspaceId: ID) { stagingPools(workspaceId: $workspaceId) { id workspace { id } network zone size ready members { id } } }
  `), {
    variables: () => ({ workspaceId: f.poolWorkspaceId }),
    expect: adminOnly((d) =>
      expect(d.stagingPools).toEqual([{ id: f.poolId, workspace: { id: f.poolWorkspaceId }, network: null, zone: null, size: 0, ready: 0, members: [] }]),
    ),
  }),

  // ---- Mutation
  'Mutation.registerAgent': entry(graphql(`
    mutation AuthzMutationRegisterAgent($input: RegisterAgentInput!) { registerAgent(input: $input) { id name endpoint enabled } }
  `), {
    variables: async (role) => {
      if (role === 'ADMIN') await releaseSpare();
      // Disabled, so that no session is ever placed on the spare daemon.
      return { input: { name: unique('spare'), endpoint: f.spare.endpoint, enabled: false } };
    },
    expect: adminOnly((d, _, v) =>
      expect(d.registerAgent).toMatchObject({ name: inputName(v), endpoint: f.spare.endpoint, enabled: false }),
    ),
  }),
  'Mutation.updateAgent': entry(graphql(`
    mutation AuthzMutationUpdateAgent($id: ID!) { updateAgent(id: $id, input: { enabled: true }) { id enabled } }
  `), {
    variables: () => ({ id: f.agentId }),
    expect: adminOnly((d) => expect(d.updateAgent).toEqual({ id: f.agentId, enabled: true })),
  }),
  'Mutation.removeAgent': entry(graphql(`mutation AuthzMutationRemoveAgent($id: ID!) { removeAgent(id: $id) }`), {
    variables: async () => ({ id: await ensureSpare() }),
    expect: adminOnly((d, _, v) => expect(d.removeAgent).toBe(v['id'])),
  }),
  // Creating a network that exists already (same driver) returns it: the fixture works any number of times.
  'Mutation.createNetwork': entry(graphql(`
    mutation AuthzMutationCreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { id name agent { id } } }
  `), {
    variables: () => ({ input: { name: f.network, agentIds: [f.agentId] } }),
    expect: adminOnly((d) => expect(d.createNetwork).toEqual([expect.objectContaining({ name: f.network, agent: { id: f.agentId } })])),
  }),
  // Nothing is missing among the agents without a zone (the spare is let go first): a repair returns the network as it is.
  'Mutation.repairNetwork': entry(graphql(`
    mutation AuthzMutationRepairNetwork($name: String!) { repairNetwork(name: $name, zone: null) { name agent { id } } }
  `), {
    variables: async (role) => {
      if (role === 'ADMIN') await releaseSpare();
      return { name: f.network };
    },
    expect: adminOnly((d) => expect(d.repairNetwork).toEqual([{ name: f.network, agent: { id: f.agentId } }])),
  }),
  'Mutation.createWorkspace': entry(graphql(`
    mutation AuthzMutationCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id name } }
  `), {
    variables: () => ({ input: { name: unique('authz-ws'), image: f.image, command: ['sleep', '3600'], cores: 0.1, memoryMb: 32 } }),
    expect: adminOnly((d, _, v) => expect(d.createWorkspace.name).toBe(inputName(v))),
  }),
  'Mutation.updateWorkspace': entry(graphql(`
    mutation AuthzMutationUpdateWorkspace($id: ID!) { updateWorkspace(id: $id, input: { cores: 0.2 }) { id cores } }
  `), {
    variables: () => ({ id: f.scratchWorkspaceId }),
    expect: adminOnly((d) => expect(d.updateWorkspace).toEqual({ id: f.scratchWorkspaceId, cores: 0.2 })),
  }),
  'Mutation.restrictWorkspaceToNetworks': entry(graphql(`
    mutation AuthzMutationRestrictWorkspaceToNetworks($id: ID!, $networks: [String!]!) {
      restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: true) { id networks allowNetworkSelection }
    }
  `), {
    variables: () => ({ id: f.scratchWorkspaceId, networks: [f.network] }),
    expect: adminOnly((d) =>
      expect(d.restrictWorkspaceToNetworks).toEqual({ id: f.scratchWorkspaceId, networks: [f.network], allowNetworkSelection: true }),
    ),
  }),
  'Mutation.launchSession': entry(graphql(`
    mutation AuthzMutationLaunchSession($input: LaunchSessionInput!) { launchSession(input: $input) { id owner status workspace { id } } }
  `), {
    variables: () => ({ input: { workspaceId: f.workspaceId } }),
    cleanup: async (_, d) => d?.launchSession && destroy(d.launchSession.id),
    expect: everyUser((d, role) =>
      expect(d.launchSession).toMatchObject({ owner: owners[role as Caller], status: 'REQUESTED', workspace: { id: f.workspaceId } }),
    ),
  }),
  // Each caller destroys a session of its own (the admin one of USER-owner's); taking someone else's is in 'ownership'.
  'Mutation.destroySession': entry(graphql(`mutation AuthzMutationDestroySession($id: ID!) { destroySession(id: $id) { id owner status } }`), {
    variables: async (role) => ({ id: await launchAs(role === 'OTHER' ? 'OTHER' : 'OWNER') }),
    cleanup: (v) => destroy(v['id'] as string),
    expect: everyUser((d, _, v) => expect(d.destroySession).toMatchObject({ id: v['id'], status: 'STOPPED' })),
  }),
  // The fixture's workspace has no connect port: a caller let through is told so; someone else's session is missing.
  'Mutation.connectSession': entry(graphql(`mutation AuthzMutationConnectSession($id: ID!) { connectSession(id: $id) { url } }`), {
    variables: () => ({ id: f.ownerSessionId }),
    expect: {
      ADMIN: { kind: 'error', code: 'BAD_USER_INPUT' },
      OWNER: { kind: 'error', code: 'BAD_USER_INPUT' },
      OTHER: { kind: 'error', code: 'NOT_FOUND' },
      ANON: UNAUTHENTICATED,
    },
  }),
  // A RUNNING session without lifetime rules: keepalive and resume leave it as it is.
  'Mutation.keepaliveSession': entry(graphql(`mutation AuthzMutationKeepaliveSession($id: ID!) { keepaliveSession(id: $id) { id status } }`), {
    variables: () => ({ id: f.ownerSessionId }),
    expect: ownerOrAdmin((d) => expect(d.keepaliveSession).toEqual({ id: f.ownerSessionId, status: 'RUNNING' })),
  }),
  'Mutation.resumeSession': entry(graphql(`mutation AuthzMutationResumeSession($id: ID!) { resumeSession(id: $id) { id status } }`), {
    variables: () => ({ id: f.ownerSessionId }),
    expect: ownerOrAdmin((d) => expect(d.resumeSession).toEqual({ id: f.ownerSessionId, status: 'RUNNING' })),
  }),
  // The admin and USER-owner each pause (suspend) a RUNNING session of USER-owner's; USER-other tries the fixture's.
  'Mutation.pauseSession': entry(graphql(`mutation AuthzMutationPauseSession($id: ID!) { pauseSession(id: $id) { id status } }`), {
    variables: async (role) => ({ id: role === 'OTHER' ? f.ownerSessionId : await runningOf('OWNER') }),
    cleanup: async (v) => v['id'] !== f.ownerSessionId && destroy(v['id'] as string),
    expect: ownerOrAdmin((d, _, v) => expect(d.pauseSession).toEqual({ id: v['id'], status: 'PAUSED' })),
  }),
  'Mutation.suspendSession': entry(graphql(`mutation AuthzMutationSuspendSession($id: ID!) { suspendSession(id: $id) { id status } }`), {
    variables: async (role) => ({ id: role === 'OTHER' ? f.ownerSessionId : await runningOf('OWNER') }),
    cleanup: async (v) => v['id'] !== f.ownerSessionId && destroy(v['id'] as string),
    expect: ownerOrAdmin((d, _, v) => expect(d.suspendSession).toEqual({ id: v['id'], status: 'SUSPENDED' })),
  }),
  'Mutation.createApiKey': entry(graphql(`
    mutation AuthzMutationCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id role owner } } }
  `), {
    variables: () => ({ input: { name: unique('authz-key'), role: 'USER', owner: 'carol' } }),
    expect: adminOnly((d) => {
      expect(d.createApiKey.token).toMatch(/^enc_/);
      expect(d.createApiKey.apiKey).toMatchObject({ role: 'USER', owner: 'carol' });
    }),
  }),
  // Users and groups are the admin's: the ones made here are throwaway (or scratch) ones, never the callers'.
  'Mutation.createUser': entry(graphql(`
    mutation AuthzMutationCreateUser($input: CreateUserInput!) {
      createUser(input: $input) { id username displayName role hasPassword disabled groups { name } }
    }
  `), {
    variables: () => ({
      input: { username: unique('authz-user'), displayName: 'Authz User', groups: [outsideGroup] },
    }),
    expect: adminOnly((d, _, v) =>
      expect(d.createUser).toMatchObject({
        username: (v['input'] as { username: string }).username,
        displayName: 'Authz User',
        role: 'USER',
        hasPassword: false,
        disabled: false,
        groups: [{ name: outsideGroup }],
      }),
    ),
  }),
  'Mutation.updateUser': entry(graphql(`
    mutation AuthzMutationUpdateUser($id: ID!) { updateUser(id: $id, input: { displayName: "Scratch, renamed" }) { id displayName } }
  `), {
    variables: () => ({ id: f.scratchUserId }),
    expect: adminOnly((d) => expect(d.updateUser).toEqual({ id: f.scratchUserId, displayName: 'Scratch, renamed' })),
  }),
  'Mutation.deleteUser': entry(graphql(`mutation AuthzMutationDeleteUser($id: ID!) { deleteUser(id: $id) }`), {
    variables: async () => ({ id: await throwawayUser() }),
    expect: adminOnly((d, _, v) => expect(d.deleteUser).toBe(v['id'])),
  }),
  'Mutation.createGroup': entry(graphql(`
    mutation AuthzMutationCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name networks members { id } } }
  `), {
    variables: () => ({ input: { name: unique('authz-group'), networks: [f.network] } }),
    expect: adminOnly((d, _, v) => expect(d.createGroup).toMatchObject({ name: inputName(v), networks: [f.network], members: [] })),
  }),
  'Mutation.updateGroup': entry(graphql(`
    mutation AuthzMutationUpdateGroup($id: ID!, $networks: [String!]!) { updateGroup(id: $id, input: { networks: $networks }) { id networks } }
  `), {
    variables: () => ({ id: f.scratchGroupId, networks: [f.network] }),
    expect: adminOnly((d) => expect(d.updateGroup).toEqual({ id: f.scratchGroupId, networks: [f.network] })),
  }),
  'Mutation.deleteGroup': entry(graphql(`mutation AuthzMutationDeleteGroup($id: ID!) { deleteGroup(id: $id) }`), {
    variables: async () => ({ id: await throwawayGroup() }),
    expect: adminOnly((d, _, v) => expect(d.deleteGroup).toBe(v['id'])),
  }),
  'Mutation.revokeApiKey': entry(graphql(`mutation AuthzMutationRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`), {
    variables: async () => ({ id: await throwawayKey() }),
    expect: adminOnly((d, _, v) => {
      expect(d.revokeApiKey.id).toBe(v['id']);
      expect(d.revokeApiKey.revokedAt).not.toBeNull();
    }),
  }),
  'Mutation.createRegistryCredential': entry(graphql(`
    mutation AuthzMutationCreateRegistryCredential($input: CreateRegistryCredentialInput!) {
      createRegistryCredential(input: $input) { id registry username }
    }
  `), {
    variables: () => ({ input: registryCredential }),
    expect: adminOnly((d) => expect(d.createRegistryCredential).toMatchObject({ registry: registryCredential.registry, username: 'authz-robot' })),
  }),
  'Mutation.deleteRegistryCredential': entry(graphql(`mutation AuthzMutationDeleteRegistryCredential($id: ID!) { deleteRegistryCredential(id: $id) }`), {
    variables: async () => ({ id: await throwawayRegistryCredential() }),
    expect: adminOnly((d, _, v) => expect(d.deleteRegistryCredential).toBe(v['id'])),
  }),
  // Pools of size 0 throughout: none of them ever makes a member (a container). A workspace has one pool per network and
  // zone, so each call that creates one is given a workspace of its own.
  'Mutation.createStagingPool': entry(graphql(`
    mutation AuthzMutationCreateStagingPool($input: CreateStagingPoolInput!) {
      createStagingPool(input: $input) { id workspace { id } network zone size members { id } }
    }
  `), {
    variables: async () => ({ input: { workspaceId: await throwawayWorkspace(), size: 0 } }),
    cleanup: async (_, d) => d?.createStagingPool && admin(DeletePool, { id: d.createStagingPool.id }),
    expect: adminOnly((d, _, v) =>
      expect(d.createStagingPool).toEqual({
        id: expect.any(String),
        workspace: { id: (v['input'] as { workspaceId: string }).workspaceId },
        network: null,
        zone: null,
        size: 0,
        members: [],
      }),
    ),
  }),
  'Mutation.updateStagingPool': entry(graphql(`
    mutation AuthzMutationUpdateStagingPool($id: ID!) { updateStagingPool(id: $id, input: { size: 0 }) { id size workspace { id } } }
  `), {
    variables: () => ({ id: f.poolId }),
    expect: adminOnly((d) => expect(d.updateStagingPool).toEqual({ id: f.poolId, size: 0, workspace: { id: f.poolWorkspaceId } })),
  }),
  'Mutation.deleteStagingPool': entry(graphql(`mutation AuthzMutationDeleteStagingPool($id: ID!) { deleteStagingPool(id: $id) }`), {
    variables: async () => ({ id: await throwawayPool() }),
    expect: adminOnly((d, _, v) => expect(d.deleteStagingPool).toBe(v['id'])),
  }),

  // ---- Subscription
  'Subscription.networkDiscovered': entry(graphql(`subscription AuthzSubscriptionNetworkDiscovered { networkDiscovered { id name agent { id } } }`), {
    trigger: async () => {
      const name = unique('z_disc');
      await f.main.docker('network', 'create', name);
      return { accept: (d) => d.networkDiscovered.name === name, cleanup: () => f.main.docker('network', 'rm', name) };
    },
    expect: adminOnly((d) => expect(d.networkDiscovered.agent.id).toBe(f.agentId)),
  }),
  'Subscription.networkRemoved': entry(graphql(`subscription AuthzSubscriptionNetworkRemoved { networkRemoved { id name removedAt } }`), {
    trigger: async () => {
      const name = unique('z_gone');
      await admin(CreateNetwork, { input: { name, agentIds: [f.agentId] } });
      await f.main.docker('network', 'rm', name);
      return { accept: (d) => d.networkRemoved.name === name };
    },
    expect: adminOnly((d) => expect(d.networkRemoved.removedAt).not.toBeNull()),
  }),
  'Subscription.agentStatusChanged': entry(graphql(`subscription AuthzSubscriptionAgentStatusChanged { agentStatusChanged { id enabled } }`), {
    trigger: async () => {
      await admin(EnableAgent, { id: f.agentId });
      return { accept: (d) => d.agentStatusChanged.id === f.agentId };
    },
    expect: adminOnly(),
  }),
  // Without a session id: each caller sees its own sessions (the admin every one); by id and across owners: 'ownership'.
  'Subscription.sessionStatusChanged': entry(graphql(`
    subscription AuthzSubscriptionSessionStatusChanged { sessionStatusChanged { id owner status } }
  `), {
    trigger: async (role) => {
      const id = await launchAs(role as Caller);
      return { accept: (d) => d.sessionStatusChanged.id === id, cleanup: () => destroy(id) };
    },
    expect: everyUser((d, role) => expect(d.sessionStatusChanged.owner).toBe(owners[role as Caller])),
  }),
  'Subscription.launchOptionsChanged': entry(graphql(`
    subscription AuthzSubscriptionLaunchOptionsChanged($id: ID!) {
      launchOptionsChanged(workspaceId: $id) { workspaceId allowNetworkSelection choices { network available } }
    }
  `), {
    variables: () => ({ id: f.optionsWorkspaceId }),
    trigger: async () => {
      const allow = (toggle = !toggle);
      await admin(RestrictWorkspace, { id: f.optionsWorkspaceId, networks: [f.network], allowNetworkSelection: allow });
      return { accept: (d) => d.launchOptionsChanged.allowNetworkSelection === allow };
    },
    expect: everyUser((d) => expect(d.launchOptionsChanged.workspaceId).toBe(f.optionsWorkspaceId)),
  }),
};

// ---- fixtures ---------------------------------------------------------------------------------------------------

const owners: Record<Caller, string> = { ADMIN: 'admin', OWNER: 'alice', OTHER: 'bob' };

/** USER-owner is its only member; USER-other is in no group at all. Its networks narrow what USER-owner launches on. */
const teamGroup = 'authz-team';
/** A group no caller is in: a workspace names it beside teamGroup, and USER-owner must not learn its name. */
const outsideGroup = 'authz-outside';
/** The server's ENCLAVE_DEFAULT_NETWORK (not set by the test server, so its default), where unrestricted workspaces launch. */
const defaultNetwork = 'enclave_default';
/** teamGroup's networks: the default one (so that USER-owner still launches the unrestricted workspaces) and f.network. */
const teamNetworks = () => [defaultNetwork, f.network];

interface Fixtures {
  main: Dockerd;
  /** Registered and removed by registerAgent / removeAgent; disabled, so never given a session. */
  spare: Dockerd;
  image: string;
  agentId: string;
  agentName: string;
  network: string;
  /** A second network on the main agent: narrowWorkspace offers it, teamGroup's networks leave it out. */
  network2: string;
  workspaceId: string;
  /** updateWorkspace and restrictWorkspaceToNetworks change this one. */
  scratchWorkspaceId: string;
  /** launchOptionsChanged watches this one. */
  optionsWorkspaceId: string;
  /** Limited to teamGroup and outsideGroup: USER-owner sees and launches it, USER-other does not. */
  teamWorkspaceId: string;
  /** Open to all, restricted to network and network2 with selection: teamGroup's networks narrow it for USER-owner. */
  narrowWorkspaceId: string;
  teamGroupId: string;
  /** updateGroup and updateUser change these ones. */
  scratchGroupId: string;
  scratchUserId: string;
  tokens: Record<Caller, string>;
  keyIds: Record<'OWNER' | 'OTHER', string>;
  userIds: Record<'OWNER' | 'OTHER', string>;
  /** A USER key of an ADMIN, and an ADMIN key of a user demoted to USER since: each acts as a USER. */
  demotedTokens: string[];
  /** USER-owner's session, RUNNING throughout. */
  ownerSessionId: string;
  /** The staging pool (of size 0: it never makes a member) stagingPools lists and updateStagingPool resizes, and its workspace. */
  poolId: string;
  poolWorkspaceId: string;
}

const EnableAgent = graphql(`mutation AuthzEnableAgent($id: ID!) { updateAgent(id: $id, input: { enabled: true }) { id } }`);
const AgentEndpoints = graphql(`query AuthzAgentEndpoints { agents { id endpoint } }`);
const RemoveAgent = graphql(`mutation AuthzRemoveAgent($id: ID!) { removeAgent(id: $id) }`);
const CreateKey = graphql(`mutation AuthzCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }`);
const CreateUser = graphql(`mutation AuthzCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`);
const CreateGroup = graphql(`mutation AuthzCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }`);
const DemoteUser = graphql(`mutation AuthzDemoteUser($id: ID!) { updateUser(id: $id, input: { role: USER }) { id } }`);
const RegisterNamed = graphql(`mutation AuthzRegisterNamed($input: RegisterAgentInput!) { registerAgent(input: $input) { id name status } }`);
const CreateRegistryCredential = graphql(`
  mutation AuthzCreateRegistryCredential($input: CreateRegistryCredentialInput!) { createRegistryCredential(input: $input) { id } }
`);
const CreatePool = graphql(`mutation AuthzCreatePool($input: CreateStagingPoolInput!) { createStagingPool(input: $input) { id } }`);
const DeletePool = graphql(`mutation AuthzDeletePool($id: ID!) { deleteStagingPool(id: $id) }`);
/** The credential the registry rows read and store (again); no registry is ever asked. */
const registryCredential = { registry: 'authz.registry.example:5000', username: 'authz-robot', password: 'authz-not-a-secret' };

let server: TestServer;
let f: Fixtures;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

/** The input's name, of variables `{ input: { name } }`. */
const inputName = (variables: Variables) => (variables['input'] as { name: string }).name;

async function admin<D extends Document>(document: D, variables?: VariablesOf<D>): Promise<ResultOf<D>> {
  const { body } = await postGraphQLRaw(server.url, document, variables, { token: adminToken });
  if (body.errors) throw new Error(`admin fixture call failed: ${JSON.stringify(body.errors)}\n${String(document)}`);
  return body.data!;
}

/** A session of `role`'s, once RUNNING. */
async function runningOf(role: Caller): Promise<string> {
  const id = await launchAs(role);
  await waitForStatus(id, 'RUNNING');
  return id;
}

async function launchAs(role: Caller): Promise<string> {
  const { body } = await postGraphQLRaw(server.url, LaunchSession, { input: { workspaceId: f.workspaceId } }, { token: f.tokens[role] });
  if (body.errors) throw new Error(`launchSession as ${roleLabel[role]} failed: ${JSON.stringify(body.errors)}`);
  return body.data!.launchSession.id;
}

const destroy = (id: string) => admin(DestroySession, { id });

async function waitForStatus(id: string, status: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string | undefined = '';
  while (Date.now() < deadline) {
    last = (await admin(SessionStatus, { id })).session?.status;
    if (last === status) return;
    await sleep(100);
  }
  throw new Error(`session ${id} is ${last}, not ${status}, after ${timeoutMs} ms`);
}

async function spareAgentId(): Promise<string | undefined> {
  const { agents } = await admin(AgentEndpoints);
  return agents.find((a) => a.endpoint === f.spare.endpoint)?.id;
}

async function ensureSpare(): Promise<string> {
  const known = await spareAgentId();
  if (known) return known;
  const { registerAgent } = await admin(RegisterAgent, { input: { name: unique('spare'), endpoint: f.spare.endpoint, enabled: false } });
  return registerAgent.id;
}

async function releaseSpare(): Promise<void> {
  const known = await spareAgentId();
  if (known) await admin(RemoveAgent, { id: known });
}

async function throwawayKey(): Promise<string> {
  const { createApiKey } = await admin(CreateKey, { input: { name: unique('throwaway-key'), role: 'USER', owner: 'dave' } });
  return createApiKey.apiKey.id;
}

async function throwawayUser(): Promise<string> {
  return (await admin(CreateUser, { input: { username: unique('authz-throwaway') } })).createUser.id;
}

async function throwawayGroup(): Promise<string> {
  return (await admin(CreateGroup, { input: { name: unique('authz-throwaway') } })).createGroup.id;
}

async function throwawayRegistryCredential(): Promise<string> {
  const input = { ...registryCredential, registry: `${unique('throwaway')}.registry.example` };
  return (await admin(CreateRegistryCredential, { input })).createRegistryCredential.id;
}

/** A workspace of its own: a pool made on it is the only one there. */
async function throwawayWorkspace(): Promise<string> {
  return (await admin(CreateWorkspace, { input: sleeperWorkspace(f.image, unique('authz-throwaway-ws')) })).createWorkspace.id;
}

/** A pool of size 0 (never a member) on a throwaway workspace. */
async function throwawayPool(): Promise<string> {
  return (await admin(CreatePool, { input: { workspaceId: await throwawayWorkspace(), size: 0 } })).createStagingPool.id;
}

async function setUp(): Promise<void> {
  const [main, spare] = await Promise.all([startDockerd('authz-main'), startDockerd('authz-spare')]);
  const image = await main.importBusybox();
  server = await startTestServer('pglite', { ENCLAVE_DOCKER_TIMEOUT_MS: '2000', ENCLAVE_STOP_GRACE_S: '0' });
  const partial = { main, spare, image, network: 'z_authz', network2: 'z_authz_b' } as Fixtures;
  f = partial;
  const { registerAgent } = await admin(RegisterNamed, { input: { name: 'authz-main', endpoint: main.endpoint } });
  expect(registerAgent.status).toBe('ONLINE');
  f.agentId = registerAgent.id;
  f.agentName = registerAgent.name;
  for (const name of [f.network, f.network2]) await admin(CreateNetwork, { input: { name, agentIds: [f.agentId] } });
  const group = async (name: string, networks: string[]) => (await admin(CreateGroup, { input: { name, networks } })).createGroup.id;
  f.teamGroupId = await group(teamGroup, teamNetworks());
  await group(outsideGroup, []);
  f.scratchGroupId = await group('authz-scratch', []);
  const user = async (username: string, groups: string[], role: 'ADMIN' | 'USER' = 'USER') =>
    (await admin(CreateUser, { input: { username, groups, role } })).createUser.id;
  f.userIds = { OWNER: await user(owners.OWNER, [teamGroup]), OTHER: await user(owners.OTHER, []) };
  f.scratchUserId = await user('authz-scratch', []);
  const workspace = async (name: string, groups: string[] = []) =>
    (await admin(CreateWorkspace, { input: { ...sleeperWorkspace(image, name), groups } })).createWorkspace.id;
  f.workspaceId = await workspace('authz-main');
  f.scratchWorkspaceId = await workspace('authz-scratch');
  f.optionsWorkspaceId = await workspace('authz-options');
  f.teamWorkspaceId = await workspace('authz-team-only', [teamGroup, outsideGroup]);
  f.narrowWorkspaceId = await workspace('authz-narrow');
  await admin(RestrictWorkspace, { id: f.narrowWorkspaceId, networks: [f.network, f.network2], allowNetworkSelection: true });
  f.poolWorkspaceId = await workspace('authz-pool');
  f.poolId = (await admin(CreatePool, { input: { workspaceId: f.poolWorkspaceId, size: 0 } })).createStagingPool.id;
  // The users exist already: the keys are theirs (a key of an unknown owner would make its user).
  const key = async (owner: string, role: 'ADMIN' | 'USER' = 'USER') =>
    (await admin(CreateKey, { input: { name: `${owner}-key`, role, owner } })).createApiKey;
  const [ownerKey, otherKey] = [await key(owners.OWNER), await key(owners.OTHER)];
  f.tokens = { ADMIN: adminToken, OWNER: ownerKey.token, OTHER: otherKey.token };
  f.keyIds = { OWNER: ownerKey.apiKey.id, OTHER: otherKey.apiKey.id };
  await user('authz-boss', [], 'ADMIN');
  // An ADMIN key is only given to an ADMIN: this one's user is demoted after.
  const staff = await user('authz-staff', [], 'ADMIN');
  const staffKey = await key('authz-staff', 'ADMIN');
  await admin(DemoteUser, { id: staff });
  f.demotedTokens = [(await key('authz-boss', 'USER')).token, staffKey.token];
  f.ownerSessionId = await launchAs('OWNER');
  await waitForStatus(f.ownerSessionId, 'RUNNING');
}

// ---- running one cell of the matrix -----------------------------------------------------------------------------

const tokensOf = (role: Role): (string | null)[] => (role === 'ANON' ? anonymousTokens : [f.tokens[role]]);
const code = (errors: GraphQLResponse['errors']) => errors?.[0]?.extensions?.code;

/** The result of a query or mutation as the outcome says it must be. */
function expectResult(result: GraphQLResponse, outcome: Outcome, field: string, role: Role, variables: Variables, where: string) {
  if (outcome.kind === 'allowed') {
    expect(result.errors, `${where}: errors`).toBeUndefined();
    outcome.check?.(result.data, role, variables);
  } else if (outcome.kind === 'error') {
    expect(code(result.errors), `${where}: ${JSON.stringify(result.errors)}`).toBe(outcome.code);
    expect(fieldOf(result.data, field) ?? null, `${where}: data`).toBeNull();
  } else {
    throw new Error(`${where}: an UNAUTHENTICATED outcome is for callers without a valid token`);
  }
}

async function checkHttp(kind: RootKind, field: string, entry: Entry, role: Role, variables: Variables) {
  const outcome = entry.expect[role];
  for (const token of tokensOf(role)) {
    const where = `${kind}.${field} as ${roleLabel[role]} over HTTP${token === wrongToken ? ' (wrong token)' : ''}`;
    const { status, body } = await postGraphQLRaw(server.url, entry.document, variables, { token });
    if (outcome.kind === 'unauthenticated') {
      expect(status, `${where}: status`).toBe(401);
      expect(code(body.errors), `${where}: ${JSON.stringify(body.errors)}`).toBe('UNAUTHENTICATED');
      expect(body.data ?? null, `${where}: data`).toBeNull();
    } else if (kind === 'Subscription') {
      // Subscriptions live on graphql-ws only: a POST of one is refused with an error, whoever sends it.
      expect(body.errors?.length ?? 0, `${where}: errors (status ${status})`).toBeGreaterThan(0);
      expect(fieldOf(body.data, field) ?? null, `${where}: data`).toBeNull();
      httpSubscriptionCodes.add(`${status} ${code(body.errors)}`);
    } else {
      expectResult(body, outcome, field, role, variables, where);
      return body.data;
    }
  }
  return undefined;
}

async function checkWs(kind: RootKind, field: string, entry: Entry, role: Role, variables: Variables) {
  const outcome = entry.expect[role];
  for (const token of tokensOf(role)) {
    const where = `${kind}.${field} as ${roleLabel[role]} over graphql-ws${token === wrongToken ? ' (wrong token)' : ''}`;
    if (outcome.kind === 'unauthenticated') {
      const result = await wsRequest(server.wsUrl, entry.document, variables, { token, timeoutMs: 5_000 });
      expect(result.closeCodes[0], `${where}: close codes ${JSON.stringify(result.closeCodes)}, failure ${show(result.failure)}`).toBe(4403);
      expect(result.results, `${where}: results`).toEqual([]);
    } else if (kind !== 'Subscription') {
      const result = await wsRequest(server.wsUrl, entry.document, variables, { token });
      expect(result.timedOut, `${where}: timed out`).toBe(false);
      expect(result.failure, `${where}: failure ${show(result.failure)}`).toBeUndefined();
      expect(result.results, `${where}: results`).toHaveLength(1);
      expectResult(result.results[0]!, outcome, field, role, variables, where);
      return result.results[0]!.data;
    } else if (outcome.kind === 'error') {
      // The subscribe resolver throws: one result with the error, then complete (an `error` message would do too).
      const result = await wsRequest(server.wsUrl, entry.document, variables, { token, timeoutMs: 5_000 });
      expect(result.timedOut, `${where}: the subscription was let through (results ${JSON.stringify(result.results)})`).toBe(false);
      expect(code(errorsOf(result)), `${where}: results ${JSON.stringify(result.results)}, failure ${show(result.failure)}`).toBe(outcome.code);
      expect(result.results.some((r) => fieldOf(r.data, field)), `${where}: data`).toBe(false);
    } else {
      await checkLiveSubscription(field, entry, role, variables, token, outcome, where);
    }
  }
  return undefined;
}

/** An allowed subscription stays open and delivers the event its trigger causes. */
async function checkLiveSubscription(
  field: string,
  entry: Entry,
  role: Role,
  variables: Variables,
  token: string | null,
  outcome: Extract<Outcome, { kind: 'allowed' }>,
  where: string,
) {
  if (!entry.trigger) throw new Error(`${where}: an allowed subscription needs a trigger in the matrix`);
  const subscription = subscribe(server.wsUrl, entry.document, variables, { token });
  try {
    await ready(subscription, where);
    const trigger = await entry.trigger(role, variables);
    try {
      const event = await subscription.next((r) => !!r.errors || (fieldOf(r.data, field) != null && trigger.accept(r.data)), 15_000);
      expect(event.errors, `${where}: errors`).toBeUndefined();
      outcome.check?.(event.data, role, variables);
    } finally {
      await trigger.cleanup?.();
    }
  } finally {
    await subscription.close();
  }
}

/** Waits until a subscription is set up; fails if it ended (was refused) first. */
async function ready(operation: Subscription<unknown>, where: string) {
  try {
    await operation.ready;
  } catch (error) {
    if (!operation.ended) throw error;
    const results = JSON.stringify(operation.events.map((e) => e.result));
    throw new Error(`${where}: the subscription ended at once: ${results} ${show(operation.failure)} close ${operation.closeCodes}`);
  }
}

/** The root field a document selects, and its operation type. */
function rootFieldOf(document: AnyTypedDocument): string {
  const definitions = parse(String(document)).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const [operation] = definitions;
  if (definitions.length !== 1 || !operation) return `(${definitions.length} operations)`;
  const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  const kind = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' }[operation.operation];
  return fields.length === 1 ? `${kind}.${fields[0]}` : `${kind}.(${fields.join(', ')})`;
}

const tally = { matrix: 0, ownership: 0, entitlement: 0 };
const httpSubscriptionCodes = new Set<string>();

// ---- the tests --------------------------------------------------------------------------------------------------

// The ownership checks' operations.
const SessionOwner = graphql(`query AuthzSessionOwner($id: ID!) { session(id: $id) { id owner } }`);
const SessionOwners = graphql(`query AuthzSessionOwners { sessions { id owner } }`);
const SessionWatched = graphql(`subscription AuthzSessionWatched($id: ID) { sessionStatusChanged(sessionId: $id) { id status } }`);
const SessionOwnersChanged = graphql(`subscription AuthzSessionOwnersChanged { sessionStatusChanged { id owner status } }`);
const DestroyStatus = graphql(`mutation AuthzDestroyStatus($id: ID!) { destroySession(id: $id) { status } }`);
const SessionAgent = graphql(`query AuthzSessionAgent($id: ID!) { session(id: $id) { agent { name status } } }`);
const SessionAgentEndpoint = graphql(`query AuthzSessionAgentEndpoint($id: ID!) { session(id: $id) { id agent { name endpoint } } }`);
const AgentEndpointOfSession = graphql(`query AuthzAgentEndpointOfSession($id: ID!) { session(id: $id) { agent { endpoint } } }`);

// The entitlement checks' operations.
const GroupWorkspace = graphql(`query AuthzGroupWorkspace($id: ID!) { workspace(id: $id) { id groups } workspaces { id } }`);
const LaunchOn = graphql(`mutation AuthzLaunchOn($input: LaunchSessionInput!) { launchSession(input: $input) { id owner network } }`);
const WorkspaceSessions = graphql(`query AuthzWorkspaceSessions($id: ID!) { sessions(workspaceId: $id) { id owner } }`);
const NarrowedOptions = graphql(`
  query AuthzNarrowedOptions($id: ID!) { workspace(id: $id) { networks launchOptions { allowNetworkSelection choices { network } } } }
`);
const OptionsWatched = graphql(`
  subscription AuthzOptionsWatched($id: ID!) { launchOptionsChanged(workspaceId: $id) { workspaceId allowNetworkSelection choices { network } } }
`);
const Connect = graphql(`mutation AuthzConnect($id: ID!) { connectSession(id: $id) { url } }`);
const SetUserGroups = graphql(`mutation AuthzSetUserGroups($id: ID!, $groups: [String!]!) { updateUser(id: $id, input: { groups: $groups }) { id } }`);
const SetGroupNetworks = graphql(`
  mutation AuthzSetGroupNetworks($id: ID!, $networks: [String!]!) { updateGroup(id: $id, input: { networks: $networks }) { id } }
`);
const UsersOfKeys = graphql(`query AuthzUsersOfKeys { users { username role disabled groups { name } } }`);
const KeyViewer = graphql(`query AuthzKeyViewer { viewer { owner role user { username } } }`);
const DemotedViewer = graphql(`query AuthzDemotedViewer { viewer { role } }`);
const DemotedUsers = graphql(`query AuthzDemotedUsers { users { id } }`);

/** Auto, then each network, as launch options list them. */
const choicesOf = (...networks: string[]) => [{ network: null }, ...networks.map((network) => ({ network }))];

describe('authorization: every operation × ADMIN, USER-owner, USER-other, anonymous × HTTP, graphql-ws (pglite, real dockerd)', () => {
  beforeAll(setUp, 180_000);

  afterAll(async () => {
    await server?.stop();
    await Promise.all([f?.main?.stop(), f?.spare?.stop()]);
    const operations = new Set([...schemaOperations, ...Object.keys(matrix)]).size;
    console.log(
      `authorization: ${operations} operations × ${roles.length} roles × ${transports.length} transports = ` +
        `${operations * roles.length * transports.length} cells, ${tally.matrix} checked and passed; ` +
        `${tally.ownership} ownership/field checks and ${tally.entitlement} group entitlement checks passed; HTTP POSTs of subscriptions answered: ${[...httpSubscriptionCodes].join(', ') || '-'}`,
    );
  }, 60_000);

  it('the matrix has exactly one entry per operation of the schema, each selecting that operation', () => {
    expect(Object.keys(matrix).sort()).toEqual([...schemaOperations].sort());
    for (const [key, entry] of Object.entries(matrix)) expect(rootFieldOf(entry.document), key).toBe(key);
    expect(schemaOperations.length).toBeGreaterThan(0);
  });

  const cells = [...new Set([...schemaOperations, ...Object.keys(matrix)])];
  describe.each(transports)('over %s', (transport) => {
    describe.each(cells)('%s', (key) => {
      it.each(roles.map((role) => [roleLabel[role], role] as const))('%s', async (_, role) => {
        const entry = matrix[key];
        if (!entry) throw new Error(`${key} is in the schema but not in the authorization matrix`);
        const [kind, field] = key.split('.') as [RootKind, string];
        const variables = (await entry.variables?.(role)) ?? {};
        let data: unknown;
        try {
          data = transport === 'http'
            ? await checkHttp(kind, field, entry, role, variables)
            : await checkWs(kind, field, entry, role, variables);
        } finally {
          await entry.cleanup?.(variables, data);
        }
        tally.matrix++;
      });
    });
  });

  /** A query or mutation with `token`, over `transport`: its one result. */
  async function call<D extends Document>(transport: Transport, token: string, document: D, variables?: VariablesOf<D>) {
    if (transport === 'http') return (await postGraphQLRaw(server.url, document, variables, { token })).body;
    const result = await wsRequest(server.wsUrl, document, variables, { token });
    expect(result.failure, show(result.failure)).toBeUndefined();
    expect(result.results).toHaveLength(1);
    return result.results[0]!;
  }
  const as = <D extends Document>(transport: Transport, role: Caller, document: D, variables?: VariablesOf<D>) =>
    call(transport, f.tokens[role], document, variables);

  describe('ownership between USER keys', () => {
    it.each(transports)("USER-other gets null for USER-owner's session, USER-owner gets it (%s)", async (transport) => {
      expect(await as(transport, 'OTHER', SessionOwner, { id: f.ownerSessionId })).toEqual({ data: { session: null } });
      expect(await as(transport, 'OWNER', SessionOwner, { id: f.ownerSessionId })).toEqual({
        data: { session: { id: f.ownerSessionId, owner: owners.OWNER } },
      });
      tally.ownership += 2;
    });

    it.each(transports)("USER-other's sessions leave USER-owner's out (%s)", async (transport) => {
      const other = await as(transport, 'OTHER', SessionOwners);
      expect(other.errors).toBeUndefined();
      expect(ids(other.data!.sessions)).not.toContain(f.ownerSessionId);
      const owner = await as(transport, 'OWNER', SessionOwners);
      expect(ids(owner.data!.sessions)).toContain(f.ownerSessionId);
      tally.ownership += 2;
    });

    it.each(transports)("USER-other cannot destroy USER-owner's session: NOT_FOUND, and it keeps running (%s)", async (transport) => {
      const result = await as(transport, 'OTHER', DestroySession, { id: f.ownerSessionId });
      expect(code(result.errors), JSON.stringify(result.errors)).toBe('NOT_FOUND');
      expect(result.data ?? null).toBeNull();
      const { session } = await admin(SessionStatus, { id: f.ownerSessionId });
      expect(session?.status).toBe('RUNNING');
      tally.ownership++;
    });

    it("sessionStatusChanged(sessionId: USER-owner's) is NOT_FOUND for USER-other and live for USER-owner", async () => {
      const refused = await wsRequest(server.wsUrl, SessionWatched, { id: f.ownerSessionId }, { token: f.tokens.OTHER, timeoutMs: 5_000 });
      expect(refused.timedOut, 'the subscription was let through').toBe(false);
      expect(code(errorsOf(refused)), `${JSON.stringify(refused.results)} ${show(refused.failure)}`).toBe('NOT_FOUND');
      expect(refused.results.some((r) => r.data?.sessionStatusChanged)).toBe(false);

      const id = await launchAs('OWNER');
      const watched = subscribe(server.wsUrl, SessionWatched, { id }, { token: f.tokens.OWNER });
      try {
        await ready(watched, "USER-owner's sessionStatusChanged(sessionId)");
        await destroy(id);
        const stopped = await watched.next((r) => !!r.errors || r.data?.sessionStatusChanged.status === 'STOPPED');
        expect(stopped).toEqual({ data: { sessionStatusChanged: { id, status: 'STOPPED' } } });
      } finally {
        await watched.close();
      }
      tally.ownership += 2;
    });

    it("a plain sessionStatusChanged of USER-other gets none of USER-owner's events, USER-owner's does", async () => {
      const id = await launchAs('OWNER');
      await waitForStatus(id, 'RUNNING');
      const ownerStream = subscribe(server.wsUrl, SessionOwnersChanged, {}, { token: f.tokens.OWNER });
      const otherStream = subscribe(server.wsUrl, SessionOwnersChanged, {}, { token: f.tokens.OTHER });
      try {
        await Promise.all([ready(ownerStream, "USER-owner's stream"), ready(otherStream, "USER-other's stream")]);
        const destroyed = await as('http', 'OWNER', DestroyStatus, { id });
        expect(destroyed).toEqual({ data: { destroySession: { status: 'STOPPED' } } });
        await ownerStream.next((r) => r.data?.sessionStatusChanged.id === id && r.data.sessionStatusChanged.status === 'STOPPED');
        // Then an event of USER-other's own: its stream delivers in order, so the owner's would have come first.
        const marker = await launchAs('OTHER');
        try {
          await otherStream.next((r) => r.data?.sessionStatusChanged.id === marker);
        } finally {
          await destroy(marker);
        }
        const strays = (stream: typeof ownerStream, owner: string) =>
          stream.events.map((e) => e.result).filter((r) => r.errors || r.data?.sessionStatusChanged.owner !== owner);
        expect(strays(otherStream, owners.OTHER)).toEqual([]);
        expect(strays(ownerStream, owners.OWNER)).toEqual([]);
      } finally {
        await Promise.all([ownerStream.close(), otherStream.close()]);
      }
      tally.ownership += 2;
    });

    it.each(transports)("a USER sees a session's agent name and status but not its endpoint (FORBIDDEN) (%s)", async (transport) => {
      const visible = await as(transport, 'OWNER', SessionAgent, { id: f.ownerSessionId });
      expect(visible).toEqual({ data: { session: { agent: { name: f.agentName, status: 'ONLINE' } } } });

      const hidden = await as(transport, 'OWNER', SessionAgentEndpoint, { id: f.ownerSessionId });
      expect(code(hidden.errors), JSON.stringify(hidden.errors)).toBe('FORBIDDEN');
      expect(hidden.errors?.[0]?.path).toEqual(['session', 'agent', 'endpoint']);
      expect(JSON.stringify(hidden.data)).not.toContain(f.main.endpoint);

      const adminView = await admin(AgentEndpointOfSession, { id: f.ownerSessionId });
      expect(adminView.session?.agent?.endpoint).toBe(f.main.endpoint);
      tally.ownership += 3;
    });
  });

  describe("entitlements: members and non-members of a workspace's group, and a group's networks", () => {
    /** The field's error code, and no data for it. */
    const refusedWith = (result: GraphQLResponse, field: string, expected: string) => {
      expect(code(result.errors), JSON.stringify(result.errors)).toBe(expected);
      expect(fieldOf(result.data, field) ?? null).toBeNull();
    };

    /** The sessions launched here, destroyed together at the end (one at a time, each would cost a container's removal). */
    const launched: string[] = [];
    afterAll(() => Promise.all(launched.splice(0).map(destroy)), 60_000);

    async function launchOn(role: Caller, input: { workspaceId: string; network?: string }): Promise<string> {
      const { body } = await postGraphQLRaw(server.url, LaunchOn, { input }, { token: f.tokens[role] });
      if (body.errors) throw new Error(`launchSession as ${roleLabel[role]} failed: ${JSON.stringify(body.errors)}`);
      launched.push(body.data!.launchSession.id);
      return body.data!.launchSession.id;
    }

    it.each(transports)(
      "a workspace limited to USER-owner's group: USER-owner sees it (and only their own of its groups), USER-other gets null and no entry (%s)",
      async (transport) => {
        const owner = await as(transport, 'OWNER', GroupWorkspace, { id: f.teamWorkspaceId });
        expect(owner.errors).toBeUndefined();
        expect(owner.data!.workspace).toEqual({ id: f.teamWorkspaceId, groups: [teamGroup] });
        expect(ids(owner.data!.workspaces)).toContain(f.teamWorkspaceId);

        const other = await as(transport, 'OTHER', GroupWorkspace, { id: f.teamWorkspaceId });
        expect(other.errors).toBeUndefined();
        expect(other.data!.workspace).toBeNull();
        expect(ids(other.data!.workspaces)).not.toContain(f.teamWorkspaceId);
        expect(ids(other.data!.workspaces)).toContain(f.workspaceId);

        const adminView = await call(transport, adminToken, GroupWorkspace, { id: f.teamWorkspaceId });
        expect(adminView.data!.workspace).toEqual({ id: f.teamWorkspaceId, groups: [teamGroup, outsideGroup] });
        tally.entitlement += 3;
      },
    );

    it.each(transports)("launchSession of the group's workspace: NOT_FOUND for USER-other (nothing recorded), USER-owner launches (%s)", async (transport) => {
      refusedWith(await as(transport, 'OTHER', LaunchOn, { input: { workspaceId: f.teamWorkspaceId } }), 'launchSession', 'NOT_FOUND');
      const result = await as(transport, 'OWNER', LaunchOn, { input: { workspaceId: f.teamWorkspaceId } });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      launched.push(result.data!.launchSession.id);
      expect(result.data!.launchSession).toMatchObject({ owner: owners.OWNER, network: defaultNetwork });
      const { sessions } = await admin(WorkspaceSessions, { id: f.teamWorkspaceId });
      expect(sessions.filter((s) => s.owner === owners.OTHER)).toEqual([]);
      tally.entitlement += 2;
    });

    it("launchOptionsChanged of the group's workspace: NOT_FOUND for USER-other, live for USER-owner (graphql-ws)", async () => {
      const refused = await wsRequest(server.wsUrl, OptionsWatched, { id: f.teamWorkspaceId }, { token: f.tokens.OTHER, timeoutMs: 5_000 });
      expect(refused.timedOut, 'the subscription was let through').toBe(false);
      expect(code(errorsOf(refused)), `${JSON.stringify(refused.results)} ${show(refused.failure)}`).toBe('NOT_FOUND');
      expect(refused.results.some((r) => r.data?.launchOptionsChanged)).toBe(false);

      const watched = subscribe(server.wsUrl, OptionsWatched, { id: f.teamWorkspaceId }, { token: f.tokens.OWNER });
      try {
        await ready(watched, "USER-owner's launchOptionsChanged of the group's workspace");
        await admin(RestrictWorkspace, { id: f.teamWorkspaceId, networks: [f.network, f.network2], allowNetworkSelection: true });
        const event = await watched.next((r) => !!r.errors || r.data?.launchOptionsChanged.allowNetworkSelection === true);
        // Narrowed as well: teamGroup's networks leave network2 out.
        expect(event).toEqual({
          data: { launchOptionsChanged: { workspaceId: f.teamWorkspaceId, allowNetworkSelection: true, choices: choicesOf(f.network) } },
        });
      } finally {
        await watched.close();
        await admin(RestrictWorkspace, { id: f.teamWorkspaceId, networks: [], allowNetworkSelection: false });
      }
      tally.entitlement += 2;
    });

    it.each(transports)(
      "a group's networks narrow USER-owner's launch options and Workspace.networks; USER-other's and ADMIN's are whole (%s)",
      async (transport) => {
        const whole = { networks: [f.network, f.network2], launchOptions: { allowNetworkSelection: true, choices: choicesOf(f.network, f.network2) } };
        const owner = await as(transport, 'OWNER', NarrowedOptions, { id: f.narrowWorkspaceId });
        expect(owner).toEqual({
          data: { workspace: { networks: [f.network], launchOptions: { allowNetworkSelection: true, choices: choicesOf(f.network) } } },
        });
        expect(await as(transport, 'OTHER', NarrowedOptions, { id: f.narrowWorkspaceId })).toEqual({ data: { workspace: whole } });
        expect(await call(transport, adminToken, NarrowedOptions, { id: f.narrowWorkspaceId })).toEqual({ data: { workspace: whole } });
        tally.entitlement += 3;
      },
    );

    it.each(transports)(
      "launchSession on a network USER-owner's groups leave out is NETWORK_NOT_ALLOWED, Auto takes an allowed one, USER-other may launch on the one left out (%s)",
      async (transport) => {
        refusedWith(
          await as(transport, 'OWNER', LaunchOn, { input: { workspaceId: f.narrowWorkspaceId, network: f.network2 } }),
          'launchSession',
          'NETWORK_NOT_ALLOWED',
        );
        for (const [role, network, lands] of [
          ['OWNER', undefined, f.network],
          ['OTHER', f.network2, f.network2],
        ] as const) {
          const result = await as(transport, role, LaunchOn, { input: { workspaceId: f.narrowWorkspaceId, ...(network && { network }) } });
          expect(result.errors, `${roleLabel[role]} on ${network ?? 'Auto'}: ${JSON.stringify(result.errors)}`).toBeUndefined();
          launched.push(result.data!.launchSession.id);
          expect(result.data!.launchSession).toMatchObject({ owner: owners[role], network: lands });
        }
        tally.entitlement += 3;
      },
    );

    it("connectSession is FORBIDDEN once USER-owner's groups no longer reach the session's workspace (HTTP and graphql-ws)", async () => {
      const id = await launchOn('OWNER', { workspaceId: f.teamWorkspaceId });
      // Let past the entitlement while the groups reach it: refused only for want of a connect port.
      for (const transport of transports) refusedWith(await as(transport, 'OWNER', Connect, { id }), 'connectSession', 'BAD_USER_INPUT');
      await admin(SetUserGroups, { id: f.userIds.OWNER, groups: [] });
      try {
        for (const transport of transports) {
          refusedWith(await as(transport, 'OWNER', Connect, { id }), 'connectSession', 'FORBIDDEN');
          // And at once the workspace is gone from what they read (no read cached for their old groups).
          expect(await as(transport, 'OWNER', GroupWorkspace, { id: f.teamWorkspaceId })).toMatchObject({ data: { workspace: null } });
        }
      } finally {
        await admin(SetUserGroups, { id: f.userIds.OWNER, groups: [teamGroup] });
      }
      const back = await as('http', 'OWNER', GroupWorkspace, { id: f.teamWorkspaceId });
      expect(back.data?.workspace).toEqual({ id: f.teamWorkspaceId, groups: [teamGroup] });
      tally.entitlement += 7;
    });

    it("connectSession is FORBIDDEN once USER-owner's groups no longer allow the session's network (HTTP and graphql-ws)", async () => {
      const id = await launchOn('OWNER', { workspaceId: f.narrowWorkspaceId, network: f.network });
      for (const transport of transports) refusedWith(await as(transport, 'OWNER', Connect, { id }), 'connectSession', 'BAD_USER_INPUT');
      await admin(SetGroupNetworks, { id: f.teamGroupId, networks: [defaultNetwork] });
      try {
        for (const transport of transports) {
          refusedWith(await as(transport, 'OWNER', Connect, { id }), 'connectSession', 'FORBIDDEN');
          // None of the workspace's networks is open to them now: it lists none, and Auto is the only choice.
          expect(await as(transport, 'OWNER', NarrowedOptions, { id: f.narrowWorkspaceId })).toEqual({
            data: { workspace: { networks: [], launchOptions: { allowNetworkSelection: true, choices: choicesOf() } } },
          });
        }
      } finally {
        await admin(SetGroupNetworks, { id: f.teamGroupId, networks: teamNetworks() });
      }
      tally.entitlement += 6;
    });

    it('a member of a group without networks is not narrowed, whatever their other groups (HTTP and graphql-ws)', async () => {
      await admin(SetUserGroups, { id: f.userIds.OWNER, groups: [teamGroup, outsideGroup] });
      try {
        for (const transport of transports) {
          const owner = await as(transport, 'OWNER', NarrowedOptions, { id: f.narrowWorkspaceId });
          expect(owner.data?.workspace?.networks).toEqual([f.network, f.network2]);
          expect(owner.data?.workspace?.launchOptions.choices).toEqual(choicesOf(f.network, f.network2));
        }
      } finally {
        await admin(SetUserGroups, { id: f.userIds.OWNER, groups: [teamGroup] });
      }
      tally.entitlement += 2;
    });

    it("createApiKey of an owner who is no user yet makes that user, with the key's role, and the key acts as them", async () => {
      const username = unique('authz-newcomer');
      const { createApiKey } = await admin(CreateKey, { input: { name: `${username}-key`, role: 'USER', owner: username } });
      const { users } = await admin(UsersOfKeys);
      expect(users.find((u) => u.username === username)).toMatchObject({ role: 'USER', disabled: false, groups: [] });
      for (const transport of transports)
        expect(await call(transport, createApiKey.token, KeyViewer)).toEqual({ data: { viewer: { owner: username, role: 'USER', user: { username } } } });
      tally.entitlement += 3;
    });

    it.each(transports)("a key acts with the lower of its role and its user's: a USER key of an ADMIN, an ADMIN key of a demoted user (%s)", async (transport) => {
      for (const token of f.demotedTokens) {
        expect(await call(transport, token, DemotedViewer)).toEqual({ data: { viewer: { role: 'USER' } } });
        refusedWith(await call(transport, token, DemotedUsers), 'users', 'FORBIDDEN');
        tally.entitlement += 2;
      }
    });
  });
});
