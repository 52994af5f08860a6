import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a sealed value starts with: the scheme's name and version, so that a later scheme can tell its own apart. */
const prefix = 'enc:v1:';

export class SecretError extends Error {
  override readonly name = 'SecretError';
}

export type SecretBox = ReturnType<typeof createSecretBox>;

/**
 * Seals secrets that Enclave must keep (agents' TLS private keys) with AES-256-GCM under ENCLAVE_SECRET_KEY, so that a
 * copy of the database or a backup does not carry them in the clear. Without a key, values pass through unchanged (and
 * a sealed one cannot be opened). Every process sharing a database must be given the same key.
 */
export function createSecretBox(key: Buffer | undefined) {
  return {
    /** Whether values are sealed when stored. */
    sealing: key !== undefined,
    isSealed: (stored: string) => stored.startsWith(prefix),
    seal(plain: string): string {
      if (!key) return plain;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return prefix + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    },
    open(stored: string): string {
      if (!stored.startsWith(prefix)) return stored;
      if (!key) throw new SecretError('it is encrypted, and ENCLAVE_SECRET_KEY is not set: set the key it was stored with');
      const raw = Buffer.from(stored.slice(prefix.length), 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretError('ENCLAVE_SECRET_KEY does not open it: it was stored with another key');
      }
    },
  };
}

/** 256 random bits, prefixed so that a leaked secret is easy to recognise (and to scan for): `enc_…` for API keys. */
export const generateToken = (prefix = 'enc'): string => `${prefix}_${randomBytes(32).toString('base64url')}`;

/** What is stored of a token: its sha256. Tokens are 256 random bits, so a slow hash would add nothing. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Compares two token hashes in constant time. */
export const sameHash = (a: string, b: string): boolean => timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
