import { computed, effect, signal } from '@preact/signals';
import { dirOf } from '../lib/locale';
import { parseRoute, routeUrl, type Route } from '../lib/route';

export const route = signal<Route>(parseRoute(location.pathname, location.search));
export const lang = computed(() => route.value.lang);

/** Moves to a route; the URL is the state, so the back button and shared links just work. */
export const navigate = (patch: Partial<Route>, options: { replace?: boolean } = {}): void => {
  const next = { ...route.value, ...patch };
  const url = routeUrl(next);
  if (url !== `${location.pathname}${location.search}`) history[options.replace ? 'replaceState' : 'pushState'](null, '', url);
  route.value = parseRoute(location.pathname, location.search);
};

export const hrefOf = (patch: Partial<Route>): string => routeUrl({ ...route.value, ...patch });

addEventListener('popstate', () => {
  route.value = parseRoute(location.pathname, location.search);
});

// The document's language and direction follow the URL, so the browser shapes and mirrors the whole page.
effect(() => {
  document.documentElement.lang = lang.value;
  document.documentElement.dir = dirOf(lang.value);
});

// Normalize the address bar once: "/" becomes "/ar/overview".
navigate({}, { replace: true });
