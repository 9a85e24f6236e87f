import { getNamedType, getNullableType, isLeafType, isListType, type DocumentNode, type GraphQLCompositeType, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../connection.graphql';

/**
 * The largest page any list offers (streamHistory's). A larger `first` is costed
 * as this much, so that the list's own check answers it as VALIDATION.FAILED on
 * `first` instead of the cost limit hiding which argument was wrong.
 */
export const PAGE_CEILING = 1000;

/** A list without `first` (children, officers, a meeting's resolutions) is costed as this many items. */
export const ASSUMED_LIST_SIZE = 10;

/** Beyond this many selections the document is too complex whatever its fields cost. */
export const MAX_QUERY_NODES = 10_000;

/**
 * `__schema` and `__type` are answered from the schema in memory; graphql-js's own
 * MaxIntrospectionDepthRule already refuses introspection that nests lists deeply.
 */
export const introspectionEstimator: ComplexityEstimator = ({ field }) => (field.name === '__schema' || field.name === '__type' ? 0 : undefined);

/** Scalars and enums come with the row their object was read from. */
export const leafEstimator: ComplexityEstimator = ({ field }) => (isLeafType(getNamedType(field.type)) ? 0 : undefined);

/** A paged list costs its selection once per item it may return: `first`, or the list's default page. */
export const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((argument) => argument.name === 'first')) return undefined;
  const first: unknown = args['first'];
  const items = typeof first === 'number' && first > 0 ? Math.min(first, PAGE_CEILING) : DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * items;
};

const isConnection = (type: GraphQLCompositeType): boolean => 'getFields' in type && 'pageInfo' in type.getFields() && 'edges' in type.getFields();

/** An unpaged list; a connection's `edges` are already counted by its `first`. */
export const listEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  if (!isListType(getNullableType(field.type)) || isConnection(type)) return undefined;
  return (1 + childComplexity) * ASSUMED_LIST_SIZE;
};

/**
 * Roughly how many objects an operation may read: each object field counts 1 plus
 * what it selects, a list multiplies that by its size, and a field may declare its
 * own `complexity` extension instead.
 */
export const costEstimators: ComplexityEstimator[] = [
  introspectionEstimator,
  fieldExtensionsEstimator(),
  leafEstimator,
  pageEstimator,
  listEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

export const operationCost = (
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): number =>
  getComplexity({
    schema,
    query,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: costEstimators,
    maxQueryNodes: MAX_QUERY_NODES,
  });
