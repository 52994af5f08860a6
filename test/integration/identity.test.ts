// People and their credentials on two Enclave processes sharing one Postgres, over the wire: password sign-in and its
// cookie, the limits on failed attempts, sign-out, the Origin checks that keep other sites from using the cookie, and
// what disabling, deleting, demoting, re-passwording or regrouping a user does to their keys, cookies and open
// connections, in the process that made the change and in the other one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { Cluster } from '../harness/cluster.js';
import { createTestDatabase, type PostgresTestDatabase } from '../harness/database.js';
import type { EnclaveProcess } from '../harness/enclave.js';
import { postGraphQLRaw, type GraphQLResponse } from '../harness/graphql.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { CreateApiKey, CreateGroup, CreateUser, UpdateUser } from '../harness/operations.js';
import {
  postWithCookie,
  send,
  setCookie,
  signIn,
  signInCookieName,
  signOut,
  subscribeWithCookie,
  upgradeStatus,
  type CookieOperation,
  type SignInAnswer,
} from '../harness/signed-in.js';
import { wsRequest, type Subscription } from '../harness/subscription.js';
import { until } from '../harness/until.js';

const token = 'identity-admin-token-0123456789abcdef';
const password = 'lantern-orbit-quiet-7421';
const wrongPassword = 'not-the-password-8830';
const foreignOrigin = 'https://evil.example';
/** Well under the 5 s for which a process trusts a credential it verified: only the change's event can be this quick. */
const promptly = { timeoutMs: 3_000 };

const Viewer = graphql(`query IdentityViewer { viewer { owner role user { username groups { name } } } }`);
const Users = graphql(`query IdentityUsers { users { id username lastSignInAt } }`);
const StatusChanges = graphql(`subscription IdentityStatusChanges { sessionStatusChanged { id } }`);
const ApiKeys = graphql(`query IdentityApiKeys { apiKeys(includeRevoked: true) { id owner revokedAt } }`);
const AuditLog = graphql(`query IdentityAuditLog { auditLog(first: 200) { entries { actor operation target outcome } } }`);
const DeleteUser = graphql(`mutation IdentityDeleteUser($id: ID!) { deleteUser(id: $id) }`);
const UpdateGroup = graphql(`
  mutation IdentityUpdateGroup($id: ID!, $input: UpdateGroupInput!) { updateGroup(id: $id, input: $input) { id networks } }
`);
const LaunchMissing = graphql(`
  mutation IdentityLaunchMissing { launchSession(input: { workspaceId: "00000000-0000-4000-8000-000000000000" }) { id } }
`);

const codeOf = (body: GraphQLResponse) => body.errors?.[0]?.extensions?.code;

