import { Client, fetchExchange, type AnyVariables, type CombinedError } from '@urql/core';
import { authHeaders } from '../state/auth';

/** Queries and mutations over HTTP at /graphql, on the page's own origin. */
export const client = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  // POST always: the service (Apollo) refuses GET queries without a preflight header.
  preferGetMethod: false,
  requestPolicy: 'network-only',
  fetchOptions: () => ({ headers: authHeaders() }),
});

export const errorCode = (error: CombinedError | null | undefined): string | null => {
  const code = error?.graphQLErrors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
};

/** Codes the service answers with when the key may not see something. */
export const isDenied = (error: CombinedError | null | undefined): boolean =>
  /^(AUTH|FORBIDDEN|UNAUTHENTICATED)/.test(errorCode(error) ?? '') || error?.response?.status === 401 || error?.response?.status === 403;

export const mutate = async <T>(document: string, variables: AnyVariables, headers: Record<string, string> = {}): Promise<T> => {
  const result = await client
    .mutation<T>(document, variables, { fetchOptions: { headers: { ...authHeaders(), ...headers } } })
    .toPromise();
  if (result.error || !result.data) throw new Error(result.error?.message ?? 'no data');
  return result.data;
};
