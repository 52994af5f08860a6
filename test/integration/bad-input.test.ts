// Every mutation of the schema, fed bad input: each must be refused with a coded, helpful error (never
// INTERNAL_SERVER_ERROR) and must write nothing. Agents are fake Docker daemons on unix sockets (no dockerd needed).
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import type { BadInputAuditOutcomesQuery, CreateWorkspaceInput } from '../__generated__/graphql.js';
import { startFakeDocker, type FakeDocker } from '../harness/fake-docker.js';
import { fieldOf } from '../harness/graphql.js';
import { CreateWorkspace, RegisterAgent, SessionStatus } from '../harness/operations.js';
import { codesOf, describeResponse, postRaw, userErrorCodes } from '../harness/raw-http.js';
import { startTestServer, type TestServer } from '../harness/server.js';

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8'));
const schemaMutations = Object.keys(schema.getMutationType()!.getFields()).sort();

const unknownId = '3f1c2b7e-9a4d-4c1e-8f2a-5b6c7d8e9f01';
const malformedIds = ['abc', '1', "' OR 1=1 --", '', 'x'.repeat(10_000), '3f1c2b7e-9a4d-4c1e-8f2a-5b6c7d8e9f0', '{}'];
const long = 'x'.repeat(10_000);
const nul = 'a\u0000b';
/** A lone (unpaired) surrogate: valid in a JS string and in JSON, but no Unicode text, so Postgres cannot store it. */
const surrogate = 'a\ud800b';
/** Long enough, not common, and containing none of the fixtures' usernames. */
const goodPassword = 'tangerine hovercraft lantern';
const garbagePem = { ca: 'not a pem', cert: '-----BEGIN CERTIFICATE-----\ngarbage\n-----END CERTIFICATE-----', key: 'garbage' };

/** What the cases refer to, known once the fixtures exist. */
interface Fixtures {
  agentId: string;
  agent2Id: string;
  offlineAgentId: string;
  workspaceId: string;
  disabledWorkspaceId: string;
  restrictedWorkspaceId: string;
  fixedWorkspaceId: string;
  hugeWorkspaceId: string;
  /** In zone z1 only. */
  zonedWorkspaceId: string;
  /** Mounts profile-{owner}: it cannot be staged. */
  personalWorkspaceId: string;
  /** The workspace of `poolId`, a staging pool of size 0 (Auto, any zone): a second pool there is a CONFLICT. */
  pooledWorkspaceId: string;
  poolId: string;
  adminSessionId: string;
  userKeyId: string;
  userToken: string;
  /** alice, the USER behind userToken. */
  aliceUserId: string;
  /** carol: a USER without a password, in no group. */
  carolUserId: string;
  /** root: an ADMIN with an ADMIN key (rootToken), for what an admin may not do to themselves. */
  rootUserId: string;
  rootToken: string;
  /** team-a (networks [net-a]) and team-b; team-used limits the workspace ws-grouped. */
  groupId: string;
  inUseGroupId: string;
  endpoint: string;
  closedPort: number;
}

/** `self`: root's ADMIN key, acting on root. */
type Who = 'admin' | 'user' | 'self' | 'none' | 'bogus';

interface Case {
  mutation: string;
  label: string;
  query: string;
  variables?: (f: Fixtures) => Record<string, unknown>;
  /** The codes this refusal may come with (each one from `userErrorCodes`). */
  expect: string[];
  as?: Who;
}

const doc = {
  registerAgent: 'mutation ($input: RegisterAgentInput!) { registerAgent(input: $input) { id } }',
  updateAgent: 'mutation ($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id } }',
  removeAgent: 'mutation ($id: ID!) { removeAgent(id: $id) }',
  createNetwork: 'mutation ($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }',
  repairNetwork: 'mutation ($name: String!, $zone: String) { repairNetwork(name: $name, zone: $zone) { id } }',
  createWorkspace: 'mutation ($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }',
  updateWorkspace: 'mutation ($id: ID!, $input: UpdateWorkspaceInput!) { updateWorkspace(id: $id, input: $input) { id } }',
  restrictWorkspaceToNetworks:
    'mutation ($id: ID!, $networks: [String!]!, $allow: Boolean!) { restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: $allow) { id } }',
  launchSession: 'mutation ($input: LaunchSessionInput!) { launchSession(input: $input) { id } }',
  destroySession: 'mutation ($id: ID!) { destroySession(id: $id) { id } }',
  connectSession: 'mutation ($id: ID!) { connectSession(id: $id) { url } }',
  keepaliveSession: 'mutation ($id: ID!) { keepaliveSession(id: $id) { id } }',
  pauseSession: 'mutation ($id: ID!) { pauseSession(id: $id) { id } }',
  suspendSession: 'mutation ($id: ID!) { suspendSession(id: $id) { id } }',
  resumeSession: 'mutation ($id: ID!) { resumeSession(id: $id) { id } }',
  createApiKey: 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
  revokeApiKey: 'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }',
  createUser: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
  updateUser: 'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }',
  deleteUser: 'mutation ($id: ID!) { deleteUser(id: $id) }',
  createGroup: 'mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
  updateGroup: 'mutation ($id: ID!, $input: UpdateGroupInput!) { updateGroup(id: $id, input: $input) { id } }',
  deleteGroup: 'mutation ($id: ID!) { deleteGroup(id: $id) }',
  createRegistryCredential: 'mutation ($input: CreateRegistryCredentialInput!) { createRegistryCredential(input: $input) { id } }',
  deleteRegistryCredential: 'mutation ($id: ID!) { deleteRegistryCredential(id: $id) }',
  createStagingPool: 'mutation ($input: CreateStagingPoolInput!) { createStagingPool(input: $input) { id } }',
  updateStagingPool: 'mutation ($id: ID!, $input: UpdateStagingPoolInput!) { updateStagingPool(id: $id, input: $input) { id } }',
  deleteStagingPool: 'mutation ($id: ID!) { deleteStagingPool(id: $id) }',
} as const;

const BAD = ['BAD_USER_INPUT'];
const INVALID = ['GRAPHQL_VALIDATION_FAILED'];
const cases: Case[] = [];
const add = (mutation: keyof typeof doc, label: string, variables: Case['variables'], expect: string[], as?: Who) =>
  cases.push({ mutation, label, query: doc[mutation], ...(variables && { variables }), expect, ...(as && { as }) });
const literal = (mutation: keyof typeof doc, label: string, query: string, expect: string[]) => cases.push({ mutation, label, query, expect });

// ---------------------------------------------------------------- registerAgent
{
  const reg = (label: string, input: (f: Fixtures) => Record<string, unknown>, expect = BAD) =>
    add('registerAgent', label, (f) => ({ input: input(f) }), expect);
  const ok = { name: 'new-agent', endpoint: 'unix:///nonexistent/docker.sock' };
  reg('empty name', () => ({ ...ok, name: '' }));
  reg('blank name', () => ({ ...ok, name: '   ' }));
  reg('10k-char name', () => ({ ...ok, name: long }));
  reg('name with spaces and punctuation', () => ({ ...ok, name: 'bad name!' }));
  reg('SQL in name', () => ({ ...ok, name: "' OR 1=1 --" }));
  reg('NUL in name', () => ({ ...ok, name: nul }));
  reg('empty endpoint', () => ({ ...ok, endpoint: '' }));
  reg('10k-char endpoint', () => ({ ...ok, endpoint: long }));
  reg('endpoint not a URL', () => ({ ...ok, endpoint: 'not a url' }));
  reg('endpoint http://', () => ({ ...ok, endpoint: 'http://127.0.0.1:2375' }));
  reg('endpoint unix:// relative path', () => ({ ...ok, endpoint: 'unix://relative.sock' }));
  reg('endpoint unix:// root', () => ({ ...ok, endpoint: 'unix:///' }));
  reg('endpoint tcp:// with a path', () => ({ ...ok, endpoint: 'tcp://127.0.0.1:2375/v1.41' }));
  reg('plain tcp:// off loopback', () => ({ ...ok, endpoint: 'tcp://10.11.12.13:2375' }));
  reg('plain tcp:// to a host name', () => ({ ...ok, endpoint: 'tcp://docker.example.invalid:2375' }));
  reg('tcp:// with garbage PEM', () => ({ ...ok, endpoint: 'tcp://10.11.12.13:2376', tls: garbagePem }));
  reg('tcp:// with empty PEM', () => ({ ...ok, endpoint: 'tcp://10.11.12.13:2376', tls: { ca: '', cert: '', key: '' } }));
  reg('unix:// with tls', () => ({ ...ok, tls: garbagePem }));
  reg('ssh:// with tls', () => ({ ...ok, endpoint: 'ssh://user@10.11.12.13', tls: garbagePem }));
  reg('ssh:// without host', () => ({ ...ok, endpoint: 'ssh://' }));
  reg('empty zone', () => ({ ...ok, zone: '' }));
  reg('10k-char zone', () => ({ ...ok, zone: long }));
  reg('capacity cores -1', () => ({ ...ok, capacity: { cores: -1 } }));
  reg('capacity cores 0', () => ({ ...ok, capacity: { cores: 0 } }));
  reg('capacity cores 1e9', () => ({ ...ok, capacity: { cores: 1e9 } }));
  reg('capacity memoryMb -5', () => ({ ...ok, capacity: { memoryMb: -5 } }));
  reg('capacity maxSessions -1', () => ({ ...ok, capacity: { maxSessions: -1 } }));
  reg('capacity memoryMb as string', () => ({ ...ok, capacity: { memoryMb: 'lots' } }));
  reg('capacity memoryMb over Int range', () => ({ ...ok, capacity: { memoryMb: 2 ** 31 } }));
  reg('capacity memoryMb 1.5', () => ({ ...ok, capacity: { memoryMb: 1.5 } }));
  reg('capacity gpus -1', () => ({ ...ok, capacity: { gpus: -1 } }));
  reg('capacity gpus 100000', () => ({ ...ok, capacity: { gpus: 100_000 } }));
  reg('capacity gpus over Int range', () => ({ ...ok, capacity: { gpus: 2 ** 31 } }));
  reg('capacity gpus 0.5', () => ({ ...ok, capacity: { gpus: 0.5 } }));
  reg('label without "="', () => ({ ...ok, labels: ['gpu'] }));
  reg('label with an empty key', () => ({ ...ok, labels: ['=a100'] }));
  reg('label with a space', () => ({ ...ok, labels: ['gpu=a 100'] }));
  reg('label key starting with "-"', () => ({ ...ok, labels: ['-gpu=a100'] }));
  reg('64-char label value', () => ({ ...ok, labels: [`gpu=${'v'.repeat(64)}`] }));
  reg('10k-char label', () => ({ ...ok, labels: [long] }));
  reg('NUL in a label', () => ({ ...ok, labels: [`gpu=${nul}`] }));
  reg('lone surrogate in a label', () => ({ ...ok, labels: [`gpu=${surrogate}`] }));
  reg('SQL as a label', () => ({ ...ok, labels: ["' OR 1=1 --"] }));
  reg('a label key twice', () => ({ ...ok, labels: ['gpu=a100', 'gpu=h100'] }));
  reg('65 labels', () => ({ ...ok, labels: Array.from({ length: 65 }, (_, i) => `k${i}=v`) }));
  reg('10k labels', () => ({ ...ok, labels: Array.from({ length: 10_000 }, (_, i) => `k${i}=v`) }));
  reg('labels with null', () => ({ ...ok, labels: ['gpu=a100', null] }));
  reg('labels as an object', () => ({ ...ok, labels: { gpu: 'a100' } }));
  reg('enabled as string', () => ({ ...ok, enabled: 'yes' }));
  reg('name missing', () => ({ endpoint: ok.endpoint }));
  reg('unknown input field', () => ({ ...ok, password: 'x' }));
  reg('name as number', () => ({ ...ok, name: 42 }));
  reg('name taken', () => ({ ...ok, name: 'fake-1' }), ['CONFLICT']);
  reg('endpoint taken', (f) => ({ ...ok, endpoint: f.endpoint }), ['CONFLICT']);
  reg('unreachable unix socket', () => ok, ['AGENT_UNREACHABLE']);
  reg('closed loopback port', (f) => ({ ...ok, endpoint: `tcp://127.0.0.1:${f.closedPort}` }), ['AGENT_UNREACHABLE']);
  add('registerAgent', 'input null', () => ({ input: null }), BAD);
  add('registerAgent', 'no variables', undefined, BAD);
  literal('registerAgent', 'literal without input', 'mutation { registerAgent { id } }', INVALID);
  literal('registerAgent', 'literal Int for String', 'mutation { registerAgent(input: { name: 5, endpoint: "unix:///x" }) { id } }', INVALID);
  add('registerAgent', 'as USER', () => ({ input: ok }), ['FORBIDDEN'], 'user');
  add('registerAgent', 'without a token', () => ({ input: ok }), ['UNAUTHENTICATED'], 'none');
  add('registerAgent', 'with an unknown token', () => ({ input: ok }), ['UNAUTHENTICATED'], 'bogus');
}

