import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Every answer holds what only its caller may see: `cache-control: no-store`, so
 * no browser or proxy keeps it. Apollo's cache-control plugin sends the same header
 * for a schema without cache hints, as ours is, but works out hints at a hook on
 * every resolved field; it is switched off and this sets the header once.
 */
export const noStorePlugins = (): ApolloServerPlugin[] => [
  ApolloServerPluginCacheControlDisabled(),
  {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  },
];
