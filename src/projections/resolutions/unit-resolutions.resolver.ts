import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ResolutionStatus } from '../../events/resolutions.events';
import { type Connection, pageSize, toConnection } from '../../infrastructure/graphql/connection.graphql';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { ResolutionStatusEnum } from '../../modules/resolutions/resolutions.graphql';
import { cursorKey } from '../shared/keyset.sql';
import { readScopeOf } from '../shared/read-access';
import { inThePast, pointInTimeOf, readerAt } from '../time-travel/point-in-time';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { ResolutionConnection, type ResolutionType, toResolution } from './resolutions.graphql';
import { ResolutionsReader } from './resolutions.reader';

/** `OrgUnit.resolutions`: the top-level list hung on a unit, so a unit read `asOf` a past point lists them, with their status, as of then. */
@Resolver(() => OrgUnitType)
export class UnitResolutionsResolver {
  constructor(private readonly reader: ResolutionsReader) {}

  @ResolveField(() => ResolutionConnection, { description: "The unit's resolutions, newest first (by day adopted, then id)." })
  async resolutions(
    @Parent() unit: OrgUnitType,
    @Args('status', { type: () => ResolutionStatusEnum, nullable: true, description: 'Only those whose status is this.' }) status: ResolutionStatus | null,
    @Args('includeDescendants', { type: () => Boolean, nullable: true, defaultValue: true, description: 'Also the resolutions of every unit below.' }) includeDescendants: boolean | null,
    @Args('includeRescinded', { type: () => Boolean, nullable: true, defaultValue: false }) includeRescinded: boolean | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Ctx() request: RequestContext,
  ): Promise<Connection<ResolutionType>> {
    const size = pageSize(first);
    const cursor = cursorKey(after, 2);
    const reader = readerAt(unit, this.reader, (readModels) => new ResolutionsReader(readModels));
    const rows = await reader.list({ unitId: unit.id, scope: readScopeOf(request), includeDescendants: includeDescendants ?? true, status, includeRescinded: includeRescinded ?? false, limit: size + 1, after: cursor });
    return toConnection(rows, size, (row) => inThePast(toResolution(row), pointInTimeOf(unit)), (row) => [row.adoptedOn, row.id]);
  }
}
