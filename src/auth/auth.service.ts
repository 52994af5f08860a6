import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import type { EventBus } from '../events/bus.js';
import type { ApiKeyRow, UserRow } from '../db/schema.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import { assertId } from '../ids.js';
import { createApiKeysRepository } from './api-keys.repository.js';
import { unrestricted, type Entitlement } from '../entitlements.js';
import { createViewerCache, type ViewerCache } from './viewer-cache.js';
import { createSignInsRepository } from './sign-ins.repository.js';
import { bearerToken } from './tokens.js';
import type { UsersRepository } from './users.repository.js';
import { generateToken, hashToken, sameHash } from '../secrets.js';

export type Role = 'ADMIN' | 'USER';

/**
 * Who is calling: a user, through one credential (an API key or a browser's sign-in), with the lower of the
 * credential's and the user's role. The bootstrap admin of ENCLAVE_ADMIN_TOKEN has no user and no key.
 */
export interface Viewer {
  role: Role;
  owner: string;
  keyId: string | null;
  /** The browser sign-in in use (cookie); null for API keys. */
  signInId: string | null;
  userId: string | null;
  /** The groups the user is in (their connections close when one changes). */
  groupIds: readonly string[];
  entitlement: Entitlement;
}

export interface AuthServiceDeps {
  db: Db;
  users: UsersRepository;
  /** Announces revocations, and tells when what a credential stands for changed (cached viewers are dropped). */
  events: Pick<EventBus, 'publish' | 'subscribe'>;
  log: Logger;
  adminToken?: string | undefined;
}

export type AuthService = ReturnType<typeof createAuthService>;

/** lastUsedAt and lastSeenAt are for people and idle ends: minute precision spares a write on every request. */
const touchMs = 60_000;

const bootstrapViewer: Viewer = {
  role: 'ADMIN',
  owner: 'admin',
  keyId: null,
  signInId: null,
  userId: null,
  groupIds: [],
  entitlement: unrestricted,
};

export function createAuthService({ db, users, events, log, adminToken }: AuthServiceDeps) {
  const keys = createApiKeysRepository({ db });
  const signIns = createSignInsRepository({ db });
  const adminHash = adminToken ? hashToken(adminToken) : undefined;
  const { viewerOf, cached, forget } = createViewerCache(users, events, log);

  return {
    /** The viewer a bearer token stands for, or null (unknown, revoked or expired key; disabled user). */
    async authenticate(token: string | undefined): Promise<Viewer | null> {
      if (!token) return null;
      const hash = hashToken(token);
      if (adminHash && sameHash(hash, adminHash)) return bootstrapViewer;
      return cached(hash, async () => {
        const key = await keys.activeByHash(hash);
        if (!key?.userId) return { viewer: null, expiresAt: null };
        if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > touchMs) await keys.touch(key.id);
        const viewer = await viewerOf(await users.byId(key.userId), key.role, {
          keyId: key.id,
          signInId: null,
        });
        return { viewer, expiresAt: key.expiresAt };
      });
    },

    ...signInMethods({ signIns, users, viewerOf, cached, forget, events }),

    /**
     * Without ENCLAVE_ADMIN_TOKEN and without any admin key, makes one and returns its token (to be printed once);
     * otherwise returns undefined.
     */
    async bootstrap(): Promise<string | undefined> {
      if (adminToken) return undefined;
      if (await keys.anyAdmin()) return undefined;
      const { token } = await this.createApiKey({
        name: 'bootstrap',
        role: 'ADMIN',
        owner: 'admin',
      });
      log.info('created the bootstrap admin key');
      return token;
    },

    /** A key for a user (made, with the key's role, if no user has that name): it acts as that user, at most with `role`. */
    createApiKey: (input: ApiKeyInput) => issueApiKey(keys, users, input),

    list: keys.list,

    /** Who a credential stands for now (its key or sign-in valid, its user enabled); neither: the bootstrap token. */
    credentialViewer: (credential: { keyId: string | null; signInId: string | null }) =>
      credentialViewer({ keys, signIns, users, viewerOf, bootstrap: adminHash ? bootstrapViewer : null }, credential),

    /** Whether an Authorization value carries Enclave's own credential (an API key, or the bootstrap token). */
    isOwnCredential(authorization: string): boolean {
      const token = bearerToken(authorization);
      if (!token) return false;
      return token.startsWith('enc_') || (adminHash !== undefined && sameHash(hashToken(token), adminHash));
    },

    get: keys.byId,

    async revokeApiKey(id: string): Promise<ApiKeyRow> {
      assertId(id, 'apiKey');
      const key = await keys.revoke(id);
      if (!key) throw notFound('apiKey', id);
      forget.one(key.tokenHash);
      events.publish('apiKeyRevoked', { id: key.id });
      return key;
    },

    close: forget.all,
  };
}

