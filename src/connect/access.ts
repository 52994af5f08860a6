import type { Logger } from 'pino';
import type { SessionGrantRow, SessionRow } from '../db/schema.js';
import type { EventBus } from '../events/bus.js';
import { generateToken, hashToken } from '../secrets.js';
import { cookieValues } from '../http/cookies.js';
import { accessState } from './access-state.js';
import type { GrantsRepository } from './grants.repository.js';

/** The query parameter of a connect URL that carries its token. */
export const tokenParameter = 'enclave_token';
/** How long a connect URL works, and a cookie (it is checked against the session and the key on every request). */
const tokenMs = 60_000;
const cookieMs = 12 * 60 * 60_000;

export type RefusalReason = 'no-cookie' | 'bad-cookie' | 'bad-token' | 'other-session' | 'not-running' | 'key-revoked' | 'no-session';

export type Admission =
  | { kind: 'refused'; status: 401 | 403 | 404 | 409 | 410; reason: RefusalReason; message: string }
  /** A connect token, exchanged for a cookie: answer with it and send the browser on to `location`. */
  | { kind: 'exchanged'; setCookie: string; location: string }
  /** Let it through to the session; `cookieName` is Enclave's own cookie, which the service must not see. */
  | { kind: 'admitted'; cookieName: string };

export interface SessionAccessDeps {
  grants: GrantsRepository;
  /** The session of an id, read from the database (whoever owns it). */
  sessionById(id: string): Promise<SessionRow | undefined>;
  /**
   * Whether whoever a grant was issued to may still reach its session: the key or sign-in they used is valid, their
   * user enabled, and their groups still let them reach the session's workspace and network.
   */
  actorMay(grant: Actor, session: SessionRow): Promise<boolean>;
  events: EventBus;
  /** Whether cookies need `Secure` (Enclave is reached over https). */
  secure: boolean;
  log: Logger;
}

export type SessionAccess = ReturnType<typeof createSessionAccess>;

/** Whom a grant was issued to, and through which credential (neither: the bootstrap admin token). */
export type Actor = Pick<SessionGrantRow, 'actor' | 'actorKeyId' | 'actorSignInId'>;
export type HeldGrant = Actor & Pick<SessionGrantRow, 'sessionId' | 'expiresAt'>;

/**
 * Who may reach a session's service, decided for every request and WebSocket upgrade on its host: the bearer of a
 * cookie that a connect token (single use, a minute) was exchanged for, while the session is RUNNING and the key that
 * asked for the token is valid. What was read from the database is kept briefly; events end it at once, and
 * `onRevoked` listeners hear of every session whose open connections must close.
 */
