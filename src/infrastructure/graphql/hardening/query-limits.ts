import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ErrorCode } from '../../../modules/shared-kernel/domain-error';
import type { GraphqlLimits } from './graphql-limits';
import { MAX_QUERY_NODES, operationCost } from './query-cost';
import { operationDepth } from './query-depth';

export interface Operation {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
}

export interface LimitExceeded {
  readonly code: Extract<ErrorCode, 'QUERY.TOO_DEEP' | 'QUERY.TOO_COMPLEX'>;
  readonly message: string;
  readonly details: Readonly<Record<string, number>>;
}

const NODES_MESSAGE = 'Query exceeds the maximum allowed number of nodes.';

/** Which limit a parsed, validated operation breaks, if any; it reads nothing but the document and the schema. */
export const limitExceeded = (limits: Pick<GraphqlLimits, 'maxDepth' | 'maxCost'>, operation: Operation): LimitExceeded | null => {
  const depth = operationDepth(operation.document, operation.operationName);
  if (depth > limits.maxDepth) {
    return { code: 'QUERY.TOO_DEEP', message: `The query nests ${depth} levels deep; at most ${limits.maxDepth} are allowed`, details: { limit: limits.maxDepth, actual: depth } };
  }
  let cost: number;
  try {
    cost = operationCost(operation.schema, operation.document, operation.variables ?? undefined, operation.operationName);
  } catch (error) {
    if (error instanceof GraphQLError && error.message === NODES_MESSAGE) {
      return { code: 'QUERY.TOO_COMPLEX', message: `The query has more than ${MAX_QUERY_NODES} selections`, details: { maxSelections: MAX_QUERY_NODES } };
    }
    // Variables that do not fit their types: execution refuses them, with its usual error, before any resolver runs.
    return null;
  }
  if (cost <= limits.maxCost) return null;
  return {
    code: 'QUERY.TOO_COMPLEX',
    message: `The query may cost ${cost}; at most ${limits.maxCost} is allowed (a list counts its fields once per item it may return)`,
    details: { limit: limits.maxCost, actual: cost },
  };
};

export const limitError = (exceeded: LimitExceeded, extensions: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(exceeded.message, { extensions: { code: exceeded.code, details: exceeded.details, ...extensions } });

/** Longer variables are checked every time rather than kept as a key: a mutation's texts would fill memory. */
const LONGEST_KEPT_VARIABLES = 1_024;
const VERDICTS_PER_DOCUMENT = 64;

/**
 * limitExceeded, its verdict kept per parsed document, operation and variables.
 * Apollo hands every request with the same text the same validated document, so
 * a dashboard asking the same question again pays for the cost analysis once;
 * the verdict depends on nothing else (the schema is fixed for the process).
 */
export const keptLimitCheck = (limits: Pick<GraphqlLimits, 'maxDepth' | 'maxCost'>): ((operation: Operation) => LimitExceeded | null) => {
  const verdicts = new WeakMap<DocumentNode, Map<string, LimitExceeded | null>>();
  return (operation) => {
    const variables = JSON.stringify(operation.variables ?? {});
    if (variables.length > LONGEST_KEPT_VARIABLES) return limitExceeded(limits, operation);
    const key = `${operation.operationName ?? ''} ${variables}`;
    let kept = verdicts.get(operation.document);
    if (!kept) verdicts.set(operation.document, (kept = new Map()));
    const known = kept.get(key);
    if (known !== undefined) return known;
    const verdict = limitExceeded(limits, operation);
    if (kept.size >= VERDICTS_PER_DOCUMENT) kept.clear();
    kept.set(key, verdict);
    return verdict;
  };
};
