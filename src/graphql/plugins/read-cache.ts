import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context.js';

export interface ReadCacheOptions {
  /** Root fields whose results depend only on state that `version()` versions (and on the viewer's entitlement). */
  rootFields: ReadonlySet<string>;
  version(): number;
}

/**
 * Reuses results of read-only queries over versioned state, per entitlement, until the version moves. This is the
 * launcher's read (workspaces and their launch options, from the fleet snapshot), served to every user on every page
 * load. What a viewer sees depends on their role and groups, never on who they are otherwise: viewers of the same
 * entitlement (every ADMIN; the members of the same groups) share an entry.
 */
export function readCachePlugin({ rootFields, version }: ReadCacheOptions): ApolloServerPlugin<Context> {
  const results = new Map<string, FormattedExecutionResult>();
  let cachedVersion = -1;
  const cacheable = (operation: OperationDefinitionNode | undefined) =>
    operation?.operation === 'query' &&
    operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && !s.directives?.length && (rootFields.has(s.name.value) || s.name.value === '__typename'),
    );
  return {
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation({ operation, source, request, contextValue }) {
          if (!cacheable(operation) || !contextValue.viewer) return null;
          if (version() !== cachedVersion) {
            results.clear();
            cachedVersion = version();
          }
          key = `${cachedVersion}\0${contextValue.viewer.role}\0${contextValue.viewer.entitlement.key}\0${request.operationName ?? ''}\0${JSON.stringify(request.variables ?? {})}\0${source}`;
          const hit = results.get(key);
          return hit ? { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: hit } } : null;
        },
        async willSendResponse({ response }) {
          if (!key || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          // Stored only if nothing changed while it was computed (the key names the version it started from).
          if (key.startsWith(`${version()}\0`) && results.size < 1000) results.set(key, response.body.singleResult);
        },
      };
    },
  };
}
