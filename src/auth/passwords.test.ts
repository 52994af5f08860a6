import { randomBytes, scryptSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../errors.js';
import { checkPasswordPolicy, hashPassword, needsRehash, normalizePassword, verifyPassword } from './passwords.js';

const password = 'correct horse battery staple';
const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
/** A PHC string made outside passwords.ts, with whatever parameters a test needs. */
const made = (secret: string, ln: number, r = 8, p = 1) => {
  const salt = randomBytes(16);
  const key = scryptSync(normalizePassword(secret), salt, 32, { N: 2 ** ln, r, p, maxmem: 256 * 2 ** 20 });
  return `$scrypt$ln=${ln},r=${r},p=${p}$${b64(salt)}$${b64(key)}`;
};

describe('hashPassword and verifyPassword', () => {
  let stored: string;
  beforeAll(async () => {
    stored = await hashPassword(password);
  });

  it('stores the PHC string format with the current parameters, a 16-byte salt and a 32-byte key', async () => {
    const match = /^\$scrypt\$ln=17,r=8,p=1\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(stored);
    expect(match).not.toBeNull();
    expect(Buffer.from(match![1]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(match![2]!, 'base64')).toHaveLength(32);
    // A new salt each time.
    expect(await hashPassword(password)).not.toBe(stored);
  });

  it('accepts the password it was made from and refuses another', async () => {
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
  });

  it('compares NFKC forms: a decomposed accent is the same password as a composed one', async () => {
    const composed = await hashPassword('caf\u00e9 au lait, s\u2019il vous pla\u00eet');
    expect(await verifyPassword('cafe\u0301 au lait, s\u2019il vous pla\u00eet', composed)).toBe(true);
  });

  it('reads the parameters from the stored string, so hashes made with other ones still verify', async () => {
    const weaker = made(password, 12);
    expect(await verifyPassword(password, weaker)).toBe(true);
    expect(await verifyPassword('not it at all', weaker)).toBe(false);
  });

  it('answers false, without throwing, for tampered, malformed or absurd strings', async () => {
    // Made with cheap parameters: each string here costs a hash (the unusable ones, one with the current parameters).
    const weak = made(password, 12);
    expect(await verifyPassword(password, weak)).toBe(true);
    const [, , params, salt, key] = weak.split('$') as [string, string, string, string, string];
    const flipped = key.slice(0, -2) + (key.at(-2) === 'A' ? 'B' : 'A') + key.at(-1);
    const tampered = [
      `$scrypt$${params}$${salt}$${flipped}`,
      `$scrypt$ln=13,r=8,p=1$${salt}$${key}`,
      `$scrypt$ln=12,r=8,p=1$${b64(randomBytes(16))}$${key}`,
      `$scrypt$ln=30,r=8,p=1$${salt}$${key}`,
      `$scrypt$ln=12,r=99,p=1$${salt}$${key}`,
      // A truncated key: scrypt's shorter outputs are prefixes of the longer ones.
      weak.slice(0, -10),
      `$argon2id$v=19$m=65536,t=3,p=4$${salt}$${key}`,
    ];
    for (const s of tampered) expect(await verifyPassword(password, s), s).toBe(false);
  });

  it('answers false for no stored hash, in about the time a wrong password takes', async () => {
    expect(await verifyPassword(password, null)).toBe(false);
    const time = async (stored: string | null) => {
      const start = performance.now();
      await verifyPassword('a wrong password here', stored);
      return performance.now() - start;
    };
    const wrong: number[] = [];
    const missing: number[] = [];
    // Interleaved, so that a change in the machine's load falls on both alike.
    for (let i = 0; i < 3; i++) {
      wrong.push(await time(stored));
      missing.push(await time(null));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    const ratio = median(missing) / median(wrong);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe('needsRehash', () => {
  const salt = b64(randomBytes(16));
  const key = b64(randomBytes(32));
  it.each([
    [`$scrypt$ln=17,r=8,p=1$${salt}$${key}`, false],
    [`$scrypt$ln=18,r=8,p=1$${salt}$${key}`, false],
    [`$scrypt$ln=16,r=8,p=1$${salt}$${key}`, true],
    [`$scrypt$ln=17,r=4,p=1$${salt}$${key}`, true],
    [`$scrypt$ln=17,r=8,p=2$${salt}$${key}`, false],
    [`$scrypt$ln=17,r=8,p=1$${b64(randomBytes(8))}$${key}`, true],
    ['not a hash', true],
  ])('%s: %s', (stored, expected) => {
    expect(needsRehash(stored)).toBe(expected);
  });

  it('is false for what hashPassword makes now', async () => {
    expect(needsRehash(await hashPassword(password))).toBe(false);
  });
});

describe('checkPasswordPolicy', () => {
  const refusal = (password: string, username = 'alice') => {
    try {
      checkPasswordPolicy(password, username);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
      expect((error as AppError).extensions['field']).toBe('password');
      return (error as AppError).message;
    }
  };

  it.each([
    ['too short', 'elevenchars', /at least 12 characters \(this one has 11\)/],
    ['too long', 'x'.repeat(257), /at most 256 characters/],
    ['the username inside', 'my-ALICE-password', /does not contain your username/],
    ['the username, in another case', 'AliceAliceAlice', /does not contain your username/],
    ['a common one', 'password1234', /most common/],
    ['a common one, in capitals', 'QWERTYUIOPAS', /most common/],
    ['short in code points though long in UTF-16 units', '😀'.repeat(11), /at least 12 characters \(this one has 11\)/],
  ])('refuses %s', (_, password, message) => {
    expect(refusal(password)).toMatch(message);
  });

  it.each([
    ['a long passphrase', 'correct horse battery staple'],
    ['exactly 12 characters', 'vj3-kq8;zm1w'],
    ['exactly 256 characters', 'abcd'.repeat(64)],
    ['12 emoji (24 UTF-16 units)', '😀🎉🐍🚀🌍🎲🍕🎸📚🔑🧩🌈'],
    ['non-Latin letters', 'пароль-для-входа'],
  ])('accepts %s', (_, password) => {
    expect(refusal(password)).toBeUndefined();
  });

  it('counts the NFKC form: full-width letters are the username too', () => {
    expect(refusal('ｍｙａｌｉｃｅｐａｓｓｗｏｒｄ')).toMatch(/username/);
  });
});
