// Schema-driven fuzzing: thousands of random (seeded, so reproducible) Query and Mutation operations built from
// schema.graphql, with valid-looking and invalid arguments, sent over HTTP as ADMIN and as a USER. Whatever they are,
// every answer must be JSON, never 5xx, and every error coded and never INTERNAL_SERVER_ERROR.
// No traffic leaves loopback: agents are fake Docker daemons on unix sockets, and generated endpoints are only
// unix:///nonexistent/… paths or tcp://127.0.0.1:<closed port>.
// FUZZ_SEED and FUZZ_CASES change the seed and the count; FUZZ_DUMP=<file> appends each failing request and its answer
// to that file (one JSON object a line) for reproduction.
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { startFakeDocker, type FakeDocker } from '../harness/fake-docker.js';
import { CreateNetwork, CreateWorkspace, LaunchSession, RegisterAgent } from '../harness/operations.js';
import { codesOf, prng, request } from '../harness/raw-http.js';
import { adminToken, startTestServer, type TestServer } from '../harness/server.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 0x5eed_e7c1);
const CASES = Number(process.env['FUZZ_CASES'] ?? 4000);
/** Stop generating after this long, whatever the count (the test must stay well under a minute or so). */
const BUDGET_MS = 50_000;

// The fixtures and the final check are typed operations; the fuzzed documents are plain strings.
const PoolIds = graphql(`
  query FuzzPools {
    agents { id endpoint } workspaces { id } sessions { id } apiKeys(includeRevoked: true) { id } networks { name }
    users { id username } groups { id name }
    registryCredentials { id }
  }
`);
const CreateGroup = graphql(`mutation FuzzCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }`);
const CreateUser = graphql(`mutation FuzzCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`);
const UserKey = graphql(`mutation FuzzUserKey { createApiKey(input: { name: "fuzz user", role: USER, owner: "alice" }) { token apiKey { id } } }`);
const ViewerRole = graphql(`query FuzzViewerRole { viewer { role } }`);

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8'));
const queryType = schema.getQueryType()!;
const mutationType = schema.getMutationType()!;
/** Query, Mutation and Subscription: the object types the fuzzer does not select from (it sends no subscriptions). */
const rootTypeNames = new Set([queryType.name, mutationType.name, schema.getSubscriptionType()?.name]);

interface Pools {
  agents: string[];
  workspaces: string[];
  sessions: string[];
  apiKeys: string[];
  networks: string[];
  users: string[];
  groups: string[];
  groupNames: string[];
  registryCredentials: string[];
  closedPort: number;
}

type Rng = ReturnType<typeof prng>;

