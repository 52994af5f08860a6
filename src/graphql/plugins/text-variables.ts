import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors.js';
import { badText } from '../limits.js';

/** Variables must be text Postgres can store (literals are checked by a validation rule). */
export function textVariablesPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation }) {
          // A mutation's arguments are checked as it runs, so that the refusal is audited like any other.
          if (operation?.operation === 'mutation') return;
          const bad = badText(request.variables);
          if (bad) throw new GraphQLError(bad, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
        },
      };
    },
  };
}
