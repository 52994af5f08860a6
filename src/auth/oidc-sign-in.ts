import { createHash } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { oidcFlows, type UserRow } from '../db/schema.js';
import type { EventBus } from '../events/bus.js';
import { generateToken, hashToken } from '../secrets.js';
import type { AuthService } from './auth.service.js';
import type { UsersRepository } from './users.repository.js';
import { validUsername } from './users.service.js';

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The claim that lists the user's groups. */
  groupsClaim: string;
  scopes: string;
  /** What the sign-in button says ("Sign in with <name>"). */
  name: string;
}

export interface OidcSignInDeps {
  settings: OidcSettings;
  db: Db;
  users: UsersRepository;
  auth: Pick<AuthService, 'startSignIn'>;
  events: Pick<EventBus, 'publish'>;
  /** Where browsers reach Enclave: the callback is `<public URL>/auth/oidc/callback`. */
  publicUrl(): URL;
  log: Logger;
}

/** How long a browser has from "Sign in with …" to coming back. */
const flowMs = 10 * 60_000;

export type OidcSignIn = ReturnType<typeof createOidcSignIn>;

export class OidcSignInError extends Error {
  override readonly name = 'OidcSignInError';
}

/**
 * OpenID Connect sign-in, the authorization-code flow with PKCE, state and nonce (openid-client does the protocol and
 * its checks). What the callback must match is kept in Postgres under the hash of an HttpOnly cookie of the browser
 * that started, for ten minutes and once, so that any process can finish a flow another began.
 */
export function createOidcSignIn({ settings, db, users, auth, events, publicUrl, log }: OidcSignInDeps) {
  let configuration: Promise<oidc.Configuration> | undefined;
  const insecure = settings.issuer.protocol === 'http:' && isLoopback(settings.issuer.hostname);

  /** The provider's metadata, read once (and again after a failure). */
  function provider(): Promise<oidc.Configuration> {
    configuration ??= oidc
      .discovery(settings.issuer, settings.clientId, undefined, oidc.ClientSecretBasic(settings.clientSecret), insecure ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  }

  const redirectUri = () => new URL('/auth/oidc/callback', publicUrl()).href;

  return {
    name: settings.name,

    /** Where to send the browser, and the flow cookie's value that the callback needs back. */
    async start(): Promise<{ location: string; flowSecret: string }> {
      const config = await provider();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const flowSecret = generateToken('enco');
      await db.insert(oidcFlows).values({ secretHash: hashToken(flowSecret), state, nonce, codeVerifier, expiresAt: new Date(Date.now() + flowMs) });
      const location = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri(),
        scope: settings.scopes,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { location: location.href, flowSecret };
    },

    /** Finishes the flow the browser's cookie names: the sign-in cookie's token, or an OidcSignInError saying why not. */
    async finish(callback: URL, flowSecret: string | undefined, address: string | undefined): Promise<string> {
      if (!flowSecret) throw new OidcSignInError('This sign-in was not started in this browser (or took over ten minutes).');
      const [flow] = await db
        .delete(oidcFlows)
        .where(and(eq(oidcFlows.secretHash, hashToken(flowSecret)), gt(oidcFlows.expiresAt, sql`now()`)))
        .returning();
      if (!flow) throw new OidcSignInError('This sign-in was already used or has expired.');
      const config = await provider();
      const currentUrl = new URL(`${callback.pathname}${callback.search}`, redirectUri());
      let claims: oidc.IDToken;
      try {
        const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims()!;
      } catch (error) {
        log.warn({ err: error, address }, 'OpenID Connect sign-in refused');
        throw new OidcSignInError(`The identity provider's answer was refused: ${reasonOf(error)}.`);
      }
      const user = await userOf({ users, events, settings }, config.serverMetadata().issuer, claims);
      if (user.disabled) throw new OidcSignInError('This user is disabled; ask an admin.');
      const token = await auth.startSignIn(user, 'oidc', address);
      log.info({ user: user.username, address }, 'signed in through OpenID Connect');
      return token;
    },

    /** Flows never finished are forgotten. */
    sweep: () => db.delete(oidcFlows).where(sql`${oidcFlows.expiresAt} < now()`),
  };
}

/** The user of (issuer, subject), made on first sign-in; their groups are set from the claim every time. */
async function userOf({ users, events, settings }: Pick<OidcSignInDeps, 'users' | 'events' | 'settings'>, issuer: string, claims: oidc.IDToken): Promise<UserRow> {
  const user = (await users.byOidcSubject(issuer, claims.sub)) ?? (await firstSignIn(users, issuer, claims));
  const claimed = claims[settings.groupsClaim];
  const names = Array.isArray(claimed) ? claimed.filter((g): g is string => typeof g === 'string').slice(0, 100) : [];
  const wanted = (await users.groupsByName(names)).map((g) => g.id).sort();
  const current = ((await users.groupsOf([user.id])).get(user.id) ?? []).map((g) => g.id).sort();
  // Only a change is announced: it closes the user's open connections (on every device) so that they see it.
  if (wanted.join() !== current.join()) {
    await users.setMemberships(user.id, wanted);
    events.publish('userChanged', { id: user.id });
  }
  return user;
}

async function firstSignIn(users: UsersRepository, issuer: string, claims: oidc.IDToken): Promise<UserRow> {
  const wanted = [claims['preferred_username'], claims['email'], claims.sub].find((c): c is string => typeof c === 'string' && c.length > 0)!;
  let base: string;
  try {
    base = validUsername(wanted.slice(0, 64));
  } catch {
    base = `oidc-${digest(claims.sub)}`;
  }
  // A name already taken is never linked to an account it may not be: the newcomer gets a name of their own.
  const username = (await users.byUsername(base)) ? `${base.slice(0, 57)}-${digest(issuer + claims.sub)}` : base;
  const displayName = typeof claims['name'] === 'string' ? claims['name'].slice(0, 100) : null;
  return users.insert({ username, displayName, role: 'USER', oidcIssuer: issuer, oidcSubject: claims.sub });
}

/** openid-client's reason: the provider's OAuth error (e.g. invalid_grant), or the check that failed, under its outer message. */
function reasonOf(error: unknown): string {
  const { message, cause, error: code, error_description: description } = error as Error & { cause?: unknown; error?: unknown; error_description?: unknown };
  if (typeof code === 'string') return typeof description === 'string' ? `${code} (${description})` : code;
  return cause instanceof Error ? `${message}: ${cause.message}` : message;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 6);

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}
