import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, pageSize, toConnection } from '../../infrastructure/graphql/connection.graphql';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { Freshness } from '../runner/freshness';
import { cursorKey } from '../shared/keyset.sql';
import { MinPositionArg } from '../shared/min-position.arg';
import { readScopeOf, visibleEntity, visibleUnit } from '../shared/read-access';
import { inThePast, pointInTimeOf } from '../time-travel/point-in-time';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { UnitTreeQueries } from '../unit-tree/unit-tree.queries';
import { MeetingConnection, MeetingType, toMeeting } from './meetings.graphql';
import { MeetingsReader } from './meetings.reader';

@Resolver(() => MeetingType)
export class MeetingsResolver {
  constructor(
    private readonly reader: MeetingsReader,
    private readonly units: UnitTreeQueries,
    private readonly freshness: Freshness,
  ) {}

  @Query(() => MeetingType, { nullable: true, description: 'A meeting by id, corrections applied; null when none has that id, or when it is outside what the caller may read.' })
  async meeting(@Args('id', { type: () => ID }) id: string, @MinPositionArg() minPosition: string | null, @Ctx() request: RequestContext): Promise<MeetingType | null> {
    await this.freshness.ensure(minPosition);
    const [row] = await this.reader.byIds([id]);
    const meeting = visibleEntity(request, row);
    return meeting ? toMeeting(meeting) : null;
  }

  @Query(() => MeetingConnection, { description: "A unit's meetings, newest first (by day held, then id)." })
  async meetings(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('includeDescendants', { type: () => Boolean, nullable: true, defaultValue: true, description: 'Also the meetings of every unit below.' }) includeDescendants: boolean | null,
    @Args('from', { type: () => String, nullable: true, description: 'First day, YYYY-MM-DD, inclusive.' }) from: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'Last day, YYYY-MM-DD, inclusive.' }) to: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @MinPositionArg() minPosition: string | null,
    @Ctx() request: RequestContext,
  ): Promise<Connection<MeetingType>> {
    const size = pageSize(first);
    const cursor = cursorKey(after, 2);
    await this.freshness.ensure(minPosition);
    const scope = readScopeOf(request);
    const rows = await this.reader.list({ unitId, scope, includeDescendants: includeDescendants ?? true, from, to, limit: size + 1, after: cursor });
    return toConnection(rows, size, toMeeting, (row) => [row.heldOn, row.id]);
  }

  @ResolveField(() => OrgUnitType, { nullable: true, description: 'The unit that held the meeting.' })
  async unit(@Parent() meeting: MeetingType, @Context() context: object, @Ctx() request: RequestContext): Promise<OrgUnitType | null> {
    const point = pointInTimeOf(meeting);
    if (!point) return visibleUnit(request, await this.units.loader(context).load(meeting.unitId));
    const unit = visibleUnit(request, await new UnitTreeQueries(point.readModels).byId(meeting.unitId));
    return unit && inThePast(unit, point);
  }
}
