import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../../metrics.js';

/** Times each HTTP operation and counts its errors by code. */
export function metricsPlugin(metrics: Pick<Metrics, 'observeOperation' | 'countError'>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, response }) {
          metrics.observeOperation(operation?.operation ?? 'invalid', operationName, (performance.now() - started) / 1000);
          if (response.body.kind === 'single')
            for (const error of response.body.singleResult.errors ?? []) metrics.countError(String(error.extensions?.['code'] ?? 'UNKNOWN'));
        },
      };
    },
  };
}