/** Builds random operations from the schema; `reached` collects the root fields and the object types they select. */
function createGenerator(r: Rng, pools: Pools, reached: Set<string>) {
  const randomUuid = () =>
    'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => r.int(0, 15).toString(16));
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.';
  const word = (min = 1, max = 12) => Array.from({ length: r.int(min, max) }, () => r.pick([...alphabet])).join('');
  /** Anything: punctuation, quotes, control characters (NUL included), emoji, right-to-left text, lone surrogates. */
  const wild = () => {
    const pieces = ['"', "'", '\\', '{', '}', '$', '%s', '\n', '\t', '\u0000', '\u0001', '\u001f', '\u007f', 'é', '漢', '😀', '\u202e', '\ud800', ' ', ';', '--'];
    return Array.from({ length: r.int(1, 20) }, () => (r.chance(0.4) ? r.pick(pieces) : r.pick([...alphabet]))).join('');
  };
  const nasty = () =>
    r.pick([
      '',
      ' ',
      'x'.repeat(10_000),
      "' OR 1=1 --",
      "'); DROP TABLE agents; --",
      '../../../../etc/passwd',
      '<script>alert(1)</script>',
      '${jndi:ldap://127.0.0.1/a}',
      '__proto__',
      'constructor',
      'null',
      'undefined',
      'NaN',
      '-1',
      '1e309',
      'abc',
      '1',
      randomUuid(),
      randomUuid().toUpperCase(),
      randomUuid().slice(0, 35),
      wild(),
      wild(),
    ]);
  /** Never off loopback: nonexistent sockets, a closed loopback port, or strings that are no URL at all. */
  const endpoint = (bad: boolean) =>
    bad
      ? r.pick(['', 'x'.repeat(10_000), word(), 'unix://relative.sock', 'unix:///', 'tcp://127.0.0.1:abc', 'tcp://127.0.0.1:99999', 'http://127.0.0.1:1', 'tcp://', 'ssh://'])
      : r.pick([`unix:///nonexistent/enclave-fuzz-${r.int(0, 99)}.sock`, `tcp://127.0.0.1:${pools.closedPort}`, `unix:///nonexistent/${word()}`]);

  function pool(argName: string, root: string): string[] {
    if (argName === 'agentId' || argName === 'agentIds') return pools.agents;
    if (argName === 'workspaceId') return pools.workspaces;
    if (argName === 'sessionId') return pools.sessions;
    if (/Agent$|^agent$/.test(root)) return pools.agents;
    if (/Workspace|^workspace$/.test(root)) return pools.workspaces;
    if (/Session$|^session$/.test(root)) return pools.sessions;
    if (/ApiKey$/.test(root)) return pools.apiKeys;
    if (/User$/.test(root)) return pools.users;
    if (/Group$/.test(root)) return pools.groups;
    if (/RegistryCredential$/.test(root)) return pools.registryCredentials;
    return [...pools.agents, ...pools.workspaces, ...pools.sessions, ...pools.users, ...pools.groups];
  }

  function goodScalar(typeName: string, name: string, root: string): unknown {
    switch (typeName) {
      case 'ID': {
        const ids = pool(name, root);
        return ids.length > 0 && r.chance(0.85) ? r.pick(ids) : randomUuid();
      }
      case 'Int':
        if (name === 'memoryMb') return r.pick([64, 128, 512, 1024, 4096]);
        if (name === 'shmSizeMb') return r.pick([64, 256, 2048, 65_536]);
        if (name === 'maxSessions') return r.int(0, 10);
        if (name === 'first') return r.int(1, 100);
        return r.int(0, 100);
      case 'Float':
        return r.pick([0.1, 0.5, 1, 2, 3.5]);
      case 'Boolean':
        return r.chance(0.5);
      case 'DateTime':
        return r.pick(['2031-01-01T00:00:00Z', '2099-12-31T23:59:59.999Z', new Date(Date.UTC(2030, r.int(0, 11), r.int(1, 28))).toISOString()]);
      default: // String
        switch (name) {
          case 'endpoint':
            return endpoint(false);
          case 'name':
            if (root === 'createNetwork' || root === 'networks') return `fz-net-${r.int(0, 30)}`;
            if (/Group$/.test(root)) return r.pick([`fz-group-${r.int(0, 30)}`, ...pools.groupNames]);
            return r.pick([`fz-${r.int(0, 200)}`, 'fake-1', 'ws-main', `fz ${word()}`]);
          case 'username':
            return r.pick([`fz-user-${r.int(0, 50)}`, 'alice', 'carol', `Fz-Upper-${r.int(0, 9)}`, word().toLowerCase()]);
          case 'password':
            // A password that passes the policy costs a scrypt hash (~0.5 s of a core): rare, so that the budget holds.
            return r.chance(0.03) ? 'tangerine hovercraft lantern' : r.pick(['short', 'password1234', 'QWERTY123456', word(1, 8), `my ${word(1, 4)} carol pass`]);
          case 'displayName':
            return r.pick(['Carol', 'Zoé 漢字', word()]);
          case 'groups':
            return r.pick([...pools.groupNames, `fz-group-${r.int(0, 30)}`, 'no-such-group']);
          case 'image':
            return r.pick(['busybox', 'alpine:3.19', 'ghcr.io/org/app:1.2', `busybox@sha256:${'ab'.repeat(32)}`, `localhost:5000/${word(1, 5).toLowerCase()}`]);
          case 'zone':
            return r.pick(['z1', 'z2', 'z3']);
          case 'source':
            return r.pick(['profile-{owner}', `cache-{workspace}-${r.int(0, 9)}`, 'shared', '/srv/enclave/x', '/etc', 'p-{user}', `v${word()}`]);
          case 'target':
            return r.pick(['/home/user', '/data', `/m/${r.int(0, 5)}`, '/', '/a/../b']);
          case 'registry':
            return r.pick(['ghcr.io', '127.0.0.1:5000', 'docker.io', 'index.docker.io', '[::1]:5000', `fz-${r.int(0, 9)}.registry.example`]);
          case 'network':
          case 'networks':
            return r.pick(['net-a', 'enclave_default', `fz-net-${r.int(0, 30)}`, ...pools.networks]);
          case 'driver':
            return r.pick(['bridge', 'macvlan', 'overlay', 'ipvlan']);
          case 'key':
            return r.pick(['FOO', 'BAR_1', 'com.docker.network.bridge.name', '_X']);
          case 'owner':
            return r.pick(['alice', 'bob', 'admin']);
          case 'idempotencyKey':
            return `k-${r.int(0, 30)}`;
          case 'command':
            return r.pick(['sleep', '1', 'sh', '-c', 'echo hi']);
          case 'ca':
          case 'cert':
            return '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
          case 'after':
            return String(r.int(1, 500));
          default:
            return word();
        }
    }
  }

  function badScalar(typeName: string, name: string): unknown {
    if (name === 'endpoint' && r.chance(0.7)) return endpoint(true);
    const wrongType = () => r.pick<unknown>([true, false, 0, -1, 3.14, {}, [], { a: 1 }, [1, 2]]);
    switch (typeName) {
      case 'Int':
      case 'Float':
        return r.pick<unknown>([-1, -5, 0, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308, 1.5, 0.0001, '5', 'abc', true, wrongType()]);
      case 'Boolean':
        return r.pick<unknown>(['true', 1, 0, 'yes', null, wrongType()]);
      case 'DateTime':
        return r.pick<unknown>(['2000-01-01T00:00:00Z', '1970-01-01T00:00:00Z', 'tomorrow', '', '2030-13-45T99:99:99Z', 0, 1e15, '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', wild()]);
      default: // String, ID
        return r.chance(0.5) ? nasty() : r.chance(0.6) ? wild() : wrongType();
    }
  }

  function value(type: GraphQLInputType, name: string, root: string, bad: number): unknown {
    if (isNonNullType(type)) return r.chance(bad * 0.08) ? null : value(type.ofType, name, root, bad);
    if (r.chance(bad * 0.06)) return r.pick<unknown>([null, 'str', 7, true, {}, []]);
    if (isListType(type)) {
      const n = r.chance(bad * 0.08) ? r.int(40, 250) : r.int(0, 3);
      return Array.from({ length: n }, () => value(type.ofType, name, root, bad));
    }
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (required ? !r.chance(bad * 0.08) : r.chance(0.5)) out[key] = value(field.type, key, root, bad);
      }
      if (r.chance(bad * 0.08)) out[`unknown${r.int(0, 9)}`] = word();
      return out;
    }
    if (isEnumType(type)) return r.chance(bad * 0.3) ? r.pick(['ROOT', 'admin', 'Running', '', wild()]) : r.pick(type.getValues()).name;
    return r.chance(bad) ? badScalar(type.name, name) : goodScalar(type.name, name, root);
  }

  /** A GraphQL literal for `value`, as the schema type expects it (enums bare when they look like names). */
  function literal(v: unknown, type: GraphQLInputType): string {
    const nullable = getNullableType(type) as GraphQLInputType;
    if (v === null || v === undefined) return 'null';
    if (Array.isArray(v)) return `[${v.map((x) => literal(x, isListType(nullable) ? nullable.ofType : nullable)).join(', ')}]`;
    if (typeof v === 'object') {
      const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
      return `{ ${Object.entries(v)
        .map(([k, x]) => `${k}: ${literal(x, fields[k]?.type ?? nullable)}`)
        .join(', ')} }`;
    }
    if (typeof v === 'string') return isEnumType(getNamedType(type)) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(v) ? v : JSON.stringify(v);
    return String(v);
  }

  function selection(type: GraphQLOutputType, depth: number, maxDepth: number, bad: number): string {
    const named = getNamedType(type) as GraphQLObjectType;
    reached.add(named.name);
    const fields = Object.values(named.getFields());
    const leaves = fields.filter((f) => !isObjectType(getNamedType(f.type)));
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    for (let i = r.int(1, 4); i > 0; i--) chosen.add(r.pick(depth >= maxDepth && leaves.length > 0 ? leaves : fields));
    const parts = [...chosen].map((f) => {
      const args = f.args.length > 0 && r.chance(0.4) ? `(${f.args.map((a) => `${a.name}: ${literal(value(a.type, a.name, f.name, bad), a.type)}`).join(', ')})` : '';
      const sub = isObjectType(getNamedType(f.type)) ? ` { ${selection(f.type, depth + 1, maxDepth, bad)} }` : '';
      return `${f.name}${args}${sub}`;
    });
    if (r.chance(0.05)) parts.push('__typename');
    if (r.chance(bad * 0.05)) parts.push(r.pick(['bogusField', 'password', 'tlsKey', '__schema { types { name } }']));
    if (r.chance(bad * 0.02)) parts.push(`${leaves[0]?.name ?? 'id'} { id }`);
    return parts.join(' ');
  }

  return function operation(): { query: string; variables: Record<string, unknown>; kind: string; fields: string[] } {
    const isMutation = r.chance(0.5);
    const root = isMutation ? mutationType : queryType;
    const bad = r.chance(0.45) ? r.pick([0.15, 0.3, 0.6]) : 0;
    const useVariables = r.chance(0.5);
    const decls: string[] = [];
    const variables: Record<string, unknown> = {};
    const selections: string[] = [];
    const fields: string[] = [];
    const count = r.chance(0.85) ? 1 : r.int(2, 3);
    for (let i = 0; i < count; i++) {
      const field = r.pick(Object.values(root.getFields()));
      fields.push(field.name);
      reached.add(`${root.name}.${field.name}`);
      const args: string[] = [];
      for (const arg of field.args) {
        const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
        if (!(required ? !r.chance(bad * 0.05) : r.chance(0.5))) continue;
        const v = value(arg.type, arg.name, field.name, bad);
        if (useVariables) {
          const name = `v${decls.length}`;
          const declared = r.chance(bad * 0.1) ? r.pick(['String', 'Int', 'ID!', 'Boolean', '[String]', 'Float!']) : String(arg.type);
          decls.push(`$${name}: ${declared}`);
          if (v !== undefined) variables[name] = v;
          args.push(`${arg.name}: $${name}`);
        } else args.push(`${arg.name}: ${literal(v, arg.type)}`);
      }
      if (r.chance(bad * 0.05)) args.push(`unknownArg: ${r.int(0, 9)}`);
      const maxDepth = r.chance(0.03) ? 14 : r.int(1, 5);
      const sub = isObjectType(getNamedType(field.type)) ? ` { ${selection(field.type, 2, maxDepth, bad)} }` : '';
      selections.push(`${count > 1 ? `f${i}: ` : ''}${field.name}${args.length ? `(${args.join(', ')})` : ''}${sub}`);
    }
    const keyword = isMutation ? 'mutation' : r.chance(0.5) ? 'query' : '';
    const header = keyword ? `${keyword}${decls.length ? ` Fuzz(${decls.join(', ')})` : ''} ` : decls.length ? `query (${decls.join(', ')}) ` : '';
    return { query: `${header}{ ${selections.join(' ')} }`, variables, kind: isMutation ? 'mutation' : 'query', fields };
  };
}

