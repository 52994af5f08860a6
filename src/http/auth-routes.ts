import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { signInCookie, type SignInCookie } from './cookies.js';
import { clientAddress, sameOrigin } from './origin.js';
import { readBody, sendJson } from './respond.js';

/** A password sign-in's outcome: unknown user, wrong password and disabled user are one `refused`. */
export type SignInOutcome =
  | { kind: 'signed-in'; token: string; username: string }
  | { kind: 'refused' }
  | { kind: 'too-many'; retryAfterSeconds: number }
  | { kind: 'busy'; retryAfterSeconds: number };

export interface AuthRoutesOptions {
  signIn(input: { username: string; password: string; address: string | undefined }): Promise<SignInOutcome>;
  signOut(token: string): Promise<void>;
  /** OpenID Connect, when configured. */
  oidc?: {
    name: string;
    start(): Promise<{ location: string; flowSecret: string }>;
    /** The sign-in token, or throws an error whose message the person may read (the flow failed). */
    finish(callback: URL, flowSecret: string | undefined, address: string | undefined): Promise<string>;
    isRefusal(error: unknown): boolean;
  };
  cookie: SignInCookie;
  publicUrl(): URL;
  secure: boolean;
  /** Reverse proxies whose X-Forwarded-For names the client (ENCLAVE_TRUSTED_PROXIES). */
  trustedProxies: readonly string[];
  log: Logger;
}

const refusedBody = { error: 'Wrong username or password.' };

/**
 * /auth/*: password sign-in and sign-out (JSON, from Enclave's own pages only), OpenID Connect's start and callback
 * (browser navigations), and which of them are on offer. Answers false for any other path.
 */
export function createAuthRoutes({ signIn, signOut, oidc, cookie, publicUrl, secure, trustedProxies, log }: AuthRoutesOptions) {
  const trusted = new Set(trustedProxies);
  // The flow cookie only travels to the callback; Lax, since the provider sends the browser back with a top-level GET.
  const flow = signInCookie({ secure, maxAgeSeconds: 600, name: secure ? '__Secure-enclave_oidc' : 'enclave_oidc' });
  const flowCookie = (value: string, maxAge: number) =>
    `${flow.name}=${value}; Max-Age=${maxAge}; Path=/auth/oidc; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  const address = (req: IncomingMessage) => clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);

  async function passwordSignIn(req: IncomingMessage, res: ServerResponse) {
    const body = await credentials(req);
    if (typeof body === 'string') return sendJson(res, 400, { error: body });
    const result = await signIn({ ...body, address: address(req) });
    if (result.kind === 'too-many' || result.kind === 'busy') {
      res.setHeader('retry-after', String(result.retryAfterSeconds));
      const why = result.kind === 'busy' ? 'Many sign-ins are under way.' : 'Too many failed sign-ins.';
      return sendJson(res, 429, { error: `${why} Try again in ${result.retryAfterSeconds} s.` });
    }
    if (result.kind === 'refused') return sendJson(res, 401, refusedBody);
    res.setHeader('set-cookie', cookie.set(result.token));
    return sendJson(res, 200, { username: result.username });
  }

  async function oidcCallback(req: IncomingMessage, res: ServerResponse, url: URL) {
    const secret = flow.read(req.headers.cookie);
    try {
      const token = await oidc!.finish(url, secret, address(req));
      res.writeHead(303, { location: '/launch', 'set-cookie': [flowCookie('', 0), cookie.set(token)], 'cache-control': 'no-store' });
      return res.end();
    } catch (error) {
      if (!oidc!.isRefusal(error)) throw error;
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'set-cookie': flowCookie('', 0), 'cache-control': 'no-store' });
      return res.end(`Sign-in failed: ${(error as Error).message}\nStart again from ${new URL('/launch', publicUrl()).href}\n`);
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const route = `${req.method} ${url.pathname}`;
    res.setHeader('cache-control', 'no-store');
    switch (route) {
      case 'GET /auth/methods':
        sendJson(res, 200, { password: true, oidc: oidc ? { name: oidc.name } : null });
        return true;
      case 'POST /auth/sign-in':
      case 'POST /auth/sign-out':
        // Login CSRF (signing a victim in as the attacker) and forced sign-out: only Enclave's own pages may ask.
        if (!sameOrigin(req.headers, publicUrl())) {
          sendJson(res, 403, { error: "Sign in from Enclave's own page." });
          return true;
        }
        if (route === 'POST /auth/sign-in') await passwordSignIn(req, res);
        else {
          const token = cookie.read(req.headers.cookie);
          if (token) await signOut(token);
          res.setHeader('set-cookie', cookie.clear());
          sendJson(res, 200, { signedOut: true });
        }
        return true;
      case 'GET /auth/oidc/start':
      case 'GET /auth/oidc/callback':
        if (!oidc) {
          sendJson(res, 404, { error: 'OpenID Connect sign-in is not configured (ENCLAVE_OIDC_ISSUER).' });
          return true;
        }
        if (route === 'GET /auth/oidc/callback') await oidcCallback(req, res, url);
        else {
          const { location, flowSecret } = await oidc.start();
          res.writeHead(302, { location, 'set-cookie': flowCookie(flowSecret, 600) });
          res.end();
        }
        return true;
      default:
        log.debug({ route }, 'no such auth route');
        return false;
    }
  };
}

/** `{"username","password"}` as JSON, or what is wrong with the request. */
async function credentials(req: IncomingMessage): Promise<{ username: string; password: string } | string> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return 'Send {"username","password"} as application/json.';
  const text = await readBody(req);
  if (text === undefined || text.length > 16_384) return 'The request body is too large.';
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'The request body is not valid JSON.';
  }
  const { username, password } = (body ?? {}) as Record<string, unknown>;
  if (typeof username !== 'string' || typeof password !== 'string') return 'Send {"username","password"}, both strings.';
  return { username, password };
}