// ---------------------------------------------------------------- updateAgent
{
  for (const id of malformedIds) add('updateAgent', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id, input: { zone: 'z' } }), BAD);
  add('updateAgent', 'unknown id', () => ({ id: unknownId, input: { zone: 'z' } }), ['NOT_FOUND']);
  add('updateAgent', 'id as Int', () => ({ id: 5, input: { zone: 'z' } }), BAD);
  add('updateAgent', 'id as object', () => ({ id: { $ne: null }, input: { zone: 'z' } }), BAD);
  const upd = (label: string, input: Record<string, unknown>, expect = BAD) =>
    add('updateAgent', label, (f) => ({ id: f.agent2Id, input }), expect);
  upd('empty name', { name: '' });
  upd('10k-char name', { name: long });
  upd('name with a slash', { name: 'a/b' });
  upd('NUL in name', { name: nul });
  upd('empty zone', { zone: '' });
  upd('10k-char zone', { zone: long });
  upd('capacity cores -1', { capacity: { cores: -1 } });
  upd('capacity memoryMb -5', { capacity: { memoryMb: -5 } });
  upd('capacity maxSessions -1', { capacity: { maxSessions: -1 } });
  upd('capacity memoryMb 10', { capacity: { memoryMb: 10 } });
  upd('capacity cores as string', { capacity: { cores: 'four' } });
  upd('capacity gpus -1', { capacity: { gpus: -1 } });
  upd('capacity gpus 5000', { capacity: { gpus: 5000 } });
  upd('label without a key', { labels: ['=x'] });
  upd('label value with a slash', { labels: ['site=lab/2'] });
  upd('NUL in a label', { labels: [nul] });
  upd('a label key twice', { labels: ['site=a', 'site=b'] });
  upd('65 labels', { labels: Array.from({ length: 65 }, (_, i) => `k${i}=v`) });
  upd('labels as a string', { labels: 7 });
  upd('valid labels but bad gpus (nothing half-written)', { labels: ['site=lab-9'], capacity: { gpus: -1 } });
  upd('enabled as string', { enabled: 'no' });
  upd('enabled as number', { enabled: 0 });
  upd('name of another agent', { name: 'fake-1' }, ['CONFLICT']);
  upd('valid name but bad capacity (nothing half-written)', { name: 'renamed-agent', capacity: { cores: -1 } });
  add('updateAgent', 'input missing', (f) => ({ id: f.agent2Id }), BAD);
  add('updateAgent', 'as USER', (f) => ({ id: f.agent2Id, input: { enabled: false } }), ['FORBIDDEN'], 'user');
}

// ---------------------------------------------------------------- removeAgent
{
  for (const id of malformedIds) add('removeAgent', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id }), BAD);
  add('removeAgent', 'unknown id', () => ({ id: unknownId }), ['NOT_FOUND']);
  add('removeAgent', 'id null', () => ({ id: null }), BAD);
  add('removeAgent', 'id as list', () => ({ id: [unknownId] }), BAD);
  add('removeAgent', 'as USER', (f) => ({ id: f.agentId }), ['FORBIDDEN'], 'user');
  add('removeAgent', 'without a token', (f) => ({ id: f.agentId }), ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- createNetwork
{
  const net = (label: string, input: (f: Fixtures) => Record<string, unknown>, expect = BAD) =>
    add('createNetwork', label, (f) => ({ input: input(f) }), expect);
  net('empty name', () => ({ name: '' }));
  net('blank name', () => ({ name: '  ' }));
  net('10k-char name', () => ({ name: long }));
  net('129-char name', () => ({ name: 'n'.repeat(129) }));
  net('name with a space', () => ({ name: 'bad name' }));
  net('name starting with "-"', () => ({ name: '-net' }));
  net('name "bridge" (predefined)', () => ({ name: 'bridge' }));
  net('name "host" (predefined)', () => ({ name: 'host' }));
  net('SQL in name', () => ({ name: "' OR 1=1 --" }));
  net('NUL in name', () => ({ name: nul }));
  net('empty driver', () => ({ name: 'fresh-net', driver: '' }));
  net('driver with a space', () => ({ name: 'fresh-net', driver: 'bad driver' }));
  net('10k-char driver', () => ({ name: 'fresh-net', driver: long }));
  net('zone and agentIds', (f) => ({ name: 'fresh-net', zone: 'z1', agentIds: [f.agentId] }));
  net('empty agentIds', () => ({ name: 'fresh-net', agentIds: [] }));
  net('malformed agent id', () => ({ name: 'fresh-net', agentIds: ['abc'] }));
  net('SQL as agent id', (f) => ({ name: 'fresh-net', agentIds: [f.agentId, "' OR 1=1 --"] }));
  net('unknown agent id', (f) => ({ name: 'fresh-net', agentIds: [f.agentId, unknownId] }), ['NOT_FOUND']);
  net('zone without agents', () => ({ name: 'fresh-net', zone: 'nowhere' }));
  net('NUL in zone', () => ({ name: 'fresh-net', zone: nul }));
  net('10k-char zone', () => ({ name: 'fresh-net', zone: long }));
  net('name taken with another driver', (f) => ({ name: 'net-a', driver: 'macvlan', agentIds: [f.agentId] }), ['CONFLICT']);
  net('an OFFLINE agent among the targets (rolled back)', (f) => ({ name: 'rollback-net', agentIds: [f.agentId, f.offlineAgentId] }), [
    'AGENT_UNREACHABLE',
  ]);
  net('internal as string', () => ({ name: 'fresh-net', internal: 'true' }));
  net('options not a list of pairs', () => ({ name: 'fresh-net', options: { a: 'b' } }));
  net('option without value', () => ({ name: 'fresh-net', options: [{ key: 'a' }] }));
  net('agentIds with null', () => ({ name: 'fresh-net', agentIds: [null] }));
  literal('createNetwork', 'literal enum-like driver', 'mutation { createNetwork(input: { name: "fresh-net", driver: BRIDGE }) { id } }', INVALID);
  add('createNetwork', 'as USER', () => ({ input: { name: 'fresh-net' } }), ['FORBIDDEN'], 'user');
}

// ---------------------------------------------------------------- createNetwork: address management and parents
{
  const net = (label: string, input: (f: Fixtures) => Record<string, unknown>, expect = BAD) =>
    add('createNetwork', label, (f) => ({ input: { name: 'fresh-net', ...input(f) } }), expect);
  const one = (f: Fixtures) => ({ driver: 'macvlan', agentIds: [f.agentId], parent: 'eth0' });
  const ipam = (over: Record<string, unknown>) => ({ subnet: '192.168.50.0/24', gateway: '192.168.50.1', ...over });
  net('subnet not a CIDR', () => ({ ipam: { subnet: '10.0.0.0/33' } }));
  net('subnet with host bits set', () => ({ ipam: { subnet: '192.168.50.1/24' } }));
  net('subnet too small', () => ({ ipam: { subnet: '192.168.50.0/31' } }));
  net('10k-char subnet', () => ({ ipam: { subnet: long } }));
  net('NUL in subnet', () => ({ ipam: { subnet: nul } }));
  net('octal IPv4 subnet', () => ({ ipam: { subnet: '010.0.0.0/8' } }));
  net('gateway outside the subnet', () => ({ ipam: ipam({ gateway: '192.168.51.1' }) }));
  net('gateway of the other family', () => ({ ipam: ipam({ gateway: 'fd00::1' }) }));
  net('gateway the broadcast address', () => ({ ipam: ipam({ gateway: '192.168.50.255' }) }));
  net('gateway not an address', () => ({ ipam: ipam({ gateway: 'router' }) }));
  net('ipRange outside the subnet', () => ({ ipam: ipam({ ipRange: '192.168.60.0/25' }) }));
  net('ipRange with host bits set', () => ({ ipam: ipam({ ipRange: '192.168.50.3/25' }) }));
  net('aux address outside the subnet', () => ({ ipam: ipam({ auxAddresses: [{ key: 'router', value: '10.0.0.1' }] }) }));
  net('aux address without a key', () => ({ ipam: ipam({ auxAddresses: [{ key: '', value: '192.168.50.9' }] }) }));
  net('aux key twice', () => ({ ipam: ipam({ auxAddresses: [{ key: 'a', value: '192.168.50.9' }, { key: 'a', value: '192.168.50.10' }] }) }));
  net('aux address the gateway', () => ({ ipam: ipam({ auxAddresses: [{ key: 'gw', value: '192.168.50.1' }] }) }));
  net('257 aux addresses', () => ({ ipam: ipam({ auxAddresses: Array.from({ length: 257 }, (_, i) => ({ key: `k${i}`, value: '192.168.50.9' })) }) }));
  net('ipam without subnet', () => ({ ipam: { gateway: '192.168.50.1' } }));
  net('parent on a bridge', () => ({ parent: 'eth0' }));
  net('parent not an interface name', (f) => ({ ...one(f), parent: 'eth0; reboot' }));
  net('16-char parent', (f) => ({ ...one(f), parent: 'e'.repeat(16) }));
  net('10k-char parent', (f) => ({ ...one(f), parent: long }));
  net('NUL in parent', (f) => ({ ...one(f), parent: nul }));
  net('parent and options.parent differ', (f) => ({ ...one(f), options: [{ key: 'parent', value: 'eth1' }] }));
  net('perAgent for an agent it is not made on', (f) => ({ ...one(f), perAgent: [{ agentId: f.offlineAgentId }] }));
  net('perAgent with a malformed agent id', (f) => ({ ...one(f), perAgent: [{ agentId: 'abc' }] }));
  net('perAgent with an agent twice', (f) => ({ ...one(f), perAgent: [{ agentId: f.agentId }, { agentId: f.agentId }] }));
  net('perAgent ipRange without a subnet', (f) => ({ ...one(f), perAgent: [{ agentId: f.agentId, ipRange: '192.168.50.0/25' }] }));
  net('perAgent ipRange outside the subnet', (f) => ({ ...one(f), ipam: ipam({}), perAgent: [{ agentId: f.agentId, ipRange: '10.9.0.0/25' }] }));
  net('perAgent parent not an interface name', (f) => ({ ...one(f), perAgent: [{ agentId: f.agentId, parent: '../eth0' }] }));
  net('macvlan across agents without a subnet', () => ({ driver: 'macvlan', zone: 'z1', parent: 'eth0' }));
  net('macvlan across agents without a gateway', () => ({ driver: 'macvlan', zone: 'z1', parent: 'eth0', ipam: { subnet: '192.168.50.0/24' } }));
  net('one ipRange for every agent of a segment', () => ({ driver: 'macvlan', zone: 'z1', parent: 'eth0', ipam: ipam({ ipRange: '192.168.50.0/25' }) }));
  net('a subnet too small for the zone', () => ({ driver: 'macvlan', zone: 'z1', parent: 'eth0', ipam: { subnet: '192.168.50.0/30', gateway: '192.168.50.1' } }));
  net('driver option name with a space', () => ({ options: [{ key: 'bad key', value: '1' }] }));
  net('driver option twice', () => ({ options: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] }));
  net('65 driver options', () => ({ options: Array.from({ length: 65 }, (_, i) => ({ key: `o${i}`, value: '1' })) }));
  net('driver option value with NUL', () => ({ options: [{ key: 'a', value: nul }] }));
  net('driver option value of 10k chars', () => ({ options: [{ key: 'a', value: long }] }));
}

