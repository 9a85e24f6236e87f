import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { unrestricted, type Principal } from '../../auth/access';
import { validateConfig } from '../../config/config.schema';
import { graphqlLimitsFrom } from './graphql-limits';
import { ASSUMED_LIST_SIZE, operationCost, PAGE_CEILING } from './query-cost';
import { operationDepth } from './query-depth';
import { keptLimitCheck } from './query-limits';
import { rateLimitTracker } from './rate-limit-tracker';

const schema = buildSchema(`
  type Query { unit(id: ID!): Unit, units: [Unit!]! }
  type Unit {
    id: ID!
    name: String
    children: [Unit!]!
    meetings(first: Int = 20, after: String): MeetingConnection!
    members(first: Int): MeetingConnection!
  }
  type MeetingConnection { edges: [MeetingEdge!]!, pageInfo: PageInfo! }
  type MeetingEdge { node: Meeting!, cursor: String! }
  type Meeting { id: ID!, title: String, unit: Unit }
  type PageInfo { hasNextPage: Boolean!, endCursor: String }
`);

const cost = (query: string, variables: Record<string, unknown> = {}): number => operationCost(schema, parse(query), variables, undefined);
const depth = (query: string, operationName?: string): number => operationDepth(parse(query), operationName);

describe('the depth of an operation', () => {
  it('counts nested fields, not the operation itself', () => {
    expect(depth('{ unit(id: "a") { id } }')).toBe(2);
    expect(depth('{ unit(id: "a") { children { children { id } } } }')).toBe(4);
  });

  it('counts fragments and inline fragments where they are spread', () => {
    expect(depth('query { unit(id: "a") { ...Deep } } fragment Deep on Unit { children { ... on Unit { children { id } } } }')).toBe(4);
  });

  it('measures the operation asked for when the document holds several', () => {
    const document = 'query Shallow { units { id } } query Deep { units { children { children { id } } } }';
    expect(depth(document, 'Shallow')).toBe(2);
    expect(depth(document, 'Deep')).toBe(4);
  });

  it('works out a fragment spread many times once, so doubling fragments take linear time', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1 ? `fragment F${level} on Unit { id }` : `fragment F${level} on Unit { a: children { ...F${level + 1} } b: children { ...F${level + 1} } }`,
    );
    const started = Date.now();
    expect(depth(`{ unit(id: "a") { ...F0 } } ${fragments.join(' ')}`)).toBe(levels + 1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('leaves introspection out: graphql-js bounds its nesting itself', () => {
    expect(depth(getIntrospectionQuery())).toBe(0);
  });
});

describe('the cost of an operation', () => {
  const page = (first: string) => `{ unit(id: "a") { meetings${first} { edges { node { id unit { id } } } } } }`;

  it('grows with `first`: twice the page, twice the cost of what each item selects', () => {
    const node = 3; // edges, node, unit
    expect(cost(page('(first: 10)'))).toBe(1 + (1 + 10 * node));
    expect(cost(page('(first: 20)')) - 1 - 1).toBe(2 * (cost(page('(first: 10)')) - 1 - 1));
  });

  it('reads `first` from the variables, and takes the default page when it is left out', () => {
    expect(cost('query Q($n: Int) { unit(id: "a") { meetings(first: $n) { edges { node { id } } } } }', { n: 50 })).toBe(1 + 1 + 50 * 2);
    expect(cost(page(''))).toBe(cost(page('(first: 20)')));
    expect(cost('{ unit(id: "a") { members { edges { node { id } } } } }')).toBe(1 + 1 + 20 * 2);
  });

  it('costs a `first` beyond any list’s maximum as the largest page, leaving the refusal to the list', () => {
    expect(cost(page('(first: 1000000)'))).toBe(cost(page(`(first: ${PAGE_CEILING})`)));
  });

  it('counts an unpaged list as a few items each, and scalars as nothing', () => {
    expect(cost('{ units { id name } }')).toBe(ASSUMED_LIST_SIZE);
    expect(cost('{ units { children { id } } }')).toBe(ASSUMED_LIST_SIZE * (1 + ASSUMED_LIST_SIZE));
  });

  it('costs introspection nothing', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
  });
});

describe('verdicts kept per document', () => {
  const PAGED = parse('query Q($n: Int) { unit(id: "a") { meetings(first: $n) { edges { node { id } } } } }');

  it('answers the same document asked again with new variables by those variables', () => {
    const check = keptLimitCheck({ maxDepth: 10, maxCost: 100 });
    const ask = (n: number) => check({ schema, document: PAGED, variables: { n }, operationName: null });
    expect(ask(10)).toBeNull();
    expect(ask(10)).toBeNull();
    expect(ask(500)).toMatchObject({ code: 'QUERY.TOO_COMPLEX', details: { limit: 100, actual: 1 + 1 + 500 * 2 } });
    expect(ask(10)).toBeNull();
    expect(ask(500)?.code).toBe('QUERY.TOO_COMPLEX');
  });

  it('judges long variables afresh each time, as it does any other document', () => {
    const check = keptLimitCheck({ maxDepth: 10, maxCost: 100 });
    const variables = { n: 500, note: 'x'.repeat(5_000) };
    expect(check({ schema, document: PAGED, variables, operationName: null })?.code).toBe('QUERY.TOO_COMPLEX');
    expect(check({ schema, document: parse('{ units { children { children { id } } } }'), operationName: null })).toMatchObject({ code: 'QUERY.TOO_COMPLEX' });
  });
});

describe('whose calls count together', () => {
  const principal = (authenticatedBy: Principal['authenticatedBy']): Principal => ({ ...unrestricted('recorder@el-hajeb', authenticatedBy) });

  it('counts an authenticated principal’s calls wherever they come from', () => {
    expect(rateLimitTracker(principal('api-key'), '10.0.0.1')).toBe('principal:recorder@el-hajeb');
    expect(rateLimitTracker(principal('token'), '10.0.0.2')).toBe('principal:recorder@el-hajeb');
  });

  it('counts by client address without authentication, an IPv6 host by its /64', () => {
    expect(rateLimitTracker(principal('auth-off'), '127.0.0.1')).toBe('ip:127.0.0.1');
    expect(rateLimitTracker(undefined, '2001:db8:1:2::7')).toBe(rateLimitTracker(undefined, '2001:db8:1:2:ffff::1'));
    expect(rateLimitTracker(undefined, '2001:db8:1:2::7')).not.toBe(rateLimitTracker(undefined, '2001:db8:1:3::7'));
  });
});

describe('the GraphQL limits from configuration', () => {
  it('turns introspection and the explorer page off in production and on elsewhere, unless configured', () => {
    expect(graphqlLimitsFrom(validateConfig({}), 'production')).toMatchObject({ introspection: false, landingPage: false });
    expect(graphqlLimitsFrom(validateConfig({}), 'development')).toMatchObject({ introspection: true, landingPage: true });
    expect(graphqlLimitsFrom(validateConfig({ SIJILL_GRAPHQL_INTROSPECTION: 'on' }), 'production')).toMatchObject({ introspection: true, landingPage: false });
    expect(graphqlLimitsFrom(validateConfig({ SIJILL_GRAPHQL_LANDING_PAGE: 'off' }), undefined)).toMatchObject({ introspection: true, landingPage: false });
  });

  it('reads the rate limit and its window', () => {
    expect(graphqlLimitsFrom(validateConfig({ SIJILL_RATE_LIMIT: '30', SIJILL_RATE_WINDOW_MS: '1000' }), 'production')).toMatchObject({ rateLimit: 30, rateWindowMs: 1000 });
  });
});
