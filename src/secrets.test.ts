import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createSecretBox, SecretError } from './secrets.js';

const pem = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n';

describe('createSecretBox', () => {
  const box = createSecretBox(randomBytes(32));

  it('seals so that the stored text holds nothing of the secret, and opens it again', () => {
    const sealed = box.seal(pem);
    expect(sealed).toMatch(/^enc:v1:[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain('PRIVATE KEY');
    expect(box.isSealed(sealed)).toBe(true);
    expect(box.open(sealed)).toBe(pem);
    expect(box.seal(pem)).not.toBe(sealed); // a fresh IV each time
  });

  it('refuses a sealed value that was changed, or sealed under another key', () => {
    const sealed = box.seal(pem);
    const raw = Buffer.from(sealed.slice('enc:v1:'.length), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => box.open(`enc:v1:${raw.toString('base64')}`)).toThrow(SecretError);
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow(/another key/);
  });

  it('without a key, stores values as given and cannot open sealed ones', () => {
    const plain = createSecretBox(undefined);
    expect(plain.sealing).toBe(false);
    expect(plain.seal(pem)).toBe(pem);
    expect(plain.open(pem)).toBe(pem);
    expect(() => plain.open(box.seal(pem))).toThrow(/ENCLAVE_SECRET_KEY is not set/);
  });
});

describe('ENCLAVE_SECRET_KEY', () => {
  const key = randomBytes(32);
  it.each([
    ['base64', key.toString('base64')],
    ['hex', key.toString('hex')],
  ])('accepts 32 bytes as %s', (_format, value) => {
    expect(loadConfig({ ENCLAVE_SECRET_KEY: value }).ENCLAVE_SECRET_KEY).toEqual(key);
  });

  it.each([
    ['too short', randomBytes(16).toString('base64')],
    ['too long', randomBytes(48).toString('hex')],
    ['a passphrase', 'correct horse battery staple'],
  ])('refuses %s, saying what it needs', (_label, value) => {
    expect(() => loadConfig({ ENCLAVE_SECRET_KEY: value })).toThrow(/ENCLAVE_SECRET_KEY: must be 32 random bytes/);
  });
});
