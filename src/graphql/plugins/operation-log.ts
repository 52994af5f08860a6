import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/** One line per operation: mutations at info (they change things), the rest at debug. */
export function operationLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operation, operationName, response }) {
          if (!contextValue?.log) return;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors?.map((e) => e.extensions?.['code']) : undefined;
          const line = { operation: operationName ?? operation?.operation, ms: Math.round(performance.now() - started), errors };
          if (operation?.operation === 'mutation') contextValue.log.info(line, 'mutation');
          else contextValue.log.debug(line, 'operation');
        },
      };
    },
  };
}