export function createSessionAccess({ grants, sessionById, actorMay, events, secure, log }: SessionAccessDeps) {
  // A __Host- cookie is host-only and Path=/ by the browser's own rule, but needs Secure: only over https.
  const cookieName = secure ? '__Host-enclave' : 'enclave_session';
  const cookieAttributes = `Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  const cookies = new Map<string, HeldGrant>();
  const revoked = new Set<(sessionId: string) => void>();
  const announce = (sessionId: string) => revoked.forEach((listener) => listener(sessionId));

  const { running, active, close } = accessState({ sessionById, actorMay, events, log }, cookies, announce);

  /** The cookie grants among the `enclave` cookies sent (a session's page may have tossed in cookies of its own). */
  async function grantsOf(values: string[]) {
    const hashes = values.map(hashToken);
    const missing = hashes.filter((h) => !cookies.has(h));
    for (const grant of await grants.liveCookies(missing)) cookies.set(grant.secretHash, grant);
    if (cookies.size > 100_000) cookies.clear(); // a flood of made-up cookies must not grow memory without bound
    return hashes.flatMap((h) => cookies.get(h) ?? []).filter((g) => g.expiresAt.getTime() > Date.now());
  }

  const stateOf = (sessionId: string, actor: Actor) => grantState({ running, active }, sessionId, actor);

  return {
    cookieName,

    /** A connect token for `session`, for `actor` (and the key it used): its secret and when it stops working. */
    async issue(session: Pick<SessionRow, 'id'>, actor: { owner: string; keyId: string | null; signInId: string | null }) {
      const token = generateToken('encs');
      const expiresAt = new Date(Date.now() + tokenMs);
      const { owner, keyId: actorKeyId, signInId: actorSignInId } = actor;
      await grants.insert({ sessionId: session.id, kind: 'token', secretHash: hashToken(token), actor: owner, actorKeyId, actorSignInId, expiresAt });
      return { token, expiresAt };
    },

    /** Decides one request (or upgrade) to the session's host: `url` as the browser sent it, `cookieHeader` raw. */
    async admit(sessionId: string, url: URL, cookieHeader: string | undefined): Promise<Admission> {
      const token = url.searchParams.get(tokenParameter);
      if (token !== null) return exchange(sessionId, url, token);
      const values = cookieValues(cookieHeader, cookieName);
      if (values.length === 0) return refused(401, 'no-cookie', 'Open this session from the Enclave launcher (connectSession).');
      const held = await grantsOf(values);
      const grant = held.find((g) => g.sessionId === sessionId);
      if (!grant)
        return held.length > 0
          ? refused(403, 'other-session', "This cookie is another session's. Open this session from the Enclave launcher.")
          : refused(403, 'bad-cookie', 'This cookie has expired or is not valid. Open the session again from the Enclave launcher.');
      return (await stateOf(sessionId, grant)) ?? { kind: 'admitted', cookieName };
    },

    /** `listener` hears of each session whose open connections must close (it ended, or a key that opened it was revoked). */
    onRevoked(listener: (sessionId: string) => void): () => void {
      revoked.add(listener);
      return () => revoked.delete(listener);
    },

    close,
  };

  async function exchange(sessionId: string, url: URL, token: string): Promise<Admission> {
    const grant = await grants.consumeToken(hashToken(token));
    if (!grant) return refused(403, 'bad-token', 'This link was used already or has expired. Open the session again from the Enclave launcher.');
    if (grant.sessionId !== sessionId) return refused(403, 'other-session', "This link is another session's.");
    const refusal = await stateOf(sessionId, grant);
    if (refusal) return refusal;
    const secret = generateToken('encc');
    const expiresAt = new Date(Date.now() + cookieMs);
    const { actor, actorKeyId, actorSignInId } = grant;
    await grants.insert({ sessionId, kind: 'cookie', secretHash: hashToken(secret), actor, actorKeyId, actorSignInId, expiresAt });
    const next = new URL(url);
    next.searchParams.delete(tokenParameter);
    return { kind: 'exchanged', setCookie: `${cookieName}=${secret}; ${cookieAttributes}`, location: `${next.pathname}${next.search}` };
  }
}

const refused = (status: 401 | 403 | 404 | 409 | 410, reason: RefusalReason, message: string): Admission => ({ kind: 'refused', status, reason, message });

/** The session's state as seen by a request that holds a valid grant for it. */
async function grantState(
  { running, active }: Pick<ReturnType<typeof accessState>, 'running' | 'active'>,
  sessionId: string,
  actor: Actor,
): Promise<Admission | undefined> {
  const status = await running(sessionId);
  if (!status) return refused(404, 'no-session', 'There is no such session.');
  if (status !== 'RUNNING')
    return ['STOPPING', 'STOPPED', 'FAILED'].includes(status)
      ? refused(410, 'not-running', `This session has ended (${status}).`)
      : status === 'PAUSED' || status === 'SUSPENDED'
        ? refused(409, 'not-running', `This session is ${status}. Resume it from the launcher, then open it again.`)
        : refused(409, 'not-running', `This session is not running yet (${status}). Open it again from the launcher.`);
  if (!(await active(actor, sessionId)))
    return refused(403, 'key-revoked', 'The key or sign-in this session was opened with no longer stands, or your groups no longer reach it. Open it again.');
  return undefined;
}