// ---------------------------------------------------------------- repairNetwork
{
  const repair = (label: string, variables: Record<string, unknown>, expect = BAD, as?: Who) => add('repairNetwork', label, () => variables, expect, as);
  repair('malformed name', { name: 'bad name', zone: 'z1' });
  repair('10k-char name', { name: long, zone: 'z1' });
  repair('NUL in name', { name: nul, zone: 'z1' });
  repair('name as list', { name: ['net-a'], zone: 'z1' });
  repair('unknown network', { name: 'nowhere-net', zone: 'z1' }, ['NOT_FOUND']);
  repair('zone without agents', { name: 'net-a', zone: 'nowhere' });
  repair('no zone, while every agent has one', { name: 'net-a', zone: null });
  repair('NUL in zone', { name: 'net-a', zone: nul });
  repair('10k-char zone', { name: 'net-a', zone: long });
  repair('as USER', { name: 'net-a', zone: 'z1' }, ['FORBIDDEN'], 'user');
  repair('without a token', { name: 'net-a', zone: 'z1' }, ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- createWorkspace
{
  const ws = (label: string, input: Record<string, unknown>, expect = BAD) =>
    add('createWorkspace', label, () => ({ input: { name: 'new-ws', image: 'busybox', ...input } }), expect);
  ws('connect port 0', { connect: { port: 0 } });
  ws('connect port 65536', { connect: { port: 65536 } });
  ws('connect port as string', { connect: { port: '6901' } });
  ws('connect path without a leading slash', { connect: { port: 6901, path: 'vnc.html' } });
  ws('connect protocol unknown', { connect: { port: 6901, protocol: 'FTP' } });
  ws('empty name', { name: '' });
  ws('blank name', { name: '   ' });
  ws('10k-char name', { name: long });
  ws('101-char name', { name: 'w'.repeat(101) });
  ws('NUL in name', { name: nul });
  ws('empty image', { image: '' });
  ws('10k-char image', { image: 'a'.repeat(10_000) });
  ws('uppercase image', { image: 'BusyBox' });
  ws('image with a space', { image: 'busy box' });
  ws('image with a bad tag', { image: 'busybox:bad tag!' });
  ws('image with a short digest', { image: 'busybox@sha256:abc' });
  ws('image URL', { image: 'https://example.com/busybox' });
  ws('SQL as image', { image: "' OR 1=1 --" });
  ws('env key starting with a digit', { env: [{ key: '1BAD', value: 'x' }] });
  ws('empty env key', { env: [{ key: '', value: 'x' }] });
  ws('env key with "="', { env: [{ key: 'A=B', value: 'x' }] });
  ws('env key 10k chars', { env: [{ key: 'K'.repeat(10_000), value: 'x' }] });
  ws('env value 40k chars', { env: [{ key: 'BIG', value: 'v'.repeat(40_000) }] });
  ws('201 env entries', { env: Array.from({ length: 201 }, (_, i) => ({ key: `K${i}`, value: 'v' })) });
  ws('NUL in env value', { env: [{ key: 'A', value: nul }] });
  ws('env entry without value', { env: [{ key: 'A' }] });
  ws('env as object', { env: { A: 'b' } });
  ws('101 command args', { command: Array.from({ length: 101 }, () => 'x') });
  ws('5000-char command arg', { command: ['x'.repeat(5000)] });
  ws('NUL in command', { command: ['sh', '-c', nul] });
  ws('command as number', { command: [5] });
  ws('command with null', { command: ['sleep', null] });
  ws('cores -1', { cores: -1 });
  ws('cores 0', { cores: 0 });
  ws('cores 1000', { cores: 1000 });
  ws('cores as string', { cores: 'one' });
  ws('memoryMb -5', { memoryMb: -5 });
  ws('memoryMb 0', { memoryMb: 0 });
  ws('memoryMb 2^31', { memoryMb: 2 ** 31 });
  ws('memoryMb as string', { memoryMb: '512' });
  ws('memoryMb 1.5', { memoryMb: 1.5 });
  ws('empty zone', { zone: '' });
  ws('10k-char zone', { zone: long });
  ws('name of an existing workspace', { name: 'ws-ok' }, ['CONFLICT']);
  ws('unknown field enabled', { enabled: false });
  ws('60 wrong-typed env entries (over graphql-js\' 50 coercion errors)', { env: Array.from({ length: 60 }, () => ({ key: 1, value: 2 })) });
  ws('unknown group', { groups: ['no-such-group'] });
  ws('an unknown group beside a known one', { groups: ['team-a', 'no-such-group'] });
  ws('empty group name', { groups: [''] });
  ws('NUL in a group name', { groups: [nul] });
  ws('lone surrogate in a group name', { groups: [surrogate] });
  ws('10k-char group name', { groups: [long] });
  ws('51 groups', { groups: Array.from({ length: 51 }, (_, i) => `team-${i}`) });
  ws('group null in the list', { groups: ['team-a', null] });
  ws('groups as a string', { groups: 7 });
  ws('gpus -1', { gpus: -1 });
  ws('gpus 65', { gpus: 65 });
  ws('gpus 2^31', { gpus: 2 ** 31 });
  ws('gpus 1.5', { gpus: 1.5 });
  ws('gpus as string', { gpus: '1' });
  ws('selector label without "="', { agentSelector: ['gpu'] });
  ws('selector label with a space', { agentSelector: ['site=lab 2'] });
  ws('selector 64-char key', { agentSelector: [`${'k'.repeat(64)}=v`] });
  ws('selector 10k-char label', { agentSelector: [long] });
  ws('NUL in a selector label', { agentSelector: [`gpu=${nul}`] });
  ws('lone surrogate in a selector label', { agentSelector: [surrogate] });
  ws('selector with one key twice', { agentSelector: ['gpu=a100', 'gpu=h100'] });
  ws('65 selector labels', { agentSelector: Array.from({ length: 65 }, (_, i) => `k${i}=v`) });
  ws('10k selector labels', { agentSelector: Array.from({ length: 10_000 }, (_, i) => `k${i}=v`) });
  ws('selector with null', { agentSelector: [null] });
  ws('selector as a number', { agentSelector: 5 });
  add('createWorkspace', 'image missing', () => ({ input: { name: 'new-ws' } }), BAD);
  literal('createWorkspace', 'literal cores as string', 'mutation { createWorkspace(input: { name: "new-ws", image: "busybox", cores: "one" }) { id } }', INVALID);
  literal('createWorkspace', 'literal unknown field', 'mutation { createWorkspace(input: { name: "new-ws", image: "busybox", gpu: 1 }) { id } }', INVALID);
  add('createWorkspace', 'as USER', () => ({ input: { name: 'new-ws', image: 'busybox' } }), ['FORBIDDEN'], 'user');
}

// ---------------------------------------------------------------- updateWorkspace
{
  for (const id of malformedIds) add('updateWorkspace', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id, input: { cores: 2 } }), BAD);
  add('updateWorkspace', 'unknown id', () => ({ id: unknownId, input: { cores: 2 } }), ['NOT_FOUND']);
  const upd = (label: string, input: Record<string, unknown>, expect = BAD) =>
    add('updateWorkspace', label, (f) => ({ id: f.workspaceId, input }), expect);
  upd('empty name', { name: '' });
  upd('10k-char name', { name: long });
  upd('NUL in name', { name: nul });
  upd('empty image', { image: '' });
  upd('bad image', { image: 'Not/An:Image:ref' });
  upd('env key with a dash', { env: [{ key: 'MY-VAR', value: 'x' }] });
  upd('NUL in env value', { env: [{ key: 'A', value: nul }] });
  upd('cores -1', { cores: -1 });
  upd('memoryMb -5', { memoryMb: -5 });
  upd('memoryMb as string', { memoryMb: 'big' });
  upd('empty zone', { zone: '' });
  upd('enabled as string', { enabled: 'false' });
  upd('name of another workspace', { name: 'ws-two' }, ['CONFLICT']);
  upd('valid name but bad cores (nothing half-written)', { name: 'renamed-ws', cores: -1 });
  upd('unknown group', { groups: ['no-such-group'] });
  upd('NUL in a group name', { groups: [nul] });
  upd('lone surrogate in a group name', { groups: [surrogate] });
  upd('valid name but an unknown group (nothing half-written)', { name: 'renamed-ws', groups: ['team-a', 'no-such-group'] });
  upd('gpus -1', { gpus: -1 });
  upd('gpus 1000', { gpus: 1000 });
  upd('selector label without a value separator', { agentSelector: ['site'] });
  upd('selector with one key twice', { agentSelector: ['site=a', 'site=b'] });
  upd('65 selector labels', { agentSelector: Array.from({ length: 65 }, (_, i) => `k${i}=v`) });
  upd('valid selector but bad gpus (nothing half-written)', { agentSelector: ['site=lab-9'], gpus: 65 });
  add('updateWorkspace', 'as USER', (f) => ({ id: f.workspaceId, input: { cores: 2 } }), ['FORBIDDEN'], 'user');
}