/** Whether a body could make the server reach off loopback (it never should; this is a second guard). */
const leavesLoopback = (body: string) => /(tcp|ssh|https?):\/\/(?!127\.0\.0\.1[:/"\\]|\[::1\]|nonexistent)[^"\\\s]+/i.test(body) && body.includes('registerAgent');

describe('schema-driven fuzzing', () => {
  let server: TestServer;
  const fakes: FakeDocker[] = [];
  let userToken: string;
  let userKeyId: string;
  let aliceUserId: string | undefined;
  const pools: Pools = { agents: [], workspaces: [], sessions: [], apiKeys: [], networks: [], users: [], groups: [], groupNames: [], registryCredentials: [], closedPort: 0 };

  async function refreshPools() {
    const data = await server.data(PoolIds);
    const agents: { id: string }[] = data.agents;
    // Keep the fake agents registered (a fuzzed removeAgent may have removed one).
    for (const [i, fake] of fakes.entries()) {
      if (data.agents.some((a) => a.endpoint === fake.endpoint)) continue;
      const again = await server.gql(RegisterAgent, { input: { name: `fake-${i}-${Date.now()}`, endpoint: fake.endpoint, zone: `z${i + 1}` } });
      if (again.data?.registerAgent) agents.push(again.data.registerAgent);
    }
    pools.agents = agents.map((a) => a.id);
    pools.workspaces = data.workspaces.map((w) => w.id);
    pools.sessions = data.sessions.map((s) => s.id);
    pools.apiKeys = data.apiKeys.map((k) => k.id).filter((id) => id !== userKeyId);
    pools.networks = [...new Set(data.networks.map((n) => n.name))];
    // Like the USER's key, their user stays out of the pool: a fuzzed deleteUser or updateUser would lock them out.
    aliceUserId ??= data.users.find((u) => u.username === 'alice')?.id;
    pools.users = data.users.map((u) => u.id).filter((id) => id !== aliceUserId);
    pools.groups = data.groups.map((g) => g.id);
    pools.groupNames = data.groups.map((g) => g.name);
    pools.registryCredentials = data.registryCredentials.map((c) => c.id);
  }

  beforeAll(async () => {
    server = await startTestServer('pglite');
    for (let i = 0; i < 2; i++) fakes.push(await startFakeDocker());
    for (const [i, fake] of fakes.entries())
      await server.data(RegisterAgent, { input: { name: `fake-${i + 1}`, endpoint: fake.endpoint, zone: `z${i + 1}` } });
    await server.data(CreateNetwork, { input: { name: 'net-a' } });
    const ws = await server.data(CreateWorkspace, { input: { name: 'ws-main', image: 'busybox', cores: 0.5, memoryMb: 64 } });
    await server.data(CreateWorkspace, { input: { name: 'ws-restricted', image: 'busybox' } });
    // Users and groups for the fuzzed reads (User.groups, Group.members, Workspace.groups) and writes to find.
    await server.data(CreateGroup, { input: { name: 'team-a', networks: ['net-a', 'enclave_default'] } });
    await server.data(CreateGroup, { input: { name: 'team-b' } });
    await server.data(CreateUser, { input: { username: 'carol', displayName: 'Carol', groups: ['team-a', 'team-b'] } });
    // The USER is in a group too (made before their key, whose user they are): their reads go through the group filters.
    await server.data(CreateUser, { input: { username: 'alice', groups: ['team-b'] } });
    await server.data(CreateWorkspace, { input: { name: 'ws-grouped', image: 'busybox', groups: ['team-a'] } });
    await server.data(LaunchSession, { input: { workspaceId: ws.createWorkspace.id } });
    const key = await server.data(UserKey);
    userToken = key.createApiKey.token;
    userKeyId = key.createApiKey.apiKey.id;
    pools.closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const port = (probe.address() as { port: number }).port;
        probe.close(() => resolve(port));
      });
    });
    await refreshPools();
  });

  afterAll(async () => {
    await server?.stop();
    for (const fake of fakes) await fake.stop().catch(() => {});
  });

  it(`answers ${CASES} random operations with JSON, no 5xx and no INTERNAL_SERVER_ERROR`, { timeout: 120_000 }, async () => {
    const r = prng(SEED);
    const reached = new Set<string>();
    const generate = createGenerator(r, pools, reached);
    const codes = new Map<string, number>();
    const statuses = new Map<number, number>();
    const roles = new Map<string, number>();
    const byKind = new Map<string, number>();
    const failures = new Map<string, { count: number; example: string }>();
    const slow: string[] = [];
    const count = (map: Map<string | number, number>, key: string | number) => map.set(key, (map.get(key) ?? 0) + 1);
    const started = Date.now();
    let sent = 0;

    for (let i = 0; i < CASES && Date.now() - started < BUDGET_MS; i++) {
      if (i % 50 === 0) await refreshPools();
      let op = generate();
      let body = JSON.stringify({ query: op.query, variables: op.variables });
      while (leavesLoopback(body)) {
        op = generate();
        body = JSON.stringify({ query: op.query, variables: op.variables });
      }
      const role = r.chance(0.25) ? 'USER' : r.chance(0.02) ? 'none' : 'ADMIN';
      const token = role === 'USER' ? userToken : role === 'none' ? null : adminToken;
      count(roles, role);
      count(byKind, op.kind);
      const t0 = Date.now();
      const response = await request(server.url, { body, token });
      const ms = Date.now() - t0;
      sent++;
      count(statuses, response.status);
      if (ms > 3000) slow.push(`#${i} ${ms} ms: ${op.query.slice(0, 200)}`);

      const problems: string[] = [];
      if (response.status >= 500) problems.push(`HTTP ${response.status}`);
      if (!response.json) problems.push(`not JSON (${response.contentType})`);
      const errors = response.json?.errors ?? [];
      if (errors.length === 0) count(codes, 'OK (no errors)');
      for (const [index, code] of codesOf(response).entries()) {
        count(codes, code);
        if (code === 'INTERNAL_SERVER_ERROR' || code === '(none)') {
          const path = (errors[index] as { path?: unknown[] }).path?.join('.') ?? '(no path)';
          problems.push(`${code} at ${path}`);
        }
      }
      if (problems.length > 0 && process.env['FUZZ_DUMP'])
        appendFileSync(process.env['FUZZ_DUMP'], `${JSON.stringify({ i, role, body: JSON.parse(body), response: response.text })}\n`);
      for (const problem of new Set(problems)) {
        const signature = `${problem} [${role}]`;
        const seen = failures.get(signature);
        if (seen) seen.count++;
        else
          failures.set(signature, {
            count: 1,
            example: `#${i} ${op.query.slice(0, 500)} variables=${JSON.stringify(op.variables).slice(0, 500)} -> ${response.text.slice(0, 300)}`,
          });
      }
    }
    const elapsed = Date.now() - started;
    const rootFields = [queryType, mutationType].flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
    const objectTypes = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !rootTypeNames.has(t.name))
      .map((t) => t.name);
    const unreached = [...rootFields, ...objectTypes].filter((name) => !reached.has(name));

    const sorted = (map: Map<string | number, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`).join(', ');
    console.log(
      [
        `fuzz: seed ${SEED.toString(16)}, ${sent} operations in ${elapsed} ms (${sorted(byKind)}; as ${sorted(roles)})`,
        `fuzz: HTTP statuses: ${sorted(statuses)}`,
        `fuzz: ${rootFields.length} root fields and ${objectTypes.length} object types to reach; not reached: ${unreached.join(', ') || 'none'}`,
        `fuzz: error codes: ${sorted(codes)}`,
        ...(slow.length ? [`fuzz: slow (> 3 s): ${slow.length}\n  ${slow.slice(0, 5).join('\n  ')}`] : []),
        ...(failures.size
          ? [`fuzz: ${failures.size} failure signature(s):`, ...[...failures.entries()].map(([sig, f]) => `  ${sig} x${f.count}\n    e.g. ${f.example}`)]
          : ['fuzz: no failures']),
      ].join('\n'),
    );

    const health = await fetch(server.url.replace(/\/graphql$/, '/healthz'));
    expect(health.status).toBe(200);
    expect(await server.gql(ViewerRole)).toEqual({ data: { viewer: { role: 'ADMIN' } } });
    expect(sent).toBeGreaterThanOrEqual(2000);
    // Every Query and Mutation field was fuzzed, and every object type selected from (User and Group among them).
    expect(unreached).toEqual([]);
    expect([...failures.entries()].map(([sig, f]) => `${sig} x${f.count}: ${f.example}`)).toEqual([]);
  });
});
