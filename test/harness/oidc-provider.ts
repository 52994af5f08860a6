// A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1, for tests of Enclave's OIDC sign-in.
// Using the real thing rather than a hand-rolled fake means Enclave's relying-party code (openid-client) is tested
// against genuine discovery, PKCE, state/nonce, code replay and ID-token signing behaviour.
//
// What Enclave must do to sign in against it:
// - request the scopes `openid profile email groups` (`groups` is what puts the groups claim in the ID token);
// - use PKCE S256, state and nonce, response type `code`;
// - authenticate at the token endpoint with `client_secret_basic` (openid-client v6: pass
//   `ClientSecretBasic(secret)` to `discovery`; a bare secret string makes it use client_secret_post), unless the
//   provider was started with `tokenEndpointAuthMethod: 'client_secret_post'`;
// - pass `allowInsecureRequests` to openid-client, as the issuer is plain http on loopback.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestOidcUser {
  sub: string;
  preferred_username?: string;
  email?: string;
  /** Defaults to true when `email` is set. */
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

export interface TestOidcProvider {
  /** http://127.0.0.1:<port> */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Adds or replaces an account. Claims are read when tokens are issued, so changes apply to the next sign-in. */
  setUser(user: TestOidcUser): void;
  /**
   * Drives the provider's login and consent pages as a browser would (plain fetch, manual redirects, a cookie jar),
   * starting from the authorization URL Enclave redirected to; signs in as `sub` and returns the redirect_uri callback
   * URL (with code & state, or error) the provider sent the browser to. Every call is a fresh browser (no session).
   */
  authorize(authorizationUrl: string, sub: string): Promise<string>;
  /** While on, ID tokens issued by the token endpoint are already expired (exp an hour in the past, validly signed). */
  expireIdTokens(on: boolean): void;
  close(): Promise<void>;
}

export interface StartOidcProviderOptions {
  redirectUris: string[];
  /** Name of the ID-token claim carrying the user's groups (granted by the `groups` scope). @default 'groups' */
  groupsClaim?: string;
  /** @default 'client_secret_basic' */
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post';
}

/** The parts of oidc-provider (which ships no types) and of its Koa context that this harness touches. */
interface ProviderContext {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  status: number;
  body: unknown;
}
type Middleware = (ctx: ProviderContext, next: () => Promise<void>) => Promise<void>;
interface OidcProviderInstance {
  callback(): http.RequestListener;
  use(middleware: Middleware): void;
  on(event: 'server_error', listener: (ctx: unknown, error: Error) => void): void;
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => OidcProviderInstance;

/** oidc-provider's start-up notices that are expected here (Node 20, dev interactions) and only clutter test output. */
const expectedNotices = [/Unsupported runtime/, /devInteractions is enabled/, /in-memory adapter is used/];

/** Imported by a non-literal specifier because the package has no type declarations (TS7016 otherwise). */
async function loadProvider(): Promise<ProviderConstructor> {
  const specifier = 'oidc-provider';
  const module = (await quietly(() => import(specifier))) as { default: ProviderConstructor };
  return module.default;
}

/** Runs `fn` with oidc-provider's expected notices filtered out of console.warn. */
async function quietly<T>(fn: () => T | Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!expectedNotices.some((re) => re.test(String(args[0])))) warn(...args);
  };
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}

/** The claims an account offers; the provider keeps those the granted scopes allow. */
function accountClaims(user: TestOidcUser, groupsClaim: string): Record<string, unknown> {
  const claims: Record<string, unknown> = { sub: user.sub };
  if (user.preferred_username !== undefined) claims.preferred_username = user.preferred_username;
  if (user.name !== undefined) claims.name = user.name;
  if (user.email !== undefined) {
    claims.email = user.email;
    claims.email_verified = user.email_verified ?? true;
  }
  if (user.groups !== undefined) claims[groupsClaim] = [...user.groups];
  return claims;
}