/** Browsers' sign-ins: the cookie's token to a viewer, starting one for a proven user, ending one. */
function signInMethods({
  signIns,
  users,
  viewerOf,
  cached,
  forget,
  events,
}: ViewerCache & {
  signIns: ReturnType<typeof createSignInsRepository>;
  users: UsersRepository;
  events: Pick<EventBus, 'publish'>;
}) {
  return {
    /** The viewer a sign-in cookie's token stands for, or null (unknown, signed out, expired, idle; disabled user). */
    async authenticateSignIn(token: string | undefined): Promise<Viewer | null> {
      if (!token) return null;
      const hash = hashToken(token);
      return cached(hash, async () => {
        const signIn = await signIns.liveByHash(hash);
        if (!signIn) return { viewer: null, expiresAt: null };
        if (Date.now() - signIn.lastSeenAt.getTime() > touchMs) await signIns.touch(signIn.id);
        const viewer = await viewerOf(await users.byId(signIn.userId), 'ADMIN', { keyId: null, signInId: signIn.id });
        return { viewer, expiresAt: signIn.expiresAt };
      });
    },

    /** Starts a browser sign-in for a user who proved who they are: the cookie's token (only its hash is kept). */
    async startSignIn(user: UserRow, method: 'password' | 'oidc', address: string | undefined): Promise<string> {
      const token = generateToken('encw');
      await signIns.insert({
        userId: user.id,
        tokenHash: hashToken(token),
        method,
        address: address ?? null,
      });
      await users.signedIn(user.id);
      return token;
    },

    /** Ends the sign-in of a cookie's token, in every process. */
    async signOut(token: string): Promise<void> {
      const hash = hashToken(token);
      const signIn = await signIns.liveByHash(hash);
      forget.one(hash);
      if (!signIn) return;
      await signIns.revoke(signIn.id);
      events.publish('signInRevoked', { id: signIn.id });
    },

    sweepSignIns: () => signIns.sweep(),
  };
}

async function credentialViewer(
  {
    keys,
    signIns,
    users,
    viewerOf,
    bootstrap,
  }: {
    keys: ReturnType<typeof createApiKeysRepository>;
    signIns: ReturnType<typeof createSignInsRepository>;
    users: UsersRepository;
    viewerOf: ViewerCache['viewerOf'];
    bootstrap: Viewer | null;
  },
  { keyId, signInId }: { keyId: string | null; signInId: string | null },
): Promise<Viewer | null> {
  if (keyId === null && signInId === null) return bootstrap;
  if (keyId !== null) {
    const key = (await keys.isActive(keyId)) ? await keys.byId(keyId) : undefined;
    return key?.userId
      ? viewerOf(await users.byId(key.userId), key.role, {
          keyId,
          signInId: null,
        })
      : null;
  }
  const signIn = signInId !== null && (await signIns.isLive(signInId)) ? await signIns.byId(signInId) : undefined;
  return signIn
    ? viewerOf(await users.byId(signIn.userId), 'ADMIN', {
        keyId: null,
        signInId,
      })
    : null;
}

export interface ApiKeyInput {
  name: string;
  role: Role;
  owner?: string | null | undefined;
  expiresAt?: Date | null | undefined;
}

async function issueApiKey(keys: ReturnType<typeof createApiKeysRepository>, users: UsersRepository, input: ApiKeyInput) {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new AppError(ErrorCode.BAD_USER_INPUT, 'An API key needs a name of 1 to 100 characters.');
  const owner = (input.owner ?? name).trim();
  if (!owner || owner.length > 200 || /\u0000/.test(owner) || !owner.isWellFormed())
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'The owner must be 1 to 200 characters.');
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'expiresAt is in the past; give a time to come, or none for a key that does not expire.');
  const user = await userFor(users, owner, input.role);
  if (input.role === 'ADMIN' && user.role !== 'ADMIN')
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${owner}" is a USER; make them ADMIN (updateUser) before giving them an ADMIN key.`);
  if (user.disabled) throw new AppError(ErrorCode.BAD_USER_INPUT, `"${owner}" is disabled; enable them (updateUser) first.`);
  const token = generateToken();
  const apiKey = await keys.insert({
    name,
    role: input.role,
    owner: user.username,
    userId: user.id,
    tokenHash: hashToken(token),
    expiresAt: input.expiresAt ?? null,
  });
  return { apiKey, token };
}

/** The user named `owner`, made (with `role`) if there is none yet: keys made before users existed keep working. */
async function userFor(users: UsersRepository, owner: string, role: Role): Promise<UserRow> {
  const existing = await users.byUsername(owner);
  if (existing) return existing;
  try {
    return await users.insert({ username: owner, role });
  } catch {
    // Made at the same moment by another request.
    const made = await users.byUsername(owner);
    if (!made) throw new AppError(ErrorCode.CONFLICT, `Could not make a user named "${owner}"; try again.`);
    return made;
  }
}
