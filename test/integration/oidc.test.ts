// OpenID Connect sign-in against a real provider (oidc-provider on loopback), played as a browser plays it: GET
// /auth/oidc/start, the provider's login and consent, the callback with the flow cookie, then the API with the sign-in
// cookie. What must be refused is refused with a 400 of Enclave's own and no sign-in: a tampered state, a replayed code,
// an expired ID token, a callback without the flow cookie, a disabled user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { CreateGroup, CreateUser, UpdateUser } from '../harness/operations.js';
import { startOidcProvider, type TestOidcProvider } from '../harness/oidc-provider.js';
import { freePort } from '../harness/process.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { postWithCookie, signInCookieName } from '../harness/signed-in.js';

const flowCookieName = 'enclave_oidc';

const Viewer = graphql(`query OidcViewer { viewer { owner role user { id username displayName hasPassword groups { name } } } }`);
const Users = graphql(`query OidcUsers { users { id username } }`);
const Groups = graphql(`query OidcGroups { groups { name } }`);

interface Answer {
  status: number;
  location: string | null;
  setCookies: string[];
  contentType: string | null;
  text: string;
}

async function get(url: string, cookie?: string): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  return {
    status: response.status,
    location: response.headers.get('location'),
    setCookies: response.headers.getSetCookie(),
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  };
}

/** The Set-Cookie line of that name, as its `name=value` pair and its attributes, sorted. */
function cookieLine(answer: Answer, name: string): { pair: string; attributes: string[] } | undefined {
  const line = answer.setCookies.find((l) => l.startsWith(`${name}=`));
  if (!line) return undefined;
  const [pair, ...attributes] = line.split(';').map((part) => part.trim());
  return { pair: pair!, attributes: attributes.sort() };
}

/** The sign-in cookie an answer set (with a value), if any. */
const signInCookieOf = (answer: Answer) => {
  const pair = cookieLine(answer, signInCookieName)?.pair;
  return pair && pair !== `${signInCookieName}=` ? pair : undefined;
};

