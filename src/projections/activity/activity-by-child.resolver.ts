import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { DomainError } from '../../modules/shared-kernel/domain-error';
import { Freshness } from '../runner/freshness';
import { MinPositionArg } from '../shared/min-position.arg';
import { visibleUnit } from '../shared/read-access';
import { ChildActivityType, toSummary } from './activity.graphql';
import { dayRange } from './activity.periods';
import { ActivityReader } from './activity.reader';

@Resolver()
export class ActivityByChildResolver {
  constructor(
    private readonly reader: ActivityReader,
    private readonly freshness: Freshness,
  ) {}

  @Query(() => [ChildActivityType], {
    description: 'The "region → its provinces" table: each direct child of a unit, by path, with its subtree totals over from..to.',
  })
  async activityByChild(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('from') from: string,
    @Args('to') to: string,
    // Its published description differs from the shared one's; kept so the schema stays as it is.
    @MinPositionArg('Wait until the read models include this log position.') minPosition: string | null,
    @Ctx() request: RequestContext,
  ): Promise<ChildActivityType[]> {
    await this.freshness.ensure(minPosition);
    const range = dayRange(from, to);
    // Outside the read scope reads as unknown; the children of a visible unit are all visible.
    if (!visibleUnit(request, await this.reader.unit(unitId))) throw new DomainError('ORG_UNIT.NOT_FOUND', `Unit ${unitId} is not in the register`, 'unitId');
    const children = await this.reader.children(unitId);
    const totals = await this.reader.summaries(children.map((child) => ({ path: child.path, includeDescendants: true, ...range })));
    return children.map((child, index) =>
      Object.assign(new ChildActivityType(), {
        id: child.id,
        name: child.name,
        level: child.level,
        path: child.path,
        parallel: child.parallel,
        status: child.status,
        activity: Object.assign(toSummary(totals[index]!, range.from, range.to), { scope: { path: child.path, includeDescendants: true, ...range } }),
      }),
    );
  }
}
