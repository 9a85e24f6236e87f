import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { ActivityBucketType, ActivitySummaryType, GranularityEnum, toSummary } from './activity.graphql';
import { dayRange, type Granularity } from './activity.periods';
import { ActivityReader, type Scope } from './activity.reader';
import { seriesOf } from './activity.series';
import type { Figures } from './activity.tables';

const INCLUDE_DESCENDANTS = { type: () => Boolean, defaultValue: true, description: 'Count the whole subtree (default) or the unit alone.' } as const;

/** Adds activity to the unit tree's OrgUnit type without touching its file. */
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
    // A list of units asking for activity becomes one UNION ALL statement per request.
    const loader = requestLoader<string, Figures>(context, 'activity.summaries', (keys) => this.reader.summaries(keys.map((key) => JSON.parse(key) as Scope)));
    const figures = await loader.load(JSON.stringify({ path: unit.path, includeDescendants, ...range } satisfies Scope));
    return toSummary(figures, range.from, range.to);
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
    return seriesOf(range, granularity, await this.reader.perDay({ path: unit.path, includeDescendants, ...range }));
  }
}