describe('OpenID Connect sign-in against a real provider (postgres)', () => {
  let provider: TestOidcProvider;
  let server: TestServer;

  beforeAll(async () => {
    // The provider must know the callback before Enclave starts, so Enclave's port is chosen first.
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider({ redirectUris: [`${publicUrl}/auth/oidc/callback`] });
    server = await startTestServer('postgres', {
      PORT: String(port),
      ENCLAVE_PUBLIC_URL: publicUrl,
      ENCLAVE_OIDC_ISSUER: provider.issuer,
      ENCLAVE_OIDC_CLIENT_ID: provider.clientId,
      ENCLAVE_OIDC_CLIENT_SECRET: provider.clientSecret,
    });
    for (const name of ['devs', 'ops', 'qa']) await server.data(CreateGroup, { input: { name } });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await provider?.close();
  });

  /** GET /auth/oidc/start as a browser: where it is sent, and the flow cookie to bring back. */
  async function start() {
    const answer = await get(`${server.base}/auth/oidc/start`);
    expect(answer.status, answer.text).toBe(302);
    const flow = cookieLine(answer, flowCookieName);
    if (!answer.location || !flow) throw new Error(`no redirect or no flow cookie: ${JSON.stringify(answer)}`);
    return { location: answer.location, cookie: flow.pair, flow };
  }

  /** The whole flow as `sub`: the callback's answer, and the callback URL the provider sent the browser to. */
  async function signInAs(sub: string) {
    const flow = await start();
    const callbackUrl = await provider.authorize(flow.location, sub);
    return { answer: await get(callbackUrl, flow.cookie), callbackUrl, flow };
  }

  /** Signs in as `sub` and returns the sign-in cookie, failing the test otherwise. */
  async function cookieOf(sub: string): Promise<string> {
    const { answer } = await signInAs(sub);
    const cookie = signInCookieOf(answer);
    if (answer.status !== 303 || !cookie) throw new Error(`OIDC sign-in of ${sub} failed: ${answer.status} ${answer.text}`);
    return cookie;
  }

  async function viewerOf(cookie: string) {
    const { status, body } = await postWithCookie(server.url, Viewer, undefined, { cookie, origin: server.base });
    expect(status, JSON.stringify(body)).toBe(200);
    return body.data!.viewer;
  }

  const groupNames = (viewer: { user: { groups: { name: string }[] } | null }) => viewer.user!.groups.map((g) => g.name).sort();
  const usernames = async () => (await server.data(Users)).users.map((u) => u.username);

  /** A refusal: Enclave's own 400 saying why, the flow cookie cleared, no sign-in cookie. */
  function expectRefused(answer: Answer, reason: RegExp) {
    expect({ status: answer.status, contentType: answer.contentType }).toEqual({ status: 400, contentType: 'text/plain; charset=utf-8' });
    expect(answer.text).toMatch(/^Sign-in failed: /);
    expect(answer.text).toMatch(reason);
    expect(signInCookieOf(answer)).toBeUndefined();
    expect(cookieLine(answer, flowCookieName)?.pair).toBe(`${flowCookieName}=`);
  }

  it('signs a newcomer in: to the provider with PKCE, state and nonce, to the launcher with the cookie, made with the claim’s existing groups', async () => {
    provider.setUser({
      sub: 'u-alice',
      preferred_username: 'alice',
      name: 'Alice Liddell',
      email: 'alice@example.test',
      groups: ['ops', 'devs', 'not-in-enclave'],
    });
    const flow = await start();
    const authorization = new URL(flow.location);
    expect(`${authorization.origin}${authorization.pathname}`).toBe(`${provider.issuer}/auth`);
    const params = Object.fromEntries(authorization.searchParams);
    expect(params).toMatchObject({
      response_type: 'code',
      client_id: provider.clientId,
      redirect_uri: `${server.base}/auth/oidc/callback`,
      scope: 'openid profile email groups',
      code_challenge_method: 'S256',
    });
    for (const random of ['state', 'nonce', 'code_challenge']) expect(params[random], random).toMatch(/^[\w-]{22,}$/);
    expect(flow.flow.attributes).toEqual(['HttpOnly', 'Max-Age=600', 'Path=/auth/oidc', 'SameSite=Lax']);

    const answer = await get(await provider.authorize(flow.location, 'u-alice'), flow.cookie);
    expect({ status: answer.status, location: answer.location }, answer.text).toEqual({ status: 303, location: '/launch' });
    expect(cookieLine(answer, flowCookieName)?.pair).toBe(`${flowCookieName}=`);
    expect(cookieLine(answer, signInCookieName)?.attributes).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Lax']);

    const viewer = await viewerOf(signInCookieOf(answer)!);
    expect(viewer).toMatchObject({ owner: 'alice', role: 'USER', user: { username: 'alice', displayName: 'Alice Liddell', hasPassword: false } });
    expect(groupNames(viewer)).toEqual(['devs', 'ops']);
    // A group the provider names but Enclave has not is not made.
    expect((await server.data(Groups)).groups.map((g) => g.name).sort()).toEqual(['devs', 'ops', 'qa']);

    // The next sign-in finds the same user.
    expect((await viewerOf(await cookieOf('u-alice'))).user!.id).toBe(viewer.user!.id);
    expect((await usernames()).filter((u) => u === 'alice')).toHaveLength(1);
  });

  it('names a newcomer by preferred_username, else email, else subject, and never after a user who already has the name', async () => {
    provider.setUser({ sub: 'u-bob', email: 'bob@example.test' });
    provider.setUser({ sub: 'u-carol-7' });
    await server.data(CreateUser, { input: { username: 'dave' } });
    provider.setUser({ sub: 'u-dave', preferred_username: 'dave' });
    expect((await viewerOf(await cookieOf('u-bob'))).owner).toBe('bob@example.test');
    expect((await viewerOf(await cookieOf('u-carol-7'))).owner).toBe('u-carol-7');
    const newcomer = (await viewerOf(await cookieOf('u-dave'))).owner;
    expect(newcomer).toMatch(/^dave-[0-9a-f]{6}$/);
    expect(await usernames()).toEqual(expect.arrayContaining(['dave', newcomer]));
  });

  it('follows the provider’s groups at every sign-in: added ones joined, removed ones left', async () => {
    provider.setUser({ sub: 'u-erin', preferred_username: 'erin', groups: ['devs'] });
    const first = await cookieOf('u-erin');
    expect(groupNames(await viewerOf(first))).toEqual(['devs']);

    provider.setUser({ sub: 'u-erin', preferred_username: 'erin', groups: ['ops', 'qa'] });
    expect(groupNames(await viewerOf(await cookieOf('u-erin')))).toEqual(['ops', 'qa']);
    // Memberships are the user's: the earlier sign-in sees them too.
    expect(groupNames(await viewerOf(first))).toEqual(['ops', 'qa']);

    provider.setUser({ sub: 'u-erin', preferred_username: 'erin' });
    expect(groupNames(await viewerOf(await cookieOf('u-erin')))).toEqual([]);
  });

  it('refuses a callback whose state was tampered with, and the flow is then used up', async () => {
    provider.setUser({ sub: 'u-frank', preferred_username: 'frank' });
    const flow = await start();
    const callbackUrl = new URL(await provider.authorize(flow.location, 'u-frank'));
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('state', `${callbackUrl.searchParams.get('state')}x`);
    expectRefused(await get(tampered.href, flow.cookie), /refused: invalid response encountered: unexpected "state"/);
    expectRefused(await get(callbackUrl.href, flow.cookie), /already used or has expired/);
    expect(await usernames()).not.toContain('frank');
  });

  it('refuses a replayed authorization code, with the flow cookie it came with or with a new flow’s', async () => {
    provider.setUser({ sub: 'u-gina', preferred_username: 'gina' });
    const { answer, callbackUrl, flow } = await signInAs('u-gina');
    expect(answer.status).toBe(303);
    expectRefused(await get(callbackUrl, flow.cookie), /already used or has expired/);

    // The same callback with another flow's cookie: its state is not that flow's.
    const other = await start();
    expectRefused(await get(callbackUrl, other.cookie), /refused: invalid response encountered: unexpected "state"/);
    // The used code under a new flow's state: the state matches, and the provider refuses the code.
    const next = await start();
    const replay = new URL(callbackUrl);
    replay.searchParams.set('state', new URL(next.location).searchParams.get('state')!);
    expectRefused(await get(replay.href, next.cookie), /refused: invalid_grant/);
  });

  it('refuses an expired ID token', async () => {
    provider.setUser({ sub: 'u-hank', preferred_username: 'hank' });
    provider.expireIdTokens(true);
    try {
      expectRefused((await signInAs('u-hank')).answer, /refused: JWT timestamp claim value failed validation: unexpected JWT "exp"/);
    } finally {
      provider.expireIdTokens(false);
    }
    expect(await usernames()).not.toContain('hank');
    expect((await viewerOf(await cookieOf('u-hank'))).owner).toBe('hank');
  });

  it('refuses a callback that comes without the flow cookie (a flow this browser did not start)', async () => {
    provider.setUser({ sub: 'u-ivy', preferred_username: 'ivy' });
    const flow = await start();
    const callbackUrl = await provider.authorize(flow.location, 'u-ivy');
    const answer = await get(callbackUrl);
    expectRefused(answer, /not started in this browser/);
    expect(await usernames()).not.toContain('ivy');
  });

  it('refuses a disabled user, and ends their earlier sign-in', async () => {
    provider.setUser({ sub: 'u-jo', preferred_username: 'jo' });
    const earlier = await cookieOf('u-jo');
    const { id } = (await viewerOf(earlier)).user!;
    await server.data(UpdateUser, { id, input: { disabled: true } });
    expectRefused((await signInAs('u-jo')).answer, /This user is disabled/);
    const { status } = await postWithCookie(server.url, Viewer, undefined, { cookie: earlier, origin: server.base });
    expect(status).toBe(401);
  });
});
