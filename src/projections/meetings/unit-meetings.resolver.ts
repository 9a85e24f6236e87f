import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, pageSize, toConnection } from '../../infrastructure/graphql/connection.graphql';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { cursorKey } from '../shared/keyset.sql';
import { readScopeOf } from '../shared/read-access';
import { inThePast, pointInTimeOf, readerAt } from '../time-travel/point-in-time';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { MeetingConnection, type MeetingType, toMeeting } from './meetings.graphql';
import { MeetingsReader } from './meetings.reader';

/** `OrgUnit.meetings`: the top-level `meetings` list hung on a unit, so a unit read `asOf` a past point lists them as of then. */
@Resolver(() => OrgUnitType)
export class UnitMeetingsResolver {
  constructor(private readonly reader: MeetingsReader) {}

  @ResolveField(() => MeetingConnection, { description: "The unit's meetings, newest first (by day held, then id), each as recorded and corrected." })
  async meetings(
    @Parent() unit: OrgUnitType,
    @Args('includeDescendants', { type: () => Boolean, nullable: true, defaultValue: true, description: 'Also the meetings of every unit below.' }) includeDescendants: boolean | null,
    @Args('from', { type: () => String, nullable: true, description: 'First day, YYYY-MM-DD, inclusive.' }) from: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'Last day, YYYY-MM-DD, inclusive.' }) to: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Ctx() request: RequestContext,
  ): Promise<Connection<MeetingType>> {
    const size = pageSize(first);
    const cursor = cursorKey(after, 2);
    const reader = readerAt(unit, this.reader, (readModels) => new MeetingsReader(readModels));
    const rows = await reader.list({ unitId: unit.id, scope: readScopeOf(request), includeDescendants: includeDescendants ?? true, from, to, limit: size + 1, after: cursor });
    return toConnection(rows, size, (row) => inThePast(toMeeting(row), pointInTimeOf(unit)), (row) => [row.heldOn, row.id]);
  }
}
