import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ResolutionStatus } from '../../events/resolutions.events';
import { type Connection, pageSize, toConnection } from '../../infrastructure/graphql/connection.graphql';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { ResolutionStatusEnum } from '../../modules/resolutions/resolutions.graphql';
import { MeetingType, toMeeting } from '../meetings/meetings.graphql';
import { MeetingsReader } from '../meetings/meetings.reader';
import { Freshness } from '../runner/freshness';
import { cursorKey } from '../shared/keyset.sql';
import { MinPositionArg } from '../shared/min-position.arg';
import { readScopeOf, visibleEntity, visibleUnit } from '../shared/read-access';
import { inThePast, pointInTimeOf } from '../time-travel/point-in-time';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { UnitTreeQueries } from '../unit-tree/unit-tree.queries';
import { ResolutionConnection, ResolutionType, toResolution } from './resolutions.graphql';
import { ResolutionsReader } from './resolutions.reader';

@Resolver(() => ResolutionType)
export class ResolutionsResolver {
  constructor(
    private readonly reader: ResolutionsReader,
    private readonly meetings: MeetingsReader,
    private readonly units: UnitTreeQueries,
    private readonly freshness: Freshness,
  ) {}

  @Query(() => ResolutionType, {
    nullable: true,
    description: 'A resolution by id with its status history; null when none has that id, or when it is outside what the caller may read.',
  })
  async resolution(@Args('id', { type: () => ID }) id: string, @MinPositionArg() minPosition: string | null, @Ctx() request: RequestContext): Promise<ResolutionType | null> {
    await this.freshness.ensure(minPosition);
    const [row] = await this.reader.byIds([id]);
    const resolution = visibleEntity(request, row);
    return resolution ? toResolution(resolution) : null;
  }

  @Query(() => ResolutionConnection, { description: "A unit's resolutions, newest first (by day adopted, then id)." })
  async resolutions(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('includeDescendants', { type: () => Boolean, nullable: true, defaultValue: true, description: 'Also the resolutions of every unit below.' }) includeDescendants: boolean | null,
    @Args('status', { type: () => ResolutionStatusEnum, nullable: true, description: 'Only those whose current status is this.' }) status: ResolutionStatus | null,
    @Args('includeRescinded', { type: () => Boolean, nullable: true, defaultValue: false }) includeRescinded: boolean | null,
    @Args('from', { type: () => String, nullable: true, description: 'First adoption day, YYYY-MM-DD, inclusive.' }) from: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'Last adoption day, YYYY-MM-DD, inclusive.' }) to: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @MinPositionArg() minPosition: string | null,
    @Ctx() request: RequestContext,
  ): Promise<Connection<ResolutionType>> {
    const size = pageSize(first);
    const cursor = cursorKey(after, 2);
    await this.freshness.ensure(minPosition);
    const rows = await this.reader.list({ unitId, scope: readScopeOf(request), includeDescendants: includeDescendants ?? true, status, includeRescinded: includeRescinded ?? false, from, to, limit: size + 1, after: cursor });
    return toConnection(rows, size, toResolution, (row) => [row.adoptedOn, row.id]);
  }

  @ResolveField(() => MeetingType, { nullable: true, description: 'The meeting that adopted it.' })
  async meeting(@Parent() resolution: ResolutionType, @Context() context: object, @Ctx() request: RequestContext): Promise<MeetingType | null> {
    const point = pointInTimeOf(resolution);
    const found = point ? (await new MeetingsReader(point.readModels).byIds([resolution.meetingId]))[0] : await this.meetings.loader(context).load(resolution.meetingId);
    const row = visibleEntity(request, found);
    return row ? inThePast(toMeeting(row), point) : null;
  }

  @ResolveField(() => OrgUnitType, { nullable: true, description: 'The unit whose meeting adopted it.' })
  async unit(@Parent() resolution: ResolutionType, @Context() context: object, @Ctx() request: RequestContext): Promise<OrgUnitType | null> {
    const point = pointInTimeOf(resolution);
    if (!point) return visibleUnit(request, await this.units.loader(context).load(resolution.unitId));
    const unit = visibleUnit(request, await new UnitTreeQueries(point.readModels).byId(resolution.unitId));
    return unit && inThePast(unit, point);
  }
}
