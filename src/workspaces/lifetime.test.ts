import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { validLifetime } from './lifetime.js';

describe('validLifetime', () => {
  it.each([
    [{}, {}],
    [
      { maxLifetimeSeconds: 3600, idleTimeoutSeconds: 600 },
      { maxLifetimeSeconds: 3600, idleTimeoutSeconds: 600 },
    ],
    [
      { maxLifetimeSeconds: null, idleTimeoutSeconds: null },
      { maxLifetimeSeconds: null, idleTimeoutSeconds: null },
    ],
    [{ expirationAction: 'SUSPEND' as const }, { expirationAction: 'SUSPEND' }],
    [{ expirationAction: null }, {}],
    [{ idleTimeoutSeconds: 1 }, { idleTimeoutSeconds: 1 }],
  ])('%j -> %j', (input, set) => expect(validLifetime(input)).toEqual(set));

  it.each([
    [{ maxLifetimeSeconds: 0 }, 'maxLifetimeSeconds'],
    [{ maxLifetimeSeconds: -1 }, 'maxLifetimeSeconds'],
    [{ idleTimeoutSeconds: 1.5 }, 'idleTimeoutSeconds'],
    [{ idleTimeoutSeconds: 366 * 24 * 3600 + 1 }, 'idleTimeoutSeconds'],
  ])('refuses %j, naming %s', (input, field) => {
    const error = (() => {
      try {
        validLifetime(input);
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error?.extensions['field']).toBe(field);
    expect(error?.message).toMatch(/whole number of seconds from 1 to 31622400/);
  });
});
