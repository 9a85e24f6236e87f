import type { AnyVariables, CombinedError } from '@urql/core';
import { useEffect, useState } from 'preact/hooks';
import { apiKey } from '../state/auth';
import { client } from './client';

export interface QueryState<T> {
  readonly data: T | null;
  readonly error: CombinedError | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * Runs a query whenever its variables (or the signed-in key) change. The last
 * answer stays on screen while the next loads, and an answer to outdated
 * variables is dropped, so a fast click through periods never shows a stale one.
 */
export const useQuery = <T>(query: string, variables: AnyVariables | null): QueryState<T> => {
  const [state, setState] = useState<Omit<QueryState<T>, 'reload'>>({ data: null, error: null, loading: variables !== null });
  const [attempt, setAttempt] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);
  const signedIn = apiKey.value;
  useEffect(() => {
    if (variables === null) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    client
      .query<T>(query, variables)
      .toPromise()
      .then((result) => {
        if (current) setState({ data: result.data ?? null, error: result.error ?? null, loading: false });
      });
    return () => {
      current = false;
    };
  }, [query, key, signedIn, attempt]);
  return { ...state, reload: () => setAttempt((n) => n + 1) };
};
