import type { ConfigService } from '@nestjs/config';
import type { SijillConfig } from '../../config/config.schema';

export interface GraphqlLimitValues {
  /** Deepest field nesting an operation may have. */
  readonly maxDepth: number;
  /** Highest estimated cost an operation may have (see query-cost.ts). */
  readonly maxCost: number;
  /** Calls one caller may make per window. */
  readonly rateLimit: number;
  readonly rateWindowMs: number;
  readonly bodyLimitBytes: number;
  readonly introspection: boolean;
  readonly landingPage: boolean;
}

/** What one GraphQL caller may ask of the service; tests replace it with small numbers. */
export class GraphqlLimits implements GraphqlLimitValues {
  readonly maxDepth!: number;
  readonly maxCost!: number;
  readonly rateLimit!: number;
  readonly rateWindowMs!: number;
  readonly bodyLimitBytes!: number;
  readonly introspection!: boolean;
  readonly landingPage!: boolean;

  constructor(values: GraphqlLimitValues) {
    Object.assign(this, values);
  }

  with(changes: Partial<GraphqlLimitValues>): GraphqlLimits {
    return new GraphqlLimits({ ...this, ...changes });
  }

  static fromConfig(config: ConfigService<SijillConfig, true>): GraphqlLimits {
    const value = <K extends LimitKey>(key: K): SijillConfig[K] => config.get(key, { infer: true });
    return graphqlLimitsFrom(
      {
        SIJILL_GRAPHQL_MAX_DEPTH: value('SIJILL_GRAPHQL_MAX_DEPTH'),
        SIJILL_GRAPHQL_MAX_COST: value('SIJILL_GRAPHQL_MAX_COST'),
        SIJILL_RATE_LIMIT: value('SIJILL_RATE_LIMIT'),
        SIJILL_RATE_WINDOW_MS: value('SIJILL_RATE_WINDOW_MS'),
        SIJILL_BODY_LIMIT_BYTES: value('SIJILL_BODY_LIMIT_BYTES'),
        SIJILL_GRAPHQL_INTROSPECTION: value('SIJILL_GRAPHQL_INTROSPECTION'),
        SIJILL_GRAPHQL_LANDING_PAGE: value('SIJILL_GRAPHQL_LANDING_PAGE'),
      },
      process.env.NODE_ENV,
    );
  }
}

type LimitKey =
  | 'SIJILL_GRAPHQL_MAX_DEPTH'
  | 'SIJILL_GRAPHQL_MAX_COST'
  | 'SIJILL_RATE_LIMIT'
  | 'SIJILL_RATE_WINDOW_MS'
  | 'SIJILL_BODY_LIMIT_BYTES'
  | 'SIJILL_GRAPHQL_INTROSPECTION'
  | 'SIJILL_GRAPHQL_LANDING_PAGE';

/** Introspection and the explorer page show the whole schema: on while developing, off in production unless asked for. */
export const graphqlLimitsFrom = (config: Pick<SijillConfig, LimitKey>, nodeEnv: string | undefined): GraphqlLimits => {
  const byDefault = nodeEnv === 'production' ? 'off' : 'on';
  return new GraphqlLimits({
    maxDepth: config.SIJILL_GRAPHQL_MAX_DEPTH,
    maxCost: config.SIJILL_GRAPHQL_MAX_COST,
    rateLimit: config.SIJILL_RATE_LIMIT,
    rateWindowMs: config.SIJILL_RATE_WINDOW_MS,
    bodyLimitBytes: config.SIJILL_BODY_LIMIT_BYTES,
    introspection: (config.SIJILL_GRAPHQL_INTROSPECTION ?? byDefault) === 'on',
    landingPage: (config.SIJILL_GRAPHQL_LANDING_PAGE ?? byDefault) === 'on',
  });
};
