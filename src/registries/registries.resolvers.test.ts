import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/auth.service.js';
import type { Context } from '../graphql/context.js';
import { registriesResolvers } from './registries.resolvers.js';

type Resolve = (parent: unknown, args: object, context: Context, info: unknown) => unknown;
const resolver = (type: 'Query' | 'Mutation', field: string) => (registriesResolvers[type] as Record<string, Resolve>)[field]!;

const input = { registry: 'ghcr.io', username: 'robot', password: 's3cret' };
const operations: [string, 'Query' | 'Mutation', string, object][] = [
  ['registryCredentials', 'Query', 'list', {}],
  ['createRegistryCredential', 'Mutation', 'create', { input }],
  ['deleteRegistryCredential', 'Mutation', 'delete', { id: '3f1c2b7e-9a4d-4c1e-8f2a-5b6c7d8e9f01' }],
];

/** A context whose registries service records what it was asked. */
function contextAs(role: Viewer['role'] | null) {
  const calls: [string, unknown][] = [];
  const registries = new Proxy({}, { get: (_, method: string) => (arg: unknown) => (calls.push([method, arg]), Promise.resolve('done')) });
  const viewer = role && ({ role, owner: role.toLowerCase() } as Viewer);
  return { calls, context: { viewer, services: { registries } } as unknown as Context };
}

describe('registries resolvers', () => {
  it.each(operations)('%s is for ADMIN only, and hands its arguments to the service', async (field, type, method, args) => {
    for (const [role, code] of [
      ['USER', 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const { calls, context } = contextAs(role);
      expect(() => resolver(type, field)(undefined, args, context, undefined)).toThrow(expect.objectContaining({ extensions: { code } }));
      expect(calls).toEqual([]);
    }
    const { calls, context } = contextAs('ADMIN');
    expect(await resolver(type, field)(undefined, args, context, undefined)).toBe('done');
    expect(calls).toEqual([[method, Object.values(args)[0]]]);
  });
});
