import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphqlLimits } from './graphql-limits';
import { keptLimitCheck, limitError } from './query-limits';

/**
 * Refuses, with HTTP 400, an operation that nests too deeply or may cost too much.
 * It runs once the operation is parsed, validated and chosen, and before any
 * resolver: a refused operation reads neither the read models nor the event store.
 */
export const queryLimitsPlugin = (limits: Pick<GraphqlLimits, 'maxDepth' | 'maxCost'>): ApolloServerPlugin => {
  const check = keptLimitCheck(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, operationName }) {
          const exceeded = check({ schema, document, variables: request.variables, operationName });
          if (exceeded) throw limitError(exceeded, { http: { status: 400 } });
        },
      };
    },
  };
};
