import { signal } from '@preact/signals';

const STORAGE_KEY = 'sijill.apiKey';

const stored = (): string => {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
};

/** The API key or token the user signed in with; empty until then. Every request carries it. */
export const apiKey = signal(stored());

export const signIn = (key: string): void => {
  apiKey.value = key.trim();
  try {
    if (apiKey.value) localStorage.setItem(STORAGE_KEY, apiKey.value);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private windows may refuse storage; the key then lasts as long as the page.
  }
};

export const authHeaders = (): Record<string, string> => (apiKey.value ? { authorization: `Bearer ${apiKey.value}` } : {});
