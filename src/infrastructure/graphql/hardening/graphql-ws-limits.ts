import { execute, subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { GraphqlLimits } from './graphql-limits';
import { limitError, limitExceeded } from './query-limits';

/**
 * graphql-ws runs operations without Apollo's plugins: these take the place of
 * graphql-js's execute and subscribe there, and refuse an operation over the
 * limits before it starts, as the plugin does over HTTP.
 */
export const limitedWsExecution = (limits: Pick<GraphqlLimits, 'maxDepth' | 'maxCost'>) => {
  const refusal = (args: ExecutionArgs): ExecutionResult | null => {
    const exceeded = limitExceeded(limits, { schema: args.schema, document: args.document, variables: args.variableValues ?? null, operationName: args.operationName ?? null });
    return exceeded && { errors: [limitError(exceeded)] };
  };
  return {
    execute: (args: ExecutionArgs) => refusal(args) ?? execute(args),
    subscribe: (args: ExecutionArgs) => refusal(args) ?? subscribe(args),
  };
};
