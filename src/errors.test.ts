import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './errors.js';

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['postgres.js: connection closed', coded('CONNECTION_CLOSED'), true],
    ['postgres.js: connection ended', coded('CONNECTION_ENDED'), true],
    ['postgres.js: connection destroyed', coded('CONNECTION_DESTROYED'), true],
    ['postgres.js: connect timeout', coded('CONNECT_TIMEOUT'), true],
    ['socket: refused', coded('ECONNREFUSED'), true],
    ['socket: reset', coded('ECONNRESET'), true],
    ['Postgres: admin shutdown (57P01)', coded('57P01', 'terminating connection due to administrator command'), true],
    ['Postgres: starting up (57P03)', coded('57P03', 'the database system is starting up'), true],
    ['Postgres: connection failure (08006)', coded('08006'), true],
    ['wrapped by drizzle', new Error('Failed query: select 1', { cause: coded('CONNECTION_CLOSED') }), true],
    ['Postgres: unique violation (23505)', coded('23505'), false],
    ['Postgres: syntax error (42601)', coded('42601'), false],
    ['wrapped query error', new Error('Failed query', { cause: coded('23505') }), false],
    ['a plain error', new Error('boom'), false],
    ['not an error', 'CONNECTION_CLOSED', false],
  ])('%s', (_label, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