/** Signs `payload` as an RS256 JWS with `header`, the same way the provider does, so clients accept the result. */
function signRs256(header: Record<string, unknown>, payload: Record<string, unknown>, key: crypto.KeyObject): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const input = `${encode(header)}.${encode(payload)}`;
  return `${input}.${crypto.sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** Rewrites an ID token so it expired an hour ago; every other claim (nonce, at_hash, …) is kept. */
function expireIdToken(idToken: string, key: crypto.KeyObject): string {
  const [header, payload] = idToken
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
  const now = Math.floor(Date.now() / 1000);
  return signRs256(header!, { ...payload!, iat: now - 7200, exp: now - 3600 }, key);
}

/**
 * oidc-provider only accepts positive ID-token lifetimes and computes exp itself, so expiry is done after the fact:
 * Koa middleware re-signs the token response's id_token with the provider's own key (we generated it, see
 * startOidcProvider), leaving a token that is correctly signed but expired — exactly what a client must reject.
 */
function expiringMiddleware(isOn: () => boolean, key: crypto.KeyObject): Middleware {
  return async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (isOn() && ctx.path === '/token' && typeof body?.id_token === 'string') {
      ctx.body = { ...body, id_token: expireIdToken(body.id_token, key) };
    }
  };
}

/**
 * oidc-provider accepts client_secret_post and client_secret_basic interchangeably for a secret-based client; this
 * holds the client to its registered method, so a test can tell which one Enclave actually uses.
 */
function authMethodMiddleware(method: 'client_secret_basic' | 'client_secret_post'): Middleware {
  return async (ctx, next) => {
    const basic = /^basic /i.test(ctx.headers.authorization ?? '');
    if (ctx.method === 'POST' && ctx.path === '/token' && basic !== (method === 'client_secret_basic')) {
      ctx.status = 401;
      ctx.body = { error: 'invalid_client', error_description: `the client is registered for ${method}` };
      return;
    }
    await next();
  };
}

/** A loopback HTTP server whose handler is set later: the provider needs the port (in its issuer) to be built. */
async function listenOnLoopback(): Promise<{ server: http.Server; port: number; handle(listener: http.RequestListener): void }> {
  let listener: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => listener(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port, handle: (l) => (listener = l) };
}

/** Cookies by name, as a browser would keep them for one host; paths are ignored (the provider's names are unique). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      // Koa clears a cookie by setting it empty with an expiry in 1970.
      const expires = attributes.map((a) => /^\s*expires=(.*)$/i.exec(a)?.[1]).find(Boolean);
      if (value === '' || (expires && Date.parse(expires) <= Date.now())) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** The form fields a user fills in on the provider's dev login page ("any login", any password) or consent page. */
function formFields(html: string, sub: string): URLSearchParams {
  const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
  if (prompt === 'login') return new URLSearchParams({ prompt, login: sub, password: 'test' });
  if (prompt === 'consent') return new URLSearchParams({ prompt });
  throw new Error(`oidc-provider rendered a page without a login or consent form:\n${html.slice(0, 2000)}`);
}

function isRedirectUri(url: URL, redirectUris: string[]): boolean {
  return redirectUris.map((uri) => new URL(uri)).some((uri) => url.origin === uri.origin && url.pathname === uri.pathname);
}

/** Follows redirects and submits forms until the provider sends the browser to one of `redirectUris`. */
async function driveAuthorization(authorizationUrl: string, sub: string, redirectUris: string[]): Promise<string> {
  const jar = new CookieJar();
  let request: { url: URL; body?: URLSearchParams } = { url: new URL(authorizationUrl) };
  for (let step = 0; step < 20; step++) {
    const response = await fetch(request.url, {
      method: request.body ? 'POST' : 'GET',
      body: request.body,
      redirect: 'manual',
      headers: { cookie: jar.header() },
    });
    jar.store(response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      const next = new URL(location, request.url);
      if (isRedirectUri(next, redirectUris)) return next.href;
      request = { url: next };
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`oidc-provider answered ${response.status} for ${request.url}:\n${html.slice(0, 2000)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1] ?? request.url.href;
    request = { url: new URL(action.replace(/&amp;/g, '&'), request.url), body: formFields(html, sub) };
  }
  throw new Error(`authorization from ${authorizationUrl} did not reach a redirect URI within 20 steps`);
}

/** oidc-provider configuration: one confidential code+PKCE client, scope-based claims that land in the ID token. */
function configuration(
  options: Required<StartOidcProviderOptions> & { clientId: string; clientSecret: string; jwk: crypto.JsonWebKey },
  users: Map<string, TestOidcUser>,
): Record<string, unknown> {
  return {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: options.tokenEndpointAuthMethod,
      },
    ],
    jwks: { keys: [options.jwk] },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    scopes: ['openid', 'profile', 'email', 'groups'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
      groups: [options.groupsClaim],
    },
    // By default scope-requested claims go to userinfo only when an access token is issued; Enclave reads the ID token.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, Grant: 3600, IdToken: 3600, Interaction: 600, Session: 3600 },
    async findAccount(_ctx: unknown, sub: string) {
      const user = users.get(sub);
      if (!user) return undefined;
      return { accountId: sub, claims: async () => accountClaims(user, options.groupsClaim) };
    },
  };
}

export async function startOidcProvider(options: StartOidcProviderOptions): Promise<TestOidcProvider> {
  const Provider = await loadProvider();
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'enclave-test', alg: 'RS256', use: 'sig' };
  const clientId = 'enclave';
  const clientSecret = crypto.randomBytes(24).toString('base64url');
  const users = new Map<string, TestOidcUser>();
  let expired = false;
  const { server, port, handle } = await listenOnLoopback();
  const issuer = `http://127.0.0.1:${port}`;
  const settings: Required<StartOidcProviderOptions> = {
    redirectUris: options.redirectUris,
    groupsClaim: options.groupsClaim ?? 'groups',
    tokenEndpointAuthMethod: options.tokenEndpointAuthMethod ?? 'client_secret_basic',
  };
  const provider = await quietly(() => new Provider(issuer, configuration({ ...settings, clientId, clientSecret, jwk }, users)));
  provider.on('server_error', (_ctx, error) => console.error('oidc-provider server_error', error));
  provider.use(authMethodMiddleware(settings.tokenEndpointAuthMethod));
  provider.use(expiringMiddleware(() => expired, privateKey));
  handle(provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    setUser: (user) => users.set(user.sub, { ...user, groups: user.groups && [...user.groups] }),
    async authorize(authorizationUrl, sub) {
      if (!users.has(sub)) throw new Error(`no test OIDC user ${sub}; call setUser first`);
      return driveAuthorization(authorizationUrl, sub, options.redirectUris);
    },
    expireIdTokens: (on) => (expired = on),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
