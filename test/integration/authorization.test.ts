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
  'Query.workspaces': entry(graphql(`query AuthzQueryWorkspaces { workspaces { id name } }`), {
    expect: everyUser((d) => expect(ids(d.workspaces)).toContain(f.workspaceId)),
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
  'Query.viewer': entry(graphql(`query AuthzQueryViewer { viewer { owner role apiKey { id } } }`), {
    expect: {
      ADMIN: allowed((d) => expect(d.viewer).toEqual({ owner: owners.ADMIN, role: 'ADMIN', apiKey: null })),
      OWNER: allowed((d) => expect(d.viewer).toEqual({ owner: owners.OWNER, role: 'USER', apiKey: { id: f.keyIds.OWNER } })),
      OTHER: allowed((d) => expect(d.viewer).toEqual({ owner: owners.OTHER, role: 'USER', apiKey: { id: f.keyIds.OTHER } })),
      ANON: UNAUTHENTICATED,
    },
  }),
  'Query.apiKeys': entry(graphql(`query AuthzQueryApiKeys { apiKeys { id name role owner } }`), {
    expect: adminOnly((d) => expect(ids(d.apiKeys)).toEqual(expect.arrayContaining([f.keyIds.OWNER, f.keyIds.OTHER]))),
  }),
  'Query.auditLog': entry(graphql(`
    query AuthzQueryAuditLog { auditLog(first: 5) { entries { id operation outcome actor } endCursor hasNextPage } }
  `), {
    expect: adminOnly((d) => expect(d.auditLog.entries.length).toBeGreaterThan(0)),
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
  'Mutation.createApiKey': entry(graphql(`
    mutation AuthzMutationCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id role owner } } }
  `), {
    variables: () => ({ input: { name: unique('authz-key'), role: 'USER', owner: 'carol' } }),
    expect: adminOnly((d) => {
      expect(d.createApiKey.token).toMatch(/^enc_/);
      expect(d.createApiKey.apiKey).toMatchObject({ role: 'USER', owner: 'carol' });
    }),
  }),
  'Mutation.revokeApiKey': entry(graphql(`mutation AuthzMutationRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`), {
    variables: async () => ({ id: await throwawayKey() }),
    expect: adminOnly((d, _, v) => {
      expect(d.revokeApiKey.id).toBe(v['id']);
      expect(d.revokeApiKey.revokedAt).not.toBeNull();
    }),
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

interface Fixtures {
  main: Dockerd;
  /** Registered and removed by registerAgent / removeAgent; disabled, so never given a session. */
  spare: Dockerd;
  image: string;
  agentId: string;
  agentName: string;
  network: string;
  workspaceId: string;
  /** updateWorkspace and restrictWorkspaceToNetworks change this one. */
  scratchWorkspaceId: string;
  /** launchOptionsChanged watches this one. */
  optionsWorkspaceId: string;
  tokens: Record<Caller, string>;
  keyIds: Record<'OWNER' | 'OTHER', string>;
  /** USER-owner's session, RUNNING throughout. */
  ownerSessionId: string;
}

const EnableAgent = graphql(`mutation AuthzEnableAgent($id: ID!) { updateAgent(id: $id, input: { enabled: true }) { id } }`);
const AgentEndpoints = graphql(`query AuthzAgentEndpoints { agents { id endpoint } }`);
const RemoveAgent = graphql(`mutation AuthzRemoveAgent($id: ID!) { removeAgent(id: $id) }`);
const CreateKey = graphql(`mutation AuthzCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }`);
const RegisterNamed = graphql(`mutation AuthzRegisterNamed($input: RegisterAgentInput!) { registerAgent(input: $input) { id name status } }`);

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

async function setUp(): Promise<void> {
  const [main, spare] = await Promise.all([startDockerd('authz-main'), startDockerd('authz-spare')]);
  const image = await main.importBusybox();
  server = await startTestServer('pglite', { ENCLAVE_DOCKER_TIMEOUT_MS: '2000', ENCLAVE_STOP_GRACE_S: '0' });
  const partial = { main, spare, image, network: 'z_authz' } as Fixtures;
  f = partial;
  const { registerAgent } = await admin(RegisterNamed, { input: { name: 'authz-main', endpoint: main.endpoint } });
  expect(registerAgent.status).toBe('ONLINE');
  f.agentId = registerAgent.id;
  f.agentName = registerAgent.name;
  await admin(CreateNetwork, { input: { name: f.network, agentIds: [f.agentId] } });
  const workspace = async (name: string) => (await admin(CreateWorkspace, { input: sleeperWorkspace(image, name) })).createWorkspace.id;
  f.workspaceId = await workspace('authz-main');
  f.scratchWorkspaceId = await workspace('authz-scratch');
  f.optionsWorkspaceId = await workspace('authz-options');
  const key = async (owner: string) => (await admin(CreateKey, { input: { name: `${owner}-key`, role: 'USER', owner } })).createApiKey;
  const [ownerKey, otherKey] = [await key(owners.OWNER), await key(owners.OTHER)];
  f.tokens = { ADMIN: adminToken, OWNER: ownerKey.token, OTHER: otherKey.token };
  f.keyIds = { OWNER: ownerKey.apiKey.id, OTHER: otherKey.apiKey.id };
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

const tally = { matrix: 0, ownership: 0 };
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

describe('authorization: every operation × ADMIN, USER-owner, USER-other, anonymous × HTTP, graphql-ws (pglite, real dockerd)', () => {
  beforeAll(setUp, 180_000);

  afterAll(async () => {
    await server?.stop();
    await Promise.all([f?.main?.stop(), f?.spare?.stop()]);
    const operations = new Set([...schemaOperations, ...Object.keys(matrix)]).size;
    console.log(
      `authorization: ${operations} operations × ${roles.length} roles × ${transports.length} transports = ` +
        `${operations * roles.length * transports.length} cells, ${tally.matrix} checked and passed; ` +
        `${tally.ownership} ownership/field checks passed; HTTP POSTs of subscriptions answered: ${[...httpSubscriptionCodes].join(', ') || '-'}`,
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

  describe('ownership between USER keys', () => {
    async function as<D extends Document>(transport: Transport, role: Caller, document: D, variables?: VariablesOf<D>) {
      if (transport === 'http') return (await postGraphQLRaw(server.url, document, variables, { token: f.tokens[role] })).body;
      const result = await wsRequest(server.wsUrl, document, variables, { token: f.tokens[role] });
      expect(result.failure, show(result.failure)).toBeUndefined();
      expect(result.results).toHaveLength(1);
      return result.results[0]!;
    }

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
});
