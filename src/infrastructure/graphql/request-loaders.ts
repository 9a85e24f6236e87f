import DataLoader from 'dataloader';

const loaders = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * One DataLoader per GraphQL request and name, kept on the request's context
 * object: nested fields of a list batch into one read, and nothing is cached
 * across requests.
 */
export const requestLoader = <K, V>(context: object, name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> => {
  let named = loaders.get(context);
  if (!named) loaders.set(context, (named = new Map()));
  let loader = named.get(name);
  if (!loader) named.set(name, (loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>));
  return loader as DataLoader<K, V>;
};