// ---------------------------------------------------------------- restrictWorkspaceToNetworks
{
  for (const id of malformedIds)
    add('restrictWorkspaceToNetworks', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id, networks: ['net-a'], allow: true }), BAD);
  add('restrictWorkspaceToNetworks', 'unknown id', () => ({ id: unknownId, networks: ['net-a'], allow: true }), ['NOT_FOUND']);
  const res = (label: string, networks: unknown, allow: unknown = true, expect = BAD) =>
    add('restrictWorkspaceToNetworks', label, (f) => ({ id: f.workspaceId, networks, allow }), expect);
  res('empty network name', ['']);
  res('blank network name', ['  ']);
  res('10k-char network name', [long]);
  res('network name with a space', ['net a']);
  res('network "none" (predefined)', ['none']);
  res('NUL in network name', [nul]);
  res('SQL as network name', ["' OR 1=1 --"]);
  res('51 networks', Array.from({ length: 51 }, (_, i) => `net-${i}`));
  res('networks null', null);
  res('network null in the list', ['net-a', null]);
  res('networks as numbers', [1, 2]);
  res('allowNetworkSelection as string', ['net-a'], 'yes');
  res('allowNetworkSelection null', ['net-a'], null);
  add('restrictWorkspaceToNetworks', 'as USER', (f) => ({ id: f.workspaceId, networks: ['net-a'], allow: true }), ['FORBIDDEN'], 'user');
}

// ---------------------------------------------------------------- launchSession
{
  for (const workspaceId of malformedIds)
    add('launchSession', `malformed workspace id ${JSON.stringify(workspaceId.slice(0, 20))}`, () => ({ input: { workspaceId } }), BAD);
  add('launchSession', 'unknown workspace', () => ({ input: { workspaceId: unknownId } }), ['NOT_FOUND']);
  add('launchSession', 'unknown workspace as USER', () => ({ input: { workspaceId: unknownId } }), ['NOT_FOUND'], 'user');
  add('launchSession', 'workspace id as Int', () => ({ input: { workspaceId: 7 } }), BAD);
  add('launchSession', 'workspaceId missing', () => ({ input: {} }), BAD);
  add('launchSession', '10k-char idempotencyKey', (f) => ({ input: { workspaceId: f.workspaceId, idempotencyKey: long } }), BAD);
  add('launchSession', 'NUL in idempotencyKey', (f) => ({ input: { workspaceId: f.workspaceId, idempotencyKey: nul } }), BAD);
  add('launchSession', 'network on an unrestricted workspace', (f) => ({ input: { workspaceId: f.workspaceId, network: 'net-a' } }), [
    'NETWORK_SELECTION_NOT_ALLOWED',
  ]);
  add('launchSession', '10k-char network', (f) => ({ input: { workspaceId: f.workspaceId, network: long } }), ['NETWORK_SELECTION_NOT_ALLOWED']);
  add('launchSession', 'network where selection is not allowed', (f) => ({ input: { workspaceId: f.fixedWorkspaceId, network: 'net-a' } }), [
    'NETWORK_SELECTION_NOT_ALLOWED',
  ]);
  add('launchSession', 'network not among the allowed', (f) => ({ input: { workspaceId: f.restrictedWorkspaceId, network: 'net-zzz' } }), [
    'NETWORK_NOT_ALLOWED',
  ]);
  add('launchSession', 'SQL as network', (f) => ({ input: { workspaceId: f.restrictedWorkspaceId, network: "' OR 1=1 --" } }), [
    'NETWORK_NOT_ALLOWED',
    'BAD_USER_INPUT',
  ]);
  add('launchSession', 'disabled workspace', (f) => ({ input: { workspaceId: f.disabledWorkspaceId } }), ['CONFLICT']);
  add('launchSession', 'no agent has the capacity', (f) => ({ input: { workspaceId: f.hugeWorkspaceId } }), ['NO_CAPACITY']);
  add('launchSession', 'without a token', (f) => ({ input: { workspaceId: f.workspaceId } }), ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- connectSession
{
  for (const id of malformedIds.slice(0, 3)) add('connectSession', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id }), BAD);
  add('connectSession', 'unknown id', () => ({ id: unknownId }), ['NOT_FOUND']);
  add('connectSession', "someone else's session as USER", (f) => ({ id: f.adminSessionId }), ['NOT_FOUND'], 'user');
  add('connectSession', 'an ended session whose workspace has no connect port', (f) => ({ id: f.adminSessionId }), ['BAD_USER_INPUT', 'SESSION_NOT_RUNNING']);
  add('connectSession', 'a workspace id', (f) => ({ id: f.workspaceId }), ['NOT_FOUND']);
  add('connectSession', 'anonymous', (f) => ({ id: f.adminSessionId }), ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- destroySession
{
  for (const id of malformedIds) add('destroySession', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id }), BAD);
  add('destroySession', 'unknown id', () => ({ id: unknownId }), ['NOT_FOUND']);
  add('destroySession', 'unknown id as USER', () => ({ id: unknownId }), ['NOT_FOUND'], 'user');
  add('destroySession', "someone else's session as USER", (f) => ({ id: f.adminSessionId }), ['NOT_FOUND'], 'user');
  add('destroySession', 'id as Int', () => ({ id: 12 }), BAD);
  add('destroySession', 'id as Float', () => ({ id: 1.5 }), BAD);
  add('destroySession', 'id as Boolean', () => ({ id: true }), BAD);
  add('destroySession', 'a workspace id', (f) => ({ id: f.workspaceId }), ['NOT_FOUND']);
  literal('destroySession', 'literal without id', 'mutation { destroySession { id } }', INVALID);
}

