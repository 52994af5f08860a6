import { GraphQLError } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { AppError, ErrorCode } from '../errors.js';
import type { Context } from './context.js';
import { badText } from './limits.js';

type Args = { id?: unknown; input?: { workspaceId?: unknown } | null };
type Result = { id?: unknown; apiKey?: { id?: unknown } } | string | null | undefined;

/** The id a mutation acted on, for the audit log: its `id` argument, the workspace launched, or the id it returned. */
function targetOf(args: Args, result: Result): string | null {
  const returned = typeof result === 'string' ? result : (result?.id ?? result?.apiKey?.id);
  const id = args.id ?? args.input?.workspaceId ?? returned ?? null;
  return typeof id === 'string' ? id : null;
}

type Resolve = (parent: unknown, args: Args, context: Context, info: unknown) => unknown;

/** Every mutation leaves an audit row: who, what, on which id, and how it ended. */
export function audited(all: Resolvers): Resolvers {
  const mutations = Object.entries((all.Mutation ?? {}) as Record<string, Resolve>).map(([operation, resolve]) => [
    operation,
    async (parent: unknown, args: Args, context: Context, info: unknown) => {
      const record = (outcome: string, result?: Result, message: string | null = null) =>
        context.viewer &&
        context.services.audit.record({ viewer: context.viewer, operation, target: targetOf(args, result), outcome, message });
      try {
        const bad = badText(args);
        if (bad) throw new AppError(ErrorCode.BAD_USER_INPUT, bad);
        const result = await resolve(parent, args, context, info);
        await record('OK', result as Result);
        return result;
      } catch (error) {
        const code = error instanceof GraphQLError ? String(error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR') : 'INTERNAL_SERVER_ERROR';
        await record(code, undefined, code === 'INTERNAL_SERVER_ERROR' ? null : (error as Error).message);
        throw error;
      }
    },
  ]);
  return { ...all, Mutation: Object.fromEntries(mutations) } as Resolvers;
}
