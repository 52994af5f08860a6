import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { validCredential, validRegistry } from './registries.validation.js';

/** The field and message of the BAD_USER_INPUT that `check` throws. */
function refusal(check: () => unknown): { code: string; field: unknown; message: string } {
  try {
    check();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, field: error.extensions['field'], message: error.message };
  }
  throw new Error('it was accepted');
}

describe('validRegistry', () => {
  it.each([
    ['ghcr.io', 'ghcr.io'],
    ['registry.example.com:5000', 'registry.example.com:5000'],
    ['127.0.0.1:5000', '127.0.0.1:5000'],
    ['10.0.0.1', '10.0.0.1'],
    ['[::1]:5000', '[::1]:5000'],
    ['[fd00::1]', '[fd00::1]'],
    ['localhost:5000', 'localhost:5000'],
    ['docker.io', 'docker.io'],
    ['index.docker.io', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['  GHCR.io  ', 'ghcr.io'],
    ['my-registry.internal:65535', 'my-registry.internal:65535'],
  ])('takes %j as %s', (given, stored) => {
    expect(validRegistry(given)).toBe(stored);
  });

  it.each([
    ['', /is not\.$/],
    ['https://ghcr.io', /leave out the scheme \("ghcr\.io"\)/],
    ['http://127.0.0.1:5000', /leave out the scheme \("127\.0\.0\.1:5000"\)/],
    ['ghcr.io/org', /leave out the path/],
    ['ghcr.io:', /is not/],
    ['ghcr.io:0', /is not/],
    ['ghcr.io:65536', /is not/],
    ['ghcr.io:port', /is not/],
    ['::1', /is not/],
    ['[::1', /is not/],
    ['[nope]:5000', /is not/],
    ['999.1.1.1:5000', /is not/],
    ['-ghcr.io', /is not/],
    ['ghcr..io', /is not/],
    ['ghcr_io', /is not/],
    ['ghcr io', /is not/],
    ['user@ghcr.io', /is not/],
    [`${'a'.repeat(64)}.io`, /is not/],
    ['x'.repeat(10_000), /is not/],
  ])('refuses %j, saying what form to send', (given, says) => {
    const { code, field, message } = refusal(() => validRegistry(given));
    expect({ code, field }).toEqual({ code: 'BAD_USER_INPUT', field: 'registry' });
    expect(message).toMatch(/^A registry is host\[:port\] as image references name it, e\.g\. "ghcr\.io"/);
    expect(message).toMatch(says);
    expect(message.length).toBeLessThan(400);
  });
});

describe('validCredential', () => {
  const ok = { registry: 'ghcr.io', username: 'robot', password: 's3cret' };

  it('keeps the password exactly as given and trims the username', () => {
    expect(validCredential({ ...ok, username: ' robot ', password: ' p ' })).toEqual({ registry: 'ghcr.io', username: 'robot', password: ' p ' });
    expect(validCredential({ ...ok, username: 'u'.repeat(256), password: 'p'.repeat(4096) }).password).toHaveLength(4096);
  });

  it.each([
    ['empty username', { username: '' }, 'username'],
    ['blank username', { username: '   ' }, 'username'],
    ['257-char username', { username: 'u'.repeat(257) }, 'username'],
    ['username with ":"', { username: 'a:b' }, 'username'],
    ['username with a newline', { username: 'a\nb' }, 'username'],
    ['empty password', { password: '' }, 'password'],
    ['4097-char password', { password: 'p'.repeat(4097) }, 'password'],
    ['registry with a scheme', { registry: 'https://ghcr.io' }, 'registry'],
  ])('refuses an %s', (_, change, expected) => {
    const secret = 'p'.repeat(4097);
    const { code, field, message } = refusal(() => validCredential({ ...ok, ...change }));
    expect({ code, field }).toEqual({ code: 'BAD_USER_INPUT', field: expected });
    // A refusal never repeats a password back (it is audited).
    expect(message).not.toContain(secret.slice(0, 50));
    expect(message).not.toContain(ok.password);
  });
});
