import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import type { EventBus } from '../events/bus.js';
import type { ApiKeyRow } from '../db/schema.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import { assertId } from '../ids.js';
import { createApiKeysRepository } from './api-keys.repository.js';
import { bearerToken } from './tokens.js';
import { generateToken, hashToken, sameHash } from '../secrets.js';

export type Role = 'ADMIN' | 'USER';

/** Who is calling. `keyId` is null for the bootstrap admin of ENCLAVE_ADMIN_TOKEN. */
export interface Viewer {
  role: Role;
  owner: string;
  keyId: string | null;
}

export interface AuthServiceDeps {
  db: Db;
  /** Announces revocations (what a key opened closes with it). */
  events: Pick<EventBus, 'publish'>;
  log: Logger;
  adminToken?: string | undefined;
}

export type AuthService = ReturnType<typeof createAuthService>;

/** How long a verified key is trusted without asking the database again; revocation in this process is immediate. */
const authCacheMs = 5_000;

export function createAuthService({ db, events, log, adminToken }: AuthServiceDeps) {
  const keys = createApiKeysRepository({ db });
  const verified = new Map<string, { viewer: Viewer; until: number }>();
  const adminHash = adminToken ? hashToken(adminToken) : undefined;

  return {
    /** The viewer a bearer token stands for, or null (unknown, revoked or expired). */
    async authenticate(token: string | undefined): Promise<Viewer | null> {
      if (!token) return null;
      const hash = hashToken(token);
      if (adminHash && sameHash(hash, adminHash)) return { role: 'ADMIN', owner: 'admin', keyId: null };
      const known = verified.get(hash);
      if (known && known.until > Date.now()) return known.viewer;
      const key = await keys.activeByHash(hash);
      // lastUsedAt is for people auditing keys: minute precision spares a write on every request.
      if (key && (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000)) await keys.touch(key.id);
      if (!key) {
        verified.delete(hash);
        return null;
      }
      const viewer: Viewer = { role: key.role, owner: key.owner, keyId: key.id };
      const until = Math.min(Date.now() + authCacheMs, key.expiresAt?.getTime() ?? Infinity);
      if (verified.size > 10_000) verified.clear();
      verified.set(hash, { viewer, until });
      return viewer;
    },

    /**
     * Without ENCLAVE_ADMIN_TOKEN and without any admin key, makes one and returns its token (to be printed once);
     * otherwise returns undefined.
     */
    async bootstrap(): Promise<string | undefined> {
      if (adminToken) return undefined;
      if (await keys.anyAdmin()) return undefined;
      const { token } = await this.createApiKey({ name: 'bootstrap', role: 'ADMIN', owner: 'admin' });
      log.info('created the bootstrap admin key');
      return token;
    },

    async createApiKey(input: { name: string; role: Role; owner?: string | null | undefined; expiresAt?: Date | null | undefined }) {
      const name = input.name.trim();
      if (!name || name.length > 100)
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'An API key needs a name of 1 to 100 characters.');
      const owner = (input.owner ?? name).trim();
      if (!owner || owner.length > 200)
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'The owner must be 1 to 200 characters.');
      if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'expiresAt is in the past; give a time to come, or none for a key that does not expire.');
      const token = generateToken();
      const apiKey = await keys.insert({ name, role: input.role, owner, tokenHash: hashToken(token), expiresAt: input.expiresAt ?? null });
      return { apiKey, token };
    },

    list: keys.list,

    /** Whether a key still stands (not revoked, not expired); null, the bootstrap admin token, always does. */
    keyActive: (keyId: string | null) => (keyId === null ? Promise.resolve(true) : keys.isActive(keyId)),

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
      verified.delete(key.tokenHash);
      events.publish('apiKeyRevoked', { id: key.id });
      return key;
    },
  };
}
