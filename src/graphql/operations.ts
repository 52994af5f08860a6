import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import { ErrorCode } from '../errors.js';
import { badText, limits } from './limits.js';

/** Apollo would execute a subscription as a query, on no event; say where subscriptions are served instead. */
export const noSubscriptionsOverHttp: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription')
      context.reportError(
        new GraphQLError('Subscriptions are served over WebSocket (the graphql-ws protocol) at /graphql, not over HTTP.', { nodes: node }),
      );
  },
});

/**
 * An operation sent over graphql-ws, accepted as Apollo accepts one over HTTP (graphql-ws does not go through Apollo):
 * the same token limit, validation rules and text check. Its execution arguments, or the errors that refuse it.
 */
export function prepareOperation(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
): Omit<ExecutionArgs, 'contextValue'> | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: limits.maxTokens });
  } catch (error) {
    // Coded as Apollo codes it on HTTP.
    return [new GraphQLError(error instanceof Error ? error.message : String(error), { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
  }
  const errors = validate(schema, document, [...specifiedRules, ...rules]);
  if (errors.length > 0) return [...errors];
  const bad = badText(payload.variables);
  if (bad) return [new GraphQLError(bad, { extensions: { code: ErrorCode.BAD_USER_INPUT } })];
  return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
}