// ---------------------------------------------------------------- keepaliveSession, pauseSession, suspendSession, resumeSession
for (const mutation of ['keepaliveSession', 'pauseSession', 'suspendSession', 'resumeSession'] as const) {
  for (const id of malformedIds.slice(0, 3)) add(mutation, `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id }), BAD);
  add(mutation, 'unknown id', () => ({ id: unknownId }), ['NOT_FOUND']);
  add(mutation, "someone else's session as USER", (f) => ({ id: f.adminSessionId }), ['NOT_FOUND'], 'user');
  add(mutation, 'an ended session', (f) => ({ id: f.adminSessionId }), ['SESSION_NOT_RUNNING', 'CONFLICT']);
  add(mutation, 'a workspace id', (f) => ({ id: f.workspaceId }), ['NOT_FOUND']);
  add(mutation, 'anonymous', (f) => ({ id: f.adminSessionId }), ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- lifetime rules (createWorkspace, updateWorkspace)
{
  const rules: [string, Record<string, unknown>][] = [
    ['maxLifetimeSeconds 0', { maxLifetimeSeconds: 0 }],
    ['maxLifetimeSeconds negative', { maxLifetimeSeconds: -60 }],
    ['maxLifetimeSeconds over a year', { maxLifetimeSeconds: 400 * 24 * 3600 }],
    ['maxLifetimeSeconds as Float', { maxLifetimeSeconds: 1.5 }],
    ['idleTimeoutSeconds 0', { idleTimeoutSeconds: 0 }],
    ['idleTimeoutSeconds as string', { idleTimeoutSeconds: '60' }],
    ['expirationAction unknown', { expirationAction: 'EXPLODE' }],
    ['expirationAction lowercase', { expirationAction: 'destroy' }],
  ];
  for (const [label, rule] of rules) {
    add('createWorkspace', label, () => ({ input: { name: 'new-ws', image: 'busybox', ...rule } }), BAD);
    add('updateWorkspace', label, (f) => ({ id: f.workspaceId, input: rule }), BAD);
  }
}

// ---------------------------------------------------------------- volumes and shmSizeMb (createWorkspace, updateWorkspace)
{
  // This server has no ENCLAVE_BIND_ROOTS: every host path is refused.
  const mount = (source: unknown, target: unknown = '/data', more: Record<string, unknown> = {}) => ({ volumes: [{ source, target, ...more }] });
  const settings: [string, Record<string, unknown>][] = [
    ['a host path with binds off', mount('/srv/enclave/x')],
    ['the Docker socket', mount('/var/run/docker.sock')],
    ['a host path with ..', mount('/srv/../etc')],
    ['an unknown placeholder', mount('profile-{user}')],
    ['an unclosed placeholder', mount('profile-{owner')],
    ['a placeholder first', mount('{owner}')],
    ['a name with a slash', mount('a/b')],
    ['a name with a space', mount('my profile')],
    ['a one-character name', mount('a')],
    ['an empty source', mount('')],
    ['a 10k-char source', mount(long)],
    ['NUL in source', mount(nul)],
    ['lone surrogate in source', mount(surrogate)],
    ['source as number', mount(7)],
    ['source null', mount(null)],
    ['a relative target', mount('pv', 'data')],
    ['target /', mount('pv', '/')],
    ['target with ..', mount('pv', '/a/../b')],
    ['NUL in target', mount('pv', `/${nul}`)],
    ['a 10k-char target', mount('pv', `/${long}`)],
    ['target missing', { volumes: [{ source: 'pv' }] }],
    ['two mounts at one target', { volumes: [{ source: 'a1', target: '/x' }, { source: 'a2', target: '/x/' }] }],
    ['21 mounts', { volumes: Array.from({ length: 21 }, (_, i) => ({ source: `v${i}`, target: `/m/${i}` })) }],
    ['readOnly as string', mount('pv', '/data', { readOnly: 'yes' })],
    ['requireAgent on a host path', mount('/srv/x', '/data', { requireAgent: true })],
    ['an unknown mount field', mount('pv', '/data', { driver: 'nfs' })],
    ['volumes as a string', { volumes: 'profile-{owner}:/data' }],
    ['shmSizeMb 0', { shmSizeMb: 0 }],
    ['shmSizeMb negative', { shmSizeMb: -64 }],
    ['shmSizeMb over 64 GB', { shmSizeMb: 65_537 }],
    ['shmSizeMb as Float', { shmSizeMb: 1.5 }],
    ['shmSizeMb as string', { shmSizeMb: '1024' }],
  ];
  for (const [label, setting] of settings) {
    add('createWorkspace', label, () => ({ input: { name: 'new-ws', image: 'busybox', ...setting } }), BAD);
    add('updateWorkspace', label, (f) => ({ id: f.workspaceId, input: setting }), BAD);
  }
}

// ---------------------------------------------------------------- createApiKey
{
  const key = (label: string, input: Record<string, unknown>, expect = BAD) =>
    add('createApiKey', label, () => ({ input: { name: 'new key', role: 'USER', ...input } }), expect);
  key('empty name', { name: '' });
  key('blank name', { name: '   ' });
  key('10k-char name', { name: long });
  key('NUL in name', { name: nul });
  key('empty owner', { owner: '' });
  key('10k-char owner', { owner: long });
  key('NUL in owner', { owner: nul });
  key('unknown role', { role: 'ROOT' });
  key('role in lowercase', { role: 'admin' });
  key('role null', { role: null });
  key('expiresAt in the past', { expiresAt: '2000-01-01T00:00:00Z' });
  key('expiresAt now-ish (1970)', { expiresAt: '1970-01-01T00:00:00Z' });
  key('expiresAt not a date', { expiresAt: 'tomorrow' });
  key('expiresAt empty', { expiresAt: '' });
  key('expiresAt month 13', { expiresAt: '2030-13-01T00:00:00Z' });
  key('expiresAt as number', { expiresAt: 4102444800000 });
  key('expiresAt as object', { expiresAt: { year: 2030 } });
  literal('createApiKey', 'literal expiresAt not a date', 'mutation { createApiKey(input: { name: "k", role: USER, expiresAt: "soon" }) { token } }', INVALID);
  literal('createApiKey', 'literal role as string', 'mutation { createApiKey(input: { name: "k", role: "USER" }) { token } }', INVALID);
  add('createApiKey', 'as USER', () => ({ input: { name: 'sneaky', role: 'ADMIN' } }), ['FORBIDDEN'], 'user');
  add('createApiKey', 'with an unknown token', () => ({ input: { name: 'sneaky', role: 'ADMIN' } }), ['UNAUTHENTICATED'], 'bogus');
}

// ---------------------------------------------------------------- revokeApiKey
{
  for (const id of malformedIds) add('revokeApiKey', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id }), BAD);
  add('revokeApiKey', 'unknown id', () => ({ id: unknownId }), ['NOT_FOUND']);
  add('revokeApiKey', 'id as Int', () => ({ id: 3 }), BAD);
  add('revokeApiKey', 'an agent id', (f) => ({ id: f.agentId }), ['NOT_FOUND']);
  add('revokeApiKey', 'own key as USER', (f) => ({ id: f.userKeyId }), ['FORBIDDEN'], 'user');
}

// ---------------------------------------------------------------- createUser
{
  const user = (label: string, input: Record<string, unknown>, expect = BAD) =>
    add('createUser', label, () => ({ input: { username: 'new-user', ...input } }), expect);
  user('empty username', { username: '' });
  user('blank username', { username: '   ' });
  user('65-char username', { username: 'u'.repeat(65) });
  user('10k-char username', { username: long });
  user('username with a space', { username: 'new user' });
  user('username with a slash', { username: 'new/user' });
  user('username with a colon', { username: 'new:user' });
  user('SQL as username', { username: "' OR 1=1 --" });
  user('NUL in username', { username: nul });
  user('lone surrogate in username', { username: surrogate });
  user('emoji in username', { username: 'new😀user' });
  user('accented username', { username: 'zoé' });
  user('username as number', { username: 42 });
  user('username null', { username: null });
  user('username of an existing user', { username: 'carol' }, ['CONFLICT']);
  user('username of an existing user, in upper case', { username: 'CAROL' }, ['CONFLICT']);
  user('username of an existing user, padded', { username: '  carol ' }, ['CONFLICT']);
  user('username of a key owner', { username: 'alice' }, ['CONFLICT']);
  user('empty password', { password: '' });
  user('11-char password', { password: 'tangerine h' });
  user('11 emoji as password (22 UTF-16 units, 11 characters)', { password: '😀'.repeat(11) });
  user('257-char password', { password: 'p'.repeat(257) });
  user('100k-char password', { password: 'p'.repeat(100_000) });
  user('400k-char password (under the 1 MiB body limit)', { password: 'p'.repeat(400_000) });
  user('200k emoji as password (800 KB of UTF-8)', { password: '😀'.repeat(200_000) });
  user('password containing the username', { password: 'my new-user password' });
  user('password containing the username in upper case', { password: 'my NEW-USER password' });
  user('password that is the username, padded to 12', { username: 'abcdefghijkl', password: 'abcdefghijkl' });
  user('common password', { password: 'password1234' });
  user('common password in upper case', { password: 'QWERTY123456' });
  user('another common password', { password: 'iloveyou1234' });
  user('password as number', { password: 123456789012 });
  user('101-char displayName', { displayName: 'd'.repeat(101) });
  user('10k-char displayName', { displayName: long });
  user('NUL in displayName', { displayName: nul });
  user('bell (control character) in displayName', { displayName: 'Ding\u0007Dong' });
  user('newline in displayName', { displayName: 'Two\nLines' });
  user('lone surrogate in displayName', { displayName: surrogate });
  user('unknown role', { role: 'ROOT' });
  user('role in lower case', { role: 'admin' });
  user('unknown group', { groups: ['no-such-group'] });
  user('an unknown group beside a known one', { groups: ['team-a', 'no-such-group'] });
  user('empty group name', { groups: [''] });
  user('NUL in a group name', { groups: [nul] });
  user('lone surrogate in a group name', { groups: [surrogate] });
  user('10k-char group name', { groups: [long] });
  user('101 groups', { groups: Array.from({ length: 101 }, (_, i) => `team-${i}`) });
  user('group null in the list', { groups: [null] });
  user('groups as an object', { groups: { name: 'team-a' } });
  user('unknown field', { email: 'new@example.com' });
  user('valid user with a password but an unknown group (nothing half-written)', { password: goodPassword, displayName: 'New', groups: ['no-such-group'] });
  user('valid user but a common password (nothing half-written)', { displayName: 'New', groups: ['team-a'], password: 'password1234' });
  add('createUser', 'username missing', () => ({ input: { password: goodPassword } }), BAD);
  add('createUser', 'input null', () => ({ input: null }), BAD);
  literal('createUser', 'literal role as string', 'mutation { createUser(input: { username: "new-user", role: "ADMIN" }) { id } }', INVALID);
  literal('createUser', 'literal without username', 'mutation { createUser(input: { displayName: "x" }) { id } }', INVALID);
  add('createUser', 'as USER', () => ({ input: { username: 'sneaky', role: 'ADMIN' } }), ['FORBIDDEN'], 'user');
  add('createUser', 'without a token', () => ({ input: { username: 'sneaky' } }), ['UNAUTHENTICATED'], 'none');
  add('createUser', 'with an unknown token', () => ({ input: { username: 'sneaky' } }), ['UNAUTHENTICATED'], 'bogus');
}

// ---------------------------------------------------------------- updateUser
{
  for (const id of malformedIds) add('updateUser', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id, input: { displayName: 'x' } }), BAD);
  add('updateUser', 'unknown id', () => ({ id: unknownId, input: { displayName: 'x' } }), ['NOT_FOUND']);
  add('updateUser', 'a group id', (f) => ({ id: f.groupId, input: { displayName: 'x' } }), ['NOT_FOUND']);
  add('updateUser', 'unknown id with a strong password', () => ({ id: unknownId, input: { password: goodPassword } }), ['NOT_FOUND']);
  add('updateUser', 'id as Int', () => ({ id: 5, input: { displayName: 'x' } }), BAD);
  const upd = (label: string, input: Record<string, unknown>, expect = BAD, as?: Who) =>
    add('updateUser', label, (f) => ({ id: f.carolUserId, input }), expect, as);
  upd('empty password', { password: '' });
  upd('11-char password', { password: 'tangerine h' });
  upd('257-char password', { password: 'p'.repeat(257) });
  upd('100k-char password', { password: 'p'.repeat(100_000) });
  upd('password containing the username', { password: 'carol-has-a-password' });
  upd('password containing the username in upper case', { password: 'CAROL has a password' });
  upd('common password', { password: 'welcome12345' });
  upd('101-char displayName', { displayName: 'd'.repeat(101) });
  upd('NUL in displayName', { displayName: nul });
  upd('lone surrogate in displayName', { displayName: surrogate });
  upd('escape (control character) in displayName', { displayName: '\u001b[31mred' });
  upd('unknown role', { role: 'ROOT' });
  upd('disabled as string', { disabled: 'yes' });
  upd('unknown group', { groups: ['no-such-group'] });
  upd('NUL in a group name', { groups: [nul] });
  upd('lone surrogate in a group name', { groups: [surrogate] });
  upd('101 groups', { groups: Array.from({ length: 101 }, (_, i) => `team-${i}`) });
  upd('a username (not updatable)', { username: 'caroline' });
  upd('valid displayName but an unknown group (nothing half-written)', { displayName: 'Renamed', groups: ['no-such-group'] });
  upd('strong password but an unknown group (nothing half-written)', { password: goodPassword, groups: ['team-a', 'no-such-group'] });
  upd('disabled and a bad displayName (nothing half-written)', { disabled: true, displayName: nul });
  add('updateUser', 'input missing', (f) => ({ id: f.carolUserId }), BAD);
  const self = (label: string, input: Record<string, unknown>) => add('updateUser', label, (f) => ({ id: f.rootUserId, input }), BAD, 'self');
  self('disabling yourself', { disabled: true });
  self('demoting yourself', { role: 'USER' });
  self('demoting yourself with a valid displayName (nothing half-written)', { role: 'USER', displayName: 'Still root' });
  self('disabling yourself with a new group (nothing half-written)', { disabled: true, groups: ['team-a'] });
  upd('as USER', { displayName: 'x' }, ['FORBIDDEN'], 'user');
  add('updateUser', 'as USER, promoting themselves', (f) => ({ id: f.aliceUserId, input: { role: 'ADMIN' } }), ['FORBIDDEN'], 'user');
  add('updateUser', 'without a token', (f) => ({ id: f.carolUserId, input: { disabled: true } }), ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- deleteUser
{
  for (const id of malformedIds) add('deleteUser', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id }), BAD);
  add('deleteUser', 'unknown id', () => ({ id: unknownId }), ['NOT_FOUND']);
  add('deleteUser', 'a group id', (f) => ({ id: f.groupId }), ['NOT_FOUND']);
  add('deleteUser', 'an API key id', (f) => ({ id: f.userKeyId }), ['NOT_FOUND']);
  add('deleteUser', 'id null', () => ({ id: null }), BAD);
  add('deleteUser', 'id as list', (f) => ({ id: [f.carolUserId] }), BAD);
  add('deleteUser', 'deleting yourself', (f) => ({ id: f.rootUserId }), BAD, 'self');
  add('deleteUser', 'as USER', (f) => ({ id: f.carolUserId }), ['FORBIDDEN'], 'user');
  add('deleteUser', 'as USER, themselves', (f) => ({ id: f.aliceUserId }), ['FORBIDDEN'], 'user');
  add('deleteUser', 'without a token', (f) => ({ id: f.carolUserId }), ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- createGroup
{
  const group = (label: string, input: Record<string, unknown>, expect = BAD) =>
    add('createGroup', label, () => ({ input: { name: 'new-group', ...input } }), expect);
  group('empty name', { name: '' });
  group('blank name', { name: '   ' });
  group('64-char name', { name: 'g'.repeat(64) });
  group('10k-char name', { name: long });
  group('name with a space', { name: 'new group' });
  group('name with a slash', { name: 'new/group' });
  group('name with "@"', { name: 'team@corp' });
  group('name starting with "-"', { name: '-group' });
  group('SQL as name', { name: "' OR 1=1 --" });
  group('NUL in name', { name: nul });
  group('lone surrogate in name', { name: surrogate });
  group('emoji in name', { name: 'team😀' });
  group('name as number', { name: 7 });
  group('name null', { name: null });
  group('name of an existing group', { name: 'team-a' }, ['CONFLICT']);
  group('name of an existing group, padded', { name: ' team-a ' }, ['CONFLICT']);
  group('empty network name', { networks: [''] });
  group('network name with a space', { networks: ['net a'] });
  group('network "host" (predefined)', { networks: ['host'] });
  group('NUL in a network name', { networks: [nul] });
  group('lone surrogate in a network name', { networks: [surrogate] });
  group('10k-char network name', { networks: [long] });
  group('51 networks', { networks: Array.from({ length: 51 }, (_, i) => `net-${i}`) });
  group('network null in the list', { networks: ['net-a', null] });
  group('networks as a number', { networks: 5 });
  group('unknown field', { members: ['carol'] });
  group('valid name but a bad network (nothing half-written)', { name: 'fresh-group', networks: ['net-a', 'bad net'] });
  add('createGroup', 'name missing', () => ({ input: { networks: ['net-a'] } }), BAD);
  literal('createGroup', 'literal name as Int', 'mutation { createGroup(input: { name: 5 }) { id } }', INVALID);
  add('createGroup', 'as USER', () => ({ input: { name: 'sneaky' } }), ['FORBIDDEN'], 'user');
  add('createGroup', 'without a token', () => ({ input: { name: 'sneaky' } }), ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- updateGroup
{
  for (const id of malformedIds) add('updateGroup', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id, input: { networks: [] } }), BAD);
  add('updateGroup', 'unknown id', () => ({ id: unknownId, input: { name: 'renamed' } }), ['NOT_FOUND']);
  add('updateGroup', 'a user id', (f) => ({ id: f.carolUserId, input: { name: 'renamed' } }), ['NOT_FOUND']);
  const upd = (label: string, input: Record<string, unknown>, expect = BAD) => add('updateGroup', label, (f) => ({ id: f.groupId, input }), expect);
  upd('empty name', { name: '' });
  upd('64-char name', { name: 'g'.repeat(64) });
  upd('name with a space', { name: 'team a' });
  upd('NUL in name', { name: nul });
  upd('lone surrogate in name', { name: surrogate });
  upd('name of another group', { name: 'team-b' }, ['CONFLICT']);
  upd('NUL in a network name', { networks: [nul] });
  upd('lone surrogate in a network name', { networks: [surrogate] });
  upd('network "none" (predefined)', { networks: ['none'] });
  upd('51 networks', { networks: Array.from({ length: 51 }, (_, i) => `net-${i}`) });
  upd('valid name but a bad network (nothing half-written)', { name: 'renamed-team', networks: ['bad net'] });
  add('updateGroup', 'renaming a group in use to another group (workspaces untouched)', (f) => ({ id: f.inUseGroupId, input: { name: 'team-b' } }), ['CONFLICT']);
  add('updateGroup', 'input missing', (f) => ({ id: f.groupId }), BAD);
  add('updateGroup', 'as USER', (f) => ({ id: f.groupId, input: { networks: [] } }), ['FORBIDDEN'], 'user');
}

// ---------------------------------------------------------------- deleteGroup
{
  for (const id of malformedIds) add('deleteGroup', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id }), BAD);
  add('deleteGroup', 'unknown id', () => ({ id: unknownId }), ['NOT_FOUND']);
  add('deleteGroup', 'a user id', (f) => ({ id: f.carolUserId }), ['NOT_FOUND']);
  add('deleteGroup', 'a workspace id', (f) => ({ id: f.workspaceId }), ['NOT_FOUND']);
  add('deleteGroup', 'id as Int', () => ({ id: 9 }), BAD);
  add('deleteGroup', 'a group a workspace is limited to', (f) => ({ id: f.inUseGroupId }), ['CONFLICT']);
  add('deleteGroup', 'as USER', (f) => ({ id: f.groupId }), ['FORBIDDEN'], 'user');
  add('deleteGroup', 'with an unknown token', (f) => ({ id: f.groupId }), ['UNAUTHENTICATED'], 'bogus');
}

// ---------------------------------------------------------------- createRegistryCredential
{
  const cred = (label: string, input: Record<string, unknown>, expect = BAD, as?: Who) =>
    add('createRegistryCredential', label, () => ({ input: { registry: 'ghcr.io', username: 'robot', password: 's3cret', ...input } }), expect, as);
  cred('empty registry', { registry: '' });
  cred('blank registry', { registry: '   ' });
  cred('registry with a scheme', { registry: 'https://ghcr.io' });
  cred('registry with a path', { registry: 'ghcr.io/org' });
  cred('registry with port 0', { registry: 'ghcr.io:0' });
  cred('registry with port 65536', { registry: 'ghcr.io:65536' });
  cred('registry with a space', { registry: 'ghcr io' });
  cred('registry with "@"', { registry: 'robot@ghcr.io' });
  cred('IPv6 registry without brackets', { registry: '::1' });
  cred('10k-char registry', { registry: long });
  cred('SQL as registry', { registry: "' OR 1=1 --" });
  cred('NUL in registry', { registry: nul });
  cred('lone surrogate in registry', { registry: surrogate });
  cred('registry as number', { registry: 5000 });
  cred('empty username', { username: '' });
  cred('blank username', { username: '   ' });
  cred('257-char username', { username: 'u'.repeat(257) });
  cred('username with ":" (basic auth cannot carry it)', { username: 'ro:bot' });
  cred('newline in username', { username: 'ro\nbot' });
  cred('NUL in username', { username: nul });
  cred('empty password', { password: '' });
  cred('4097-char password', { password: 'p'.repeat(4097) });
  cred('100k-char password', { password: 'p'.repeat(100_000) });
  cred('NUL in password', { password: nul });
  cred('lone surrogate in password', { password: surrogate });
  cred('password as number', { password: 1234 });
  cred('password null', { password: null });
  cred('unknown field', { email: 'robot@example.com' });
  cred('the stored registry with an empty password (the stored credential kept)', { registry: 'kept.registry.example', password: '' });
  cred('the stored registry, by another case, with a bad username (kept)', { registry: 'KEPT.registry.example', username: '' });
  add('createRegistryCredential', 'password missing', () => ({ input: { registry: 'ghcr.io', username: 'robot' } }), BAD);
  add('createRegistryCredential', 'input null', () => ({ input: null }), BAD);
  literal('createRegistryCredential', 'literal without password', 'mutation { createRegistryCredential(input: { registry: "ghcr.io", username: "robot" }) { id } }', INVALID);
  literal('createRegistryCredential', 'literal selecting the password', 'mutation { createRegistryCredential(input: { registry: "ghcr.io", username: "r", password: "p" }) { password } }', INVALID);
  cred('as USER', {}, ['FORBIDDEN'], 'user');
  cred('without a token', {}, ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- deleteRegistryCredential
{
  for (const id of malformedIds) add('deleteRegistryCredential', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id }), BAD);
  add('deleteRegistryCredential', 'unknown id', () => ({ id: unknownId }), ['NOT_FOUND']);
  add('deleteRegistryCredential', 'a workspace id', (f) => ({ id: f.workspaceId }), ['NOT_FOUND']);
  add('deleteRegistryCredential', 'id as Int', () => ({ id: 7 }), BAD);
  add('deleteRegistryCredential', 'id null', () => ({ id: null }), BAD);
  add('deleteRegistryCredential', 'as USER', () => ({ id: unknownId }), ['FORBIDDEN'], 'user');
  add('deleteRegistryCredential', 'without a token', () => ({ id: unknownId }), ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- assignCommand (createWorkspace, updateWorkspace)
{
  const commands: [string, unknown][] = [
    ['101 assignCommand args', Array.from({ length: 101 }, () => 'x')],
    ['4097-char assignCommand arg', ['x'.repeat(4097)]],
    ['a 4097-char assignCommand arg after good ones', ['sh', '-c', 'x'.repeat(4097)]],
    ['NUL in assignCommand', ['sh', '-c', nul]],
    ['assignCommand as numbers', [5]],
    ['assignCommand with null', ['true', null]],
  ];
  for (const [label, assignCommand] of commands) {
    add('createWorkspace', label, () => ({ input: { name: 'new-ws', image: 'busybox', assignCommand } }), BAD);
    add('updateWorkspace', label, (f) => ({ id: f.workspaceId, input: { assignCommand } }), BAD);
  }
  add('updateWorkspace', 'valid name but 101 assignCommand args (nothing half-written)', (f) => ({
    id: f.workspaceId,
    input: { name: 'renamed-ws', assignCommand: Array.from({ length: 101 }, () => 'x') },
  }), BAD);
}

// ---------------------------------------------------------------- createStagingPool
{
  const pool = (label: string, input: (f: Fixtures) => Record<string, unknown>, expect = BAD, as?: Who) =>
    add('createStagingPool', label, (f) => ({ input: { workspaceId: f.workspaceId, size: 0, ...input(f) } }), expect, as);
  pool('size -1', () => ({ size: -1 }));
  pool('size 101', () => ({ size: 101 }));
  pool('size 2^31', () => ({ size: 2 ** 31 }));
  pool('size 1.5', () => ({ size: 1.5 }));
  pool('size as string', () => ({ size: '5' }));
  pool('size null', () => ({ size: null }));
  pool('a network on an unrestricted workspace', () => ({ network: 'net-a' }));
  pool('a network not among the workspace\'s', (f) => ({ workspaceId: f.restrictedWorkspaceId, network: 'net-zzz' }));
  pool('10k-char network', (f) => ({ workspaceId: f.restrictedWorkspaceId, network: long }));
  pool('SQL as network', (f) => ({ workspaceId: f.restrictedWorkspaceId, network: "' OR 1=1 --" }));
  pool('NUL in network', (f) => ({ workspaceId: f.restrictedWorkspaceId, network: nul }));
  pool('a zone other than the workspace\'s', (f) => ({ workspaceId: f.zonedWorkspaceId, zone: 'z3' }));
  pool('NUL in zone', () => ({ zone: nul }));
  pool('10k-char zone', () => ({ zone: long }));
  pool('zone with a space and punctuation', () => ({ zone: 'bad zone!' }));
  pool('lone surrogate in zone', () => ({ zone: surrogate }));
  pool('a workspace mounting a volume of its owner', (f) => ({ workspaceId: f.personalWorkspaceId }));
  pool('a good network, but size 101 (nothing written)', (f) => ({ workspaceId: f.restrictedWorkspaceId, network: 'net-a', size: 101 }));
  pool('unknown workspace', () => ({ workspaceId: unknownId }), ['NOT_FOUND']);
  pool('a pool id as workspace id', (f) => ({ workspaceId: f.poolId }), ['NOT_FOUND']);
  for (const workspaceId of malformedIds) pool(`malformed workspace id ${JSON.stringify(workspaceId.slice(0, 20))}`, () => ({ workspaceId }));
  pool('workspace id as Int', () => ({ workspaceId: 7 }));
  pool('workspace id null', () => ({ workspaceId: null }));
  pool('a second pool of the workspace there (Auto, any zone)', (f) => ({ workspaceId: f.pooledWorkspaceId }), ['CONFLICT']);
  pool('a second pool of the workspace there, network and zone blank', (f) => ({ workspaceId: f.pooledWorkspaceId, network: ' ', zone: '' }), [
    'CONFLICT',
  ]);
  pool('unknown field', () => ({ owner: 'alice' }));
  add('createStagingPool', 'size missing', (f) => ({ input: { workspaceId: f.workspaceId } }), BAD);
  add('createStagingPool', 'workspaceId missing', () => ({ input: { size: 0 } }), BAD);
  add('createStagingPool', 'input null', () => ({ input: null }), BAD);
  add('createStagingPool', 'no variables', undefined, BAD);
  literal('createStagingPool', 'literal size 1.5', `mutation { createStagingPool(input: { workspaceId: "${unknownId}", size: 1.5 }) { id } }`, INVALID);
  literal('createStagingPool', 'literal size as string', `mutation { createStagingPool(input: { workspaceId: "${unknownId}", size: "1" }) { id } }`, INVALID);
  literal('createStagingPool', 'literal without size', `mutation { createStagingPool(input: { workspaceId: "${unknownId}" }) { id } }`, INVALID);
  pool('as USER', () => ({}), ['FORBIDDEN'], 'user');
  pool('without a token', () => ({}), ['UNAUTHENTICATED'], 'none');
  pool('with an unknown token', () => ({}), ['UNAUTHENTICATED'], 'bogus');
}

// ---------------------------------------------------------------- updateStagingPool
{
  for (const id of malformedIds) add('updateStagingPool', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id, input: { size: 1 } }), BAD);
  add('updateStagingPool', 'unknown id', () => ({ id: unknownId, input: { size: 1 } }), ['NOT_FOUND']);
  add('updateStagingPool', 'a workspace id', (f) => ({ id: f.pooledWorkspaceId, input: { size: 1 } }), ['NOT_FOUND']);
  add('updateStagingPool', 'id as Int', () => ({ id: 7, input: { size: 1 } }), BAD);
  const upd = (label: string, input: Record<string, unknown>, expect = BAD, as?: Who) =>
    add('updateStagingPool', label, (f) => ({ id: f.poolId, input }), expect, as);
  upd('size -1', { size: -1 });
  upd('size 101', { size: 101 });
  upd('size 2^31', { size: 2 ** 31 });
  upd('size 1.5', { size: 1.5 });
  upd('size as string', { size: '5' });
  upd('a network (not updatable)', { network: 'net-a' });
  add('updateStagingPool', 'input missing', (f) => ({ id: f.poolId }), BAD);
  literal('updateStagingPool', 'literal size 1.5', `mutation { updateStagingPool(id: "${unknownId}", input: { size: 1.5 }) { id } }`, INVALID);
  upd('as USER', { size: 1 }, ['FORBIDDEN'], 'user');
  upd('without a token', { size: 1 }, ['UNAUTHENTICATED'], 'none');
}

// ---------------------------------------------------------------- deleteStagingPool
{
  for (const id of malformedIds) add('deleteStagingPool', `malformed id ${JSON.stringify(id.slice(0, 20))}`, () => ({ id }), BAD);
  add('deleteStagingPool', 'unknown id', () => ({ id: unknownId }), ['NOT_FOUND']);
  add('deleteStagingPool', 'a workspace id', (f) => ({ id: f.pooledWorkspaceId }), ['NOT_FOUND']);
  add('deleteStagingPool', 'id as Int', () => ({ id: 7 }), BAD);
  add('deleteStagingPool', 'id null', () => ({ id: null }), BAD);
  literal('deleteStagingPool', 'literal without id', 'mutation { deleteStagingPool }', INVALID);
  add('deleteStagingPool', 'as USER', (f) => ({ id: f.poolId }), ['FORBIDDEN'], 'user');
  add('deleteStagingPool', 'without a token', (f) => ({ id: f.poolId }), ['UNAUTHENTICATED'], 'none');
}

/** Inputs a server may accept or refuse (with a code), but must never answer with INTERNAL_SERVER_ERROR. */
const edgeCases: Case[] = [
  { mutation: 'createWorkspace', label: 'lone surrogate in command', query: doc.createWorkspace, variables: () => ({ input: { name: 'edge-1', image: 'busybox', command: ['echo', 'a\ud800b'] } }), expect: BAD },
  { mutation: 'createWorkspace', label: 'lone surrogate in env value', query: doc.createWorkspace, variables: () => ({ input: { name: 'edge-2', image: 'busybox', env: [{ key: 'A', value: '\udfff' }] } }), expect: BAD },
  { mutation: 'createWorkspace', label: 'lone surrogate in name', query: doc.createWorkspace, variables: () => ({ input: { name: 'edge-\ud800', image: 'busybox' } }), expect: BAD },
  { mutation: 'createApiKey', label: 'expiresAt in year 275760 (the last JS date)', query: doc.createApiKey, variables: () => ({ input: { name: 'edge key 1', role: 'USER', expiresAt: '+275760-09-13T00:00:00.000Z' } }), expect: BAD },
  { mutation: 'createUser', label: 'NUL in password (hashed, never stored)', query: doc.createUser, variables: () => ({ input: { username: 'edge-user-1', password: 'tangerine\u0000hovercraft' } }), expect: BAD },
  { mutation: 'createUser', label: 'lone surrogate in password (hashed, never stored)', query: doc.createUser, variables: () => ({ input: { username: 'edge-user-2', password: 'tangerine\ud800hovercraft' } }), expect: BAD },
  { mutation: 'createUser', label: 'upper-case username (lowercased)', query: doc.createUser, variables: () => ({ input: { username: 'Edge-User-3' } }), expect: BAD },
  { mutation: 'createUser', label: 'a username with every allowed character', query: doc.createUser, variables: () => ({ input: { username: 'e.d_g-e@4' } }), expect: BAD },
  { mutation: 'createApiKey', label: 'expiresAt in year 10000', query: doc.createApiKey, variables: () => ({ input: { name: 'edge key 2', role: 'USER', expiresAt: '+010000-01-01T00:00:00Z' } }), expect: BAD },
];

/** Read queries with bad arguments: refused with a code, never INTERNAL_SERVER_ERROR. */
const queryCases: { label: string; query: string; variables?: Record<string, unknown> }[] = [
  { label: 'agents(zone) with a NUL byte', query: 'query ($z: String) { agents(zone: $z) { id } }', variables: { z: nul } },
  { label: 'networks(name) with a NUL byte', query: 'query ($n: String) { networks(name: $n) { id } }', variables: { n: nul } },
  { label: 'networks(agentId) malformed', query: '{ networks(agentId: "abc") { id } }' },
  { label: 'agent(id) malformed', query: `{ agent(id: "' OR 1=1 --") { id } }` },
  { label: 'workspace(id) malformed', query: '{ workspace(id: "1") { id } }' },
  { label: 'session(id) with a NUL byte', query: 'query ($id: ID!) { session(id: $id) { id } }', variables: { id: nul } },
  { label: 'sessions(workspaceId) malformed', query: '{ sessions(workspaceId: "abc") { id } }' },
  { label: 'sessions(status) unknown', query: '{ sessions(status: [ZOMBIE]) { id } }' },
  { label: 'placement(workspaceId) unknown', query: `{ placement(workspaceId: "${unknownId}") { chosen { network } } }` },
  { label: 'auditLog(first: 0)', query: '{ auditLog(first: 0) { endCursor } }' },
  { label: 'auditLog(first: 100000)', query: '{ auditLog(first: 100000) { endCursor } }' },
  { label: 'auditLog(after) not a cursor', query: '{ auditLog(after: "abc") { endCursor } }' },
  { label: 'auditLog(after) with a NUL byte', query: 'query ($a: String) { auditLog(after: $a) { endCursor } }', variables: { a: nul } },
  { label: 'stagingPools(workspaceId) malformed', query: '{ stagingPools(workspaceId: "abc") { id } }' },
  { label: 'networkSpread(zone) with a NUL byte', query: 'query ($z: String) { networkSpread(zone: $z) { name } }', variables: { z: nul } },
  { label: 'previewNetwork with a bad subnet', query: '{ previewNetwork(input: { name: "p", ipam: { subnet: "10.0.0.1/8" } }) { ipRange } }' },
  {
    label: 'previewNetwork of a subnet too small for the zone',
    query: '{ previewNetwork(input: { name: "p", driver: "macvlan", zone: "z1", parent: "eth0", ipam: { subnet: "192.168.50.0/30", gateway: "192.168.50.1" } }) { ipRange } }',
  },
  { label: 'previewNetwork with a 10k-char name', query: 'query ($n: String!) { previewNetwork(input: { name: $n }) { ipRange } }', variables: { n: long } },
];

// The well-formed set-up and checks are typed operations; the bad input itself stays plain strings (above).
const Snapshot = graphql(`
  query BadInputSnapshot {
    agents { id name endpoint zone enabled tls labels capacity { cores memoryMb maxSessions gpus } createdAt }
    workspaces { id name image command cores memoryMb zone enabled networks groups allowNetworkSelection createdAt updatedAt }
    volumeSettings: workspaces { id volumes { source target readOnly requireAgent } shmSizeMb }
    users { id username displayName role disabled hasPassword groups { name } createdAt }
    groups { id name networks members { id } }
    apiKeys(includeRevoked: true) { id name role owner createdAt expiresAt revokedAt }
    sessions { id owner status network agent { id } }
    networks { id name driver internal agent { id } removedAt subnets gateway ipRange parent options { key value } }
    spread: networkSpread { name zone missing { id } conflicts }
    registryCredentials { id registry username createdAt }
    assignCommands: workspaces { id assignCommand }
    placementRules: workspaces { id agentSelector gpus }
    stagingPools { id workspace { id } network zone size createdAt }
  }
`);
const AuditOutcomes = graphql(`
  query BadInputAuditOutcomes($after: String) { auditLog(first: 500, after: $after) { entries { outcome } endCursor hasNextPage } }
`);
const CreateNetA = graphql(`mutation BadInputCreateNetA { createNetwork(input: { name: "net-a", zone: "z1" }) { id } }`);
const AgentStatus = graphql(`query BadInputAgentStatus($id: ID!) { agent(id: $id) { status } }`);
const Disable = graphql(`mutation BadInputDisable($id: ID!) { updateWorkspace(id: $id, input: { enabled: false }) { id } }`);
const RestrictToNetA = graphql(`
  mutation BadInputRestrictToNetA($id: ID!, $allow: Boolean!) {
    restrictWorkspaceToNetworks(id: $id, networks: ["net-a"], allowNetworkSelection: $allow) { id }
  }
`);
const Launch = graphql(`mutation BadInputLaunch($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }`);
const UserKey = graphql(`mutation BadInputUserKey { createApiKey(input: { name: "alice laptop", role: USER, owner: "alice" }) { token apiKey { id } } }`);
const CreateUser = graphql(`mutation BadInputCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`);
const CreateGroup = graphql(`mutation BadInputCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }`);
// root's user is made by its key (the key of an unknown owner makes them, with the key's role).
const RootKey = graphql(`mutation BadInputRootKey { createApiKey(input: { name: "root laptop", role: ADMIN, owner: "root" }) { token } }`);
const UserIds = graphql(`query BadInputUserIds { users { id username } }`);
const LastAudit = graphql(`query BadInputLastAudit { auditLog(first: 1) { entries { id operation outcome } } }`);
const CreatePool = graphql(`mutation BadInputCreatePool($input: CreateStagingPoolInput!) { createStagingPool(input: $input) { id } }`);
const KeptCredential = graphql(`
  mutation BadInputKeptCredential { createRegistryCredential(input: { registry: "kept.registry.example", username: "kept", password: "kept" }) { id } }
`);

describe('bad input to every mutation', () => {
  let server: TestServer;
  const fakes: FakeDocker[] = [];
  let f: Fixtures;
  let tried = 0;
  const mismatches: string[] = [];

  async function snapshot() {
    const data = await server.data(Snapshot);
    return { ...data, dockerNetworks: fakes.map((d) => d.networkNames().sort()) };
  }

  let okAuditsAfterSetup = -1;
  // Every page: the cases are more than one page (500) of audit entries.
  const okAudits = async () => {
    let ok = 0;
    for (let after: string | null | undefined; ; ) {
      const { auditLog: page }: BadInputAuditOutcomesQuery = await server.data(AuditOutcomes, { after });
      ok += page.entries.filter((e) => e.outcome === 'OK').length;
      if (!page.hasNextPage) return ok;
      after = page.endCursor;
    }
  };

  beforeAll(async () => {
    server = await startTestServer('pglite');
    for (let i = 0; i < 3; i++) fakes.push(await startFakeDocker());
    const register = async (name: string, endpoint: string, zone: string) =>
      (await server.data(RegisterAgent, { input: { name, endpoint, zone } })).registerAgent;
    const a1 = await register('fake-1', fakes[0]!.endpoint, 'z1');
    const a2 = await register('fake-2', fakes[1]!.endpoint, 'z1');
    const a3 = await register('fake-3', fakes[2]!.endpoint, 'z3');
    expect([a1.status, a2.status, a3.status]).toEqual(['ONLINE', 'ONLINE', 'ONLINE']);
    await server.data(CreateNetA);
    // fake-3 goes away: OFFLINE after a failed heartbeat.
    await fakes[2]!.stop();
    for (let i = 0; ; i++) {
      const { agent } = await server.data(AgentStatus, { id: a3.id });
      if (agent?.status === 'OFFLINE') break;
      if (i > 100) throw new Error('fake-3 did not go OFFLINE');
      await sleep(100);
    }
    const group = async (name: string, networks: string[] = []) => (await server.data(CreateGroup, { input: { name, networks } })).createGroup.id;
    const groupId = await group('team-a', ['net-a']);
    await group('team-b');
    const inUseGroupId = await group('team-used');
    const ws = async (input: CreateWorkspaceInput) => (await server.data(CreateWorkspace, { input })).createWorkspace.id;
    await ws({ name: 'ws-grouped', image: 'busybox', groups: ['team-used'] });
    const workspaceId = await ws({ name: 'ws-ok', image: 'busybox', cores: 0.5, memoryMb: 64 });
    await ws({ name: 'ws-two', image: 'busybox' });
    const disabledWorkspaceId = await ws({ name: 'ws-disabled', image: 'busybox' });
    await server.data(Disable, { id: disabledWorkspaceId });
    const restrictedWorkspaceId = await ws({ name: 'ws-restricted', image: 'busybox' });
    await server.data(RestrictToNetA, { id: restrictedWorkspaceId, allow: true });
    const fixedWorkspaceId = await ws({ name: 'ws-fixed', image: 'busybox' });
    await server.data(RestrictToNetA, { id: fixedWorkspaceId, allow: false });
    const hugeWorkspaceId = await ws({ name: 'ws-huge', image: 'busybox', cores: 200 });
    const zonedWorkspaceId = await ws({ name: 'ws-zoned', image: 'busybox', zone: 'z1' });
    const personalWorkspaceId = await ws({ name: 'ws-personal', image: 'busybox', volumes: [{ source: 'profile-{owner}', target: '/data' }] });
    // Of size 0: it never makes a member.
    const pooledWorkspaceId = await ws({ name: 'ws-pooled', image: 'busybox' });
    const poolId = (await server.data(CreatePool, { input: { workspaceId: pooledWorkspaceId, size: 0 } })).createStagingPool.id;
    // A session of the admin's, ended (the fake daemon has no image, so the launch fails).
    const launched = await server.data(Launch, { id: workspaceId });
    const adminSessionId = launched.launchSession.id;
    for (let i = 0; ; i++) {
      const { session } = await server.data(SessionStatus, { id: adminSessionId });
      if (session?.status === 'FAILED' || session?.status === 'STOPPED') break;
      if (i > 100) throw new Error(`the fixture session stayed ${session?.status}`);
      await sleep(100);
    }
    const key = await server.data(UserKey);
    const carolUserId = (await server.data(CreateUser, { input: { username: 'carol', displayName: 'Carol' } })).createUser.id;
    const rootToken = (await server.data(RootKey)).createApiKey.token;
    const { users } = await server.data(UserIds);
    const userId = (username: string) => users.find((u) => u.username === username)!.id;
    // A loopback port with nothing listening.
    const { createServer } = await import('node:net');
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const port = (probe.address() as { port: number }).port;
        probe.close(() => resolve(port));
      });
    });
    f = {
      agentId: a1.id,
      agent2Id: a2.id,
      offlineAgentId: a3.id,
      workspaceId,
      disabledWorkspaceId,
      restrictedWorkspaceId,
      fixedWorkspaceId,
      hugeWorkspaceId,
      zonedWorkspaceId,
      personalWorkspaceId,
      pooledWorkspaceId,
      poolId,
      adminSessionId,
      userKeyId: key.createApiKey.apiKey.id,
      userToken: key.createApiKey.token,
      aliceUserId: userId('alice'),
      carolUserId,
      rootUserId: userId('root'),
      rootToken,
      groupId,
      inUseGroupId,
      endpoint: fakes[0]!.endpoint,
      closedPort,
    };
    // A stored credential, which bad input for its registry must leave as it is.
    await server.data(KeptCredential);
    okAuditsAfterSetup = await okAudits();
  });

  afterAll(async () => {
    console.log(`bad-input: ${tried} bad inputs tried across ${new Set(cases.map((c) => c.mutation)).size} mutations (${cases.length} cases)`);
    if (mismatches.length) console.log(`bad-input: ${mismatches.length} mismatch(es):\n  ${mismatches.join('\n  ')}`);
    await server?.stop();
    for (const fake of fakes) await fake.stop().catch(() => {});
  });

  it('has a case for every mutation of the schema', () => {
    const covered = new Set(cases.map((c) => c.mutation));
    expect(schemaMutations.filter((m) => !covered.has(m))).toEqual([]);
    // And no case names a mutation the schema does not have.
    expect([...covered].filter((m) => !schemaMutations.includes(m))).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.mutation}: ${c.label}`, c] as const))('%s', async (_, c) => {
    tried++;
    const token = { admin: undefined, user: f.userToken, self: f.rootToken, none: null, bogus: 'enc_not-a-real-token-0000000000000000' }[c.as ?? 'admin'];
    const before = await snapshot();
    const response = await postRaw(server.url, c.query, c.variables?.(f), token);
    const after = await snapshot();
    const where = `${c.mutation} (${c.label}) -> ${describeResponse(response)}`;
    try {
      expect(response.status, where).toBeLessThan(500);
      expect(response.json, where).toBeDefined();
      const errors = response.json!.errors ?? [];
      expect(errors.length, where).toBeGreaterThan(0);
      expect(fieldOf(response.json!.data, c.mutation) ?? null, where).toBeNull();
      const codes = codesOf(response);
      expect(codes, where).not.toContain('INTERNAL_SERVER_ERROR');
      for (const code of codes) expect(userErrorCodes as readonly string[], where).toContain(code);
      for (const code of codes) expect(c.expect, where).toContain(code);
      for (const error of errors) expect(error.message.length, where).toBeGreaterThan(15);
      expect(after, `${where}\nsomething was written`).toEqual(before);
    } catch (error) {
      mismatches.push(`${c.mutation} (${c.label}): expected ${c.expect.join('|')}, got HTTP ${response.status} ${response.text.slice(0, 300)}`);
      throw error;
    }
  });

  it('succeeded at none of the bad inputs (no OK in the audit log since the fixtures)', async () => {
    expect(await okAudits()).toBe(okAuditsAfterSetup);
  });

  it('audits a refused mutation whatever its input (a NUL byte in it must not lose the audit row)', async () => {
    const last = async () => (await server.data(LastAudit)).auditLog.entries[0]!;
    const before = await last();
    const response = await postRaw(server.url, doc.restrictWorkspaceToNetworks, { id: f.workspaceId, networks: [nul], allow: true });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    const after = await last();
    expect(after.id, 'no audit row was written for the refused mutation').not.toBe(before.id);
    expect(after).toMatchObject({ operation: 'restrictWorkspaceToNetworks', outcome: 'BAD_USER_INPUT' });
  });

  it.each(edgeCases.map((c) => [`${c.mutation}: ${c.label}`, c] as const))('edge input, refused with a code or accepted: %s', async (_, c) => {
    tried++;
    const response = await postRaw(server.url, c.query, c.variables?.(f));
    const where = `${c.mutation} (${c.label}) -> ${describeResponse(response)}`;
    try {
      expect(response.status, where).toBeLessThan(500);
      expect(codesOf(response), where).not.toContain('INTERNAL_SERVER_ERROR');
      for (const code of codesOf(response)) expect(userErrorCodes as readonly string[], where).toContain(code);
    } catch (error) {
      mismatches.push(`${c.mutation} (${c.label}): expected a coded refusal or success, got HTTP ${response.status} ${response.text.slice(0, 300)}`);
      throw error;
    }
  });

  it.each(queryCases.map((c) => [c.label, c] as const))('query with a bad argument: %s', async (_, c) => {
    tried++;
    const response = await postRaw(server.url, c.query, c.variables);
    const where = `${c.label} -> ${describeResponse(response)}`;
    try {
      expect(response.status, where).toBeLessThan(500);
      expect(codesOf(response).length, where).toBeGreaterThan(0);
      expect(codesOf(response), where).not.toContain('INTERNAL_SERVER_ERROR');
      for (const code of codesOf(response)) expect(userErrorCodes as readonly string[], where).toContain(code);
    } catch (error) {
      mismatches.push(`${c.label}: expected a coded error, got HTTP ${response.status} ${response.text.slice(0, 300)}`);
      throw error;
    }
  });
});