describe('identity across two Enclave processes on one Postgres', () => {
  let database: PostgresTestDatabase;
  let cluster: Cluster;
  let a: EnclaveProcess;
  let b: EnclaveProcess;
  const open: { close(): Promise<void> }[] = [];
  /** Users' ids by username. */
  const ids: Record<string, string> = {};
  // Each test signs in from addresses of its own, so that one test's failures never lock another's address.
  let lastOctet = 10;
  const freshAddress = () => `127.0.0.${lastOctet++}`;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    cluster = new Cluster({ token, databaseUrl: database.url, env: { LOG_LEVEL: 'warn' } });
    a = await cluster.start('A');
    b = await cluster.start('B');
    await a.data(CreateGroup, { input: { name: 'devs' } });
    // Everyone the tests sign in as, with `password`, made at once: hashing a password takes a core for a second.
    const people = Object.entries<{ groups?: string[]; role?: 'ADMIN' | 'USER' }>({
      alice: { groups: ['devs'] },
      ...Object.fromEntries(['bea', 'bea-disabled', 'bob', 'carol', 'sam', 'vic', 'dave', 'erin', 'frank'].map((name) => [name, {}])),
      hank: { role: 'ADMIN' },
    });
    await inTwoLanes(people.length, async (node, i) => {
      const [username, input] = people[i]!;
      ids[username] = (await node.data(CreateUser, { input: { username, password, ...input } })).createUser.id;
    });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(open.map((o) => o.close()));
    await cluster?.stop();
    await database?.drop();
  });

  /** A user without a password (keys only). */
  async function createUser(username: string, input: { groups?: string[] } = {}): Promise<string> {
    return (await a.data(CreateUser, { input: { username, ...input } })).createUser.id;
  }

  /** Runs `count` attempts in two lanes, one per process, each lane one attempt at a time (scrypt takes a core each). */
  async function inTwoLanes<T>(count: number, attempt: (node: EnclaveProcess, i: number) => Promise<T>): Promise<T[]> {
    const results: T[] = [];
    await Promise.all(
      [a, b].map(async (node, lane) => {
        for (let i = lane; i < count; i += 2) results[i] = await attempt(node, i);
      }),
    );
    return results;
  }

  async function createKey(owner: string, role: 'ADMIN' | 'USER' = 'USER') {
    const { createApiKey } = await a.data(CreateApiKey, { input: { name: `${owner}-${role.toLowerCase()}-key`, role, owner } });
    return { token: createApiKey.token, id: createApiKey.apiKey.id };
  }

  /** Signs in and returns the cookie, failing the test if that does not work. */
  async function cookieOf(username: string, secret = password, node = a): Promise<string> {
    const answer = await signIn(node.base, username, secret, { address: freshAddress() });
    if (answer.status !== 200 || !answer.cookie) throw new Error(`sign-in of ${username} failed: ${answer.status} ${answer.text}`);
    return answer.cookie;
  }

  const viewerByCookie = (node: EnclaveProcess, cookie: string, origin: string | undefined = node.base) =>
    postWithCookie(node.url, Viewer, undefined, { cookie, origin });
  const viewerByKey = (node: EnclaveProcess, key: string) => postGraphQLRaw(node.url, Viewer, undefined, { token: key });

  function subscribeByKey(node: EnclaveProcess, key: string): Subscription<unknown> {
    const subscription = node.subscribe(StatusChanges, undefined, { token: key });
    open.push(subscription);
    return subscription;
  }

  function subscribeByCookie(node: EnclaveProcess, cookie: string): CookieOperation<unknown> {
    const subscription = subscribeWithCookie(node.wsUrl, StatusChanges, undefined, { cookie, origin: node.base });
    open.push(subscription);
    return subscription;
  }

  /** Until both of `node`'s answers to the cookie and the key are 401 UNAUTHENTICATED. */
  async function refusedOn(node: EnclaveProcess, credentials: { cookie?: string; key?: string }) {
    await until(
      `${node.label} to refuse ${Object.keys(credentials).join(' and ')}`,
      async () => {
        const answers = [
          ...(credentials.cookie ? [await viewerByCookie(node, credentials.cookie)] : []),
          ...(credentials.key ? [await viewerByKey(node, credentials.key)] : []),
        ];
        return answers.every((r) => r.status === 401 && codeOf(r.body) === 'UNAUTHENTICATED');
      },
      promptly,
    );
  }

  it('signs in with a password: an HttpOnly, SameSite=Lax cookie that both processes and graphql-ws accept', async () => {
    const answer = await signIn(a.base, 'alice', password, { address: freshAddress(), origin: a.base });
    expect(answer.status, answer.text).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ username: 'alice' });
    const { line } = setCookie(answer.headers, signInCookieName)!;
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    expect(pair).toMatch(/^enclave_auth=[\w-]{32,}$/);
    // Host-only (no Domain: never sent to the sessions' hosts); no Secure on plain http.
    expect(attributes.sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Lax']);
    const cookie = answer.cookie!;

    const alice = { owner: 'alice', role: 'USER', user: { username: 'alice', groups: [{ name: 'devs' }] } };
    for (const node of [a, b]) {
      // No Origin (a same-origin GET or a non-browser client), the public URL's origin, and the origin of the Host.
      for (const [origin, host] of [[undefined, undefined], [node.base, undefined], [`http://localhost:${node.port}`, `localhost:${node.port}`]]) {
        const { status, body } = await postWithCookie(node.url, Viewer, undefined, { cookie, origin, headers: host ? { host } : {} });
        expect({ node: node.label, origin, status, body }).toEqual({ node: node.label, origin, status: 200, body: { data: { viewer: alice } } });
      }
    }

    const overWs = subscribeWithCookie(b.wsUrl, Viewer, undefined, { cookie, origin: b.base });
    await overWs.done;
    expect({ results: overWs.results, failure: overWs.failure }).toEqual({ results: [{ data: { viewer: alice } }], failure: undefined });
    await overWs.close();
    const { users } = await b.data(Users);
    expect(users.find((u) => u.username === 'alice')?.lastSignInAt).not.toBeNull();
  });

  it('answers an unknown user, a wrong password and a disabled user alike', async () => {
    await a.data(UpdateUser, { id: ids['bea-disabled']!, input: { disabled: true } });
    const address = freshAddress();
    const [wrong, unknown, disabled] = await Promise.all([
      signIn(a.base, 'bea', wrongPassword, { address }),
      signIn(b.base, 'nobody-by-that-name', password, { address }),
      signIn(b.base, 'bea-disabled', password, { address }),
    ]);
    const answers = { wrongPassword: wrong, unknownUser: unknown, disabledUser: disabled };
    const seen = (answer: SignInAnswer) => ({
      status: answer.status,
      body: answer.text,
      contentType: answer.headers['content-type'],
      setCookie: answer.headers['set-cookie'],
    });
    const expected = { status: 401, body: JSON.stringify({ error: 'Wrong username or password.' }), contentType: 'application/json; charset=utf-8', setCookie: undefined };
    for (const [what, answer] of Object.entries(answers)) expect({ what, ...seen(answer) }).toEqual({ what, ...expected });
  });

  it('locks a username after five failures, known or not, from any address and in the other process too', async () => {
    const [first, second] = [freshAddress(), freshAddress()];
    const unknown = 'no-such-user-bob2';
    // Five wrong guesses for bob on A and, meanwhile, five for a name nobody has on B.
    const failures = await inTwoLanes(10, (node) => signIn(node.base, node === a ? 'bob' : unknown, wrongPassword, { address: first }));
    expect(failures.map((f) => f.status)).toEqual(Array(10).fill(401));

    const retryAfter = (answer: SignInAnswer) => Number(answer.headers['retry-after']);
    const locked = {
      bobOnB: await signIn(b.base, 'bob', wrongPassword, { address: second }),
      bobRightPasswordOnB: await signIn(b.base, 'bob', password, { address: second }),
      bobRightPasswordOnA: await signIn(a.base, 'bob', password, { address: freshAddress() }),
      unknownOnA: await signIn(a.base, unknown, wrongPassword, { address: second }),
      unknownUpperCaseOnB: await signIn(b.base, unknown.toUpperCase(), wrongPassword, { address: freshAddress() }),
    };
    for (const [what, answer] of Object.entries(locked)) {
      expect({ what, status: answer.status, cookie: answer.cookie }).toEqual({ what, status: 429, cookie: undefined });
      expect(retryAfter(answer), what).toBeGreaterThanOrEqual(1);
      expect(retryAfter(answer), what).toBeLessThanOrEqual(30);
      expect(JSON.parse(answer.text).error, what).toMatch(/^Too many failed sign-ins\. Try again in \d+ s\.$/);
    }
    // A 429 does not tell which names exist.
    const shape = (answer: SignInAnswer) => answer.text.replace(/\d+/g, 'N');
    expect(shape(locked.unknownOnA)).toBe(shape(locked.bobOnB));

    // Both processes logged the lock they set, as a warning.
    const lockLine = (node: EnclaveProcess, key: string) =>
      node.lines.find((l) => l.includes('"level":40') && l.includes('sign-in locked after repeated failures') && l.includes(`"key":"${key}"`));
    expect(lockLine(a, 'user:bob'), a.tail()).toBeDefined();
    expect(lockLine(b, `user:${unknown}`), b.tail()).toBeDefined();
  });

  it('lets no more than five guesses at a username through when they arrive all at once, on both processes', async () => {
    const target = 'no-such-user-burst';
    // Eight guesses at once, four on each process (within what each hashes or queues), each from its own address.
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => signIn((i % 2 ? a : b).base, target, `${wrongPassword}-${i}`, { address: freshAddress() })),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    // Each 401 is a guess that was checked; the limit is five a username, so the others must be told to wait.
    expect(statuses.filter((s) => s === 401).length, `statuses: ${statuses.join(' ')}`).toBeLessThanOrEqual(5);
    expect(statuses.every((s) => s === 401 || s === 429), `statuses: ${statuses.join(' ')}`).toBe(true);
  });

  it('locks a client address after twenty failures, whatever names it tries, in both processes', async () => {
    const address = freshAddress();
    const failures = await inTwoLanes(20, (node, i) => signIn(node.base, `stranger-${i}`, wrongPassword, { address }));
    expect(failures.map((f) => f.status)).toEqual(Array(20).fill(401));
    for (const node of [a, b]) {
      const locked = await signIn(node.base, 'carol', password, { address });
      expect({ node: node.label, status: locked.status, cookie: locked.cookie }).toEqual({ node: node.label, status: 429, cookie: undefined });
      expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    // The name is not locked: from another address carol signs in.
    expect((await signIn(b.base, 'carol', password, { address: freshAddress() })).status).toBe(200);
    expect(cluster.nodes.some((n) => n.lines.some((l) => l.includes('sign-in locked') && l.includes(`"key":"addr:${address}"`))), cluster.logs()).toBe(true);
  });

  it('signs out in every process: the cookie is cleared, refused everywhere, and its WebSocket closed', async () => {
    const cookie = await cookieOf('sam');
    // Both processes have verified (and may have cached) the cookie.
    for (const node of [a, b]) expect((await viewerByCookie(node, cookie)).status).toBe(200);
    const live = subscribeByCookie(a, cookie);
    await live.ready;

    const out = await signOut(b.base, cookie, { origin: b.base });
    expect(out.status).toBe(200);
    expect(setCookie(out.headers, signInCookieName)?.line).toBe('enclave_auth=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax');
    await refusedOn(b, { cookie });
    await refusedOn(a, { cookie });
    await live.done;
    expect(live.closeCodes).toEqual([4403]);
    const again = subscribeByCookie(a, cookie);
    await again.done;
    expect(again.closeCodes).toEqual([4403]);
  });

  it('refuses the cookie from another site: over HTTP, as text/plain or GET, on a WebSocket upgrade, at sign-in and sign-out', async () => {
    const cookie = await cookieOf('vic');
    const crossSite: Record<string, string>[] = [
      { origin: foreignOrigin },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: a.base.replace('127.0.0.1', 'localhost') },
    ];
    for (const headers of crossSite) {
      const { status, body } = await postWithCookie(a.url, Viewer, undefined, { cookie, headers });
      expect({ headers, status, code: codeOf(body), data: body.data }).toEqual({ headers, status: 403, code: 'FORBIDDEN', data: undefined });
    }

    // Apollo's CSRF prevention: a request a page of any site could send without a preflight does not run.
    const query = JSON.stringify({ query: String(Viewer) });
    const simple = [
      await send(a.url, { method: 'POST', headers: { 'content-type': 'text/plain', cookie, origin: a.base }, body: query }),
      await send(`${a.url}?query=${encodeURIComponent(String(Viewer))}`, { headers: { cookie } }),
    ];
    for (const answer of simple) {
      expect(answer.status, answer.text).toBe(400);
      expect(answer.text).not.toContain('"viewer"');
      expect(answer.text).toMatch(/Cross-Site Request Forgery/);
    }

    expect(await upgradeStatus(a.wsUrl, { cookie, origin: foreignOrigin })).toBe(403);
    expect(await upgradeStatus(b.wsUrl, { cookie, 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(await upgradeStatus(a.wsUrl, { cookie, origin: a.base })).toBe(101);
    // Without a cookie there is nothing to hijack: the connection must bring its own key.
    expect(await upgradeStatus(a.wsUrl, { origin: foreignOrigin })).toBe(101);

    // Login CSRF and forced sign-out.
    const foreignSignIn = await signIn(a.base, 'vic', password, { address: freshAddress(), origin: foreignOrigin });
    expect({ status: foreignSignIn.status, cookie: foreignSignIn.cookie }).toEqual({ status: 403, cookie: undefined });
    const foreignSignOut = await signOut(a.base, cookie, { origin: foreignOrigin });
    expect(foreignSignOut.status).toBe(403);
    expect(foreignSignOut.headers['set-cookie']).toBeUndefined();
    expect((await viewerByCookie(b, cookie)).status).toBe(200);

    // A cookie Enclave never issued.
    const forged = await viewerByCookie(a, `${signInCookieName}=encw_${'x'.repeat(43)}`);
    expect({ status: forged.status, code: codeOf(forged.body) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('stops a disabled user’s key and cookie at once, in both processes, and closes their WebSockets on the other process', async () => {
    const id = ids['dave']!;
    const key = (await createKey('dave')).token;
    const cookie = await cookieOf('dave');
    for (const node of [a, b]) {
      expect((await viewerByKey(node, key)).body.data?.viewer.owner).toBe('dave');
      expect((await viewerByCookie(node, cookie)).body.data?.viewer.owner).toBe('dave');
    }
    const [byKey, byCookie] = [subscribeByKey(b, key), subscribeByCookie(b, cookie)];
    await Promise.all([byKey.ready, byCookie.ready]);

    await a.data(UpdateUser, { id, input: { disabled: true } });
    await refusedOn(b, { key, cookie });
    await refusedOn(a, { key, cookie });
    await Promise.all([byKey.done, byCookie.done]);
    expect([byKey.closeCodes, byCookie.closeCodes]).toEqual([[4403], [4403]]);
    // New connections are refused as well.
    expect((await wsRequest(b.wsUrl, Viewer, undefined, { token: key })).closeCodes).toEqual([4403]);
    const byCookieAgain = subscribeByCookie(b, cookie);
    await byCookieAgain.done;
    expect(byCookieAgain.closeCodes).toEqual([4403]);
    const disabledSignIn = await signIn(b.base, 'dave', password, { address: freshAddress() });
    expect({ status: disabledSignIn.status, body: disabledSignIn.text }).toEqual({ status: 401, body: '{"error":"Wrong username or password."}' });

    // Enabled again: the key (never revoked) works again; the sign-in ended for good.
    await b.data(UpdateUser, { id, input: { disabled: false } });
    await until('A accepts the key again', async () => (await viewerByKey(a, key)).status === 200, promptly);
    expect((await viewerByCookie(a, cookie)).status).toBe(401);
  });

  it('ends every sign-in of a user whose password changes; the old password no longer works, the new one does', async () => {
    const id = ids['erin']!;
    const cookies = [await cookieOf('erin', password, a), await cookieOf('erin', password, b)];
    for (const node of [a, b]) for (const cookie of cookies) expect((await viewerByCookie(node, cookie)).status).toBe(200);
    const live = subscribeByCookie(a, cookies[1]!);
    await live.ready;

    const newPassword = 'meadow-copper-violet-5580';
    await b.data(UpdateUser, { id, input: { password: newPassword } });
    for (const node of [a, b]) for (const cookie of cookies) await refusedOn(node, { cookie });
    await live.done;
    expect(live.closeCodes).toEqual([4403]);
    expect((await signIn(a.base, 'erin', password, { address: freshAddress() })).status).toBe(401);
    expect((await viewerByCookie(b, await cookieOf('erin', newPassword, a))).body.data?.viewer.owner).toBe('erin');
  });

  it('deletes a user: their keys revoked, sign-ins and connections ended, the audit log still naming them', async () => {
    const id = ids['frank']!;
    const key = await createKey('frank');
    const cookie = await cookieOf('frank');
    // An audited mutation of frank's (refused: there is no such workspace).
    expect(codeOf(await a.gql(LaunchMissing, undefined, { token: key.token }))).toBe('NOT_FOUND');
    for (const node of [a, b]) expect((await viewerByKey(node, key.token)).status).toBe(200);
    const live = subscribeByKey(a, key.token);
    await live.ready;

    expect((await b.data(DeleteUser, { id })).deleteUser).toBe(id);
    await refusedOn(a, { key: key.token, cookie });
    await refusedOn(b, { key: key.token, cookie });
    await live.done;
    expect(live.closeCodes).toEqual([4403]);
    expect((await a.data(Users)).users.map((u) => u.username)).not.toContain('frank');
    const keys = (await a.data(ApiKeys)).apiKeys.filter((k) => k.owner === 'frank');
    expect(keys.map((k) => ({ id: k.id, revoked: k.revokedAt !== null }))).toEqual([{ id: key.id, revoked: true }]);
    const { entries } = (await b.data(AuditLog)).auditLog;
    expect(entries).toContainEqual({ actor: 'frank', operation: 'launchSession', target: '00000000-0000-4000-8000-000000000000', outcome: 'NOT_FOUND' });
    expect(entries).toContainEqual({ actor: 'admin', operation: 'deleteUser', target: id, outcome: 'OK' });

    // A new user of the same name is someone else: the old key and cookie do not come back to life.
    await createUser('frank');
    expect((await viewerByKey(b, key.token)).status).toBe(401);
    expect((await viewerByCookie(b, cookie)).status).toBe(401);
  });

  it('lets a key act with the lower of its role and its user’s: no ADMIN key for a USER, a demoted user’s ADMIN key acts as USER', async () => {
    await createUser('gina');
    const refused = await a.gql(CreateApiKey, { input: { name: 'gina-admin', role: 'ADMIN', owner: 'gina' } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');

    const id = ids['hank']!;
    const [adminKey, userKey] = [(await createKey('hank', 'ADMIN')).token, (await createKey('hank', 'USER')).token];
    const cookie = await cookieOf('hank');
    const roleOf = async (node: EnclaveProcess, credential: { key: string } | { cookie: string }) =>
      'key' in credential ? (await viewerByKey(node, credential.key)).body.data?.viewer.role : (await viewerByCookie(node, credential.cookie)).body.data?.viewer.role;
    for (const node of [a, b]) {
      expect(await roleOf(node, { key: adminKey })).toBe('ADMIN');
      expect(await roleOf(node, { key: userKey })).toBe('USER');
      expect(await roleOf(node, { cookie })).toBe('ADMIN');
      expect((await node.gql(Users, undefined, { token: adminKey })).errors).toBeUndefined();
    }

    await a.data(UpdateUser, { id, input: { role: 'USER' } });
    for (const node of [b, a]) {
      await until(`${node.label} to treat hank's ADMIN key as USER`, async () => (await roleOf(node, { key: adminKey })) === 'USER', promptly);
      expect(codeOf(await node.gql(Users, undefined, { token: adminKey }))).toBe('FORBIDDEN');
      expect(await roleOf(node, { cookie })).toBe('USER');
      expect(codeOf((await postWithCookie(node.url, Users, undefined, { cookie, origin: node.base })).body)).toBe('FORBIDDEN');
    }
  });

  it('closes the connections of a user whose groups change, or whose group does, so that they reconnect with what they now may use', async () => {
    const { createGroup } = await a.data(CreateGroup, { input: { name: 'ops' } });
    const id = await createUser('ivy', { groups: ['ops'] });
    const key = (await createKey('ivy')).token;
    const bystander = (await createKey('bystander')).token;

    const [ivys, theirs] = [subscribeByKey(b, key), subscribeByKey(b, bystander)];
    await Promise.all([ivys.ready, theirs.ready]);
    await a.data(UpdateGroup, { id: createGroup.id, input: { networks: ['z_ops'] } });
    await ivys.done;
    expect(ivys.closeCodes).toEqual([4403]);

    const again = subscribeByKey(b, key);
    await again.ready;
    await a.data(UpdateUser, { id, input: { groups: [] } });
    await again.done;
    expect(again.closeCodes).toEqual([4403]);
    expect((await viewerByKey(b, key)).body.data?.viewer.user).toEqual({ username: 'ivy', groups: [] });
    // Someone in neither group kept their connection.
    expect(theirs.closed).toBe(false);
  });
});

describe('the sign-in cookie when Enclave is served over https (ENCLAVE_PUBLIC_URL)', () => {
  const publicOrigin = 'https://enclave.example.test';
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('postgres', { ENCLAVE_PUBLIC_URL: publicOrigin });
    await server.data(CreateUser, { input: { username: 'tess', password } });
  }, 60_000);
  afterAll(() => server?.stop());

  it('is a __Host- cookie with Secure, which Enclave’s public origin may use and another site may not', async () => {
    const answer = await signIn(server.base, 'tess', password, { origin: publicOrigin });
    expect(answer.status, answer.text).toBe(200);
    const { line, pair } = setCookie(answer.headers, '__Host-enclave_auth')!;
    expect(line.split(';').slice(1).map((part) => part.trim()).sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Lax', 'Secure']);
    for (const [origin, status] of [[publicOrigin, 200], [undefined, 200], ['http://enclave.example.test', 403], [foreignOrigin, 403]] as const) {
      const response = await postWithCookie(server.url, Viewer, undefined, { cookie: pair, origin });
      expect({ origin, status: response.status, owner: response.body.data?.viewer.owner }).toEqual({ origin, status, owner: status === 200 ? 'tess' : undefined });
    }
    const out = await signOut(server.base, pair, { origin: publicOrigin });
    expect(setCookie(out.headers, '__Host-enclave_auth')?.line).toBe('__Host-enclave_auth=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure');
    expect((await postWithCookie(server.url, Viewer, undefined, { cookie: pair, origin: publicOrigin })).status).toBe(401);
  });
});
