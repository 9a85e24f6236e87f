import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { GraphqlLimits } from './graphql-limits';
import { noStorePlugins } from './no-store.plugin';
import { queryLimitsPlugin } from './query-limits.plugin';

/** The Apollo options that guard the endpoint; spread into the GraphQL module's configuration. */
export const hardenedApolloOptions = (limits: GraphqlLimits): Partial<ApolloDriverConfig> => ({
  // A GET, or a POST a browser may send cross-site without a preflight (form or text/plain), is refused.
  csrfPrevention: true,
  introspection: limits.introspection,
  // Without introspection, "did you mean …?" hints would still spell the schema out.
  hideSchemaDetailsFromClientErrors: !limits.introspection,
  includeStacktraceInErrorResponses: false,
  // `playground: false` stands Nest's own pages down; the explorer, when on, is Apollo's.
  playground: false,
  plugins: [queryLimitsPlugin(limits), ...noStorePlugins(), ...(limits.landingPage ? [ApolloServerPluginLandingPageLocalDefault()] : [])],
});
