import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { inThePast, loaderAt, pointInTimeOf, readerAt } from '../time-travel/point-in-time';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { ActivityBucketType, ActivitySummaryType, GranularityEnum, toSummary } from './activity.graphql';
import { dayRange, type Granularity } from './activity.periods';
import { ActivityReader, type Scope } from './activity.reader';
import { seriesOf } from './activity.series';
import type { Figures } from './activity.tables';

const INCLUDE_DESCENDANTS = { type: () => Boolean, defaultValue: true, description: 'Count the whole subtree (default) or the unit alone.' } as const;

/** Adds activity to the unit tree's OrgUnit type without touching its file; a unit read `asOf` a past point counts as of then. */
@Resolver(() => OrgUnitType)
export class OrgUnitActivityResolver {
  constructor(private readonly reader: ActivityReader) {}

  @ResolveField(() => ActivitySummaryType, { description: 'Totals over from..to (YYYY-MM-DD, both included, under 20 years).' })
  async activity(
    @Parent() unit: Pick<OrgUnitType, 'path'>,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('includeDescendants', INCLUDE_DESCENDANTS) includeDescendants: boolean,
    @Context() context: object,
  ): Promise<ActivitySummaryType> {
    const range = dayRange(from, to);
    const reader = readerAt(unit, this.reader, (readModels) => new ActivityReader(readModels));
    // A list of units asking for activity becomes one UNION ALL statement per request.
    const loader = requestLoader<string, Figures>(context, loaderAt('activity.summaries', unit), (keys) => reader.summaries(keys.map((key) => JSON.parse(key) as Scope)));
    const scope: Scope = { path: unit.path, includeDescendants, ...range };
    const figures = await loader.load(JSON.stringify(scope));
    return inThePast(Object.assign(toSummary(figures, range.from, range.to), { scope }), pointInTimeOf(unit));
  }

  @ResolveField(() => [ActivityBucketType], { description: 'Every period of from..to in order, empty ones as zeros; DAY series span under 3 years.' })
  async activitySeries(
    @Parent() unit: Pick<OrgUnitType, 'path'>,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('granularity', { type: () => GranularityEnum }) granularity: Granularity,
    @Args('includeDescendants', INCLUDE_DESCENDANTS) includeDescendants: boolean,
  ): Promise<ActivityBucketType[]> {
    const range = dayRange(from, to, granularity);
    const reader = readerAt(unit, this.reader, (readModels) => new ActivityReader(readModels));
    const buckets = seriesOf(range, granularity, await reader.perDay({ path: unit.path, includeDescendants, ...range }, granularity));
    return buckets.map((bucket) => inThePast(Object.assign(bucket, { scope: { path: unit.path, includeDescendants, from: bucket.start, to: bucket.end } }), pointInTimeOf(unit)));
  }
}
