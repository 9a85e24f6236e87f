import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { mayAnywhere } from '../../infrastructure/auth/access';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { forbidden } from '../../modules/shared-kernel/domain-error';
import { Freshness } from '../runner/freshness';
import { MinPositionArg } from '../shared/min-position.arg';
import { assertMayAudit, mayRead, readScopeOf, visibleUnit } from '../shared/read-access';
import { AsOfInput } from '../time-travel/as-of.input';
import { inThePast, loaderAt, pointInTimeOf, readerAt } from '../time-travel/point-in-time';
import { TimeTravel } from '../time-travel/time-travel.service';
import { OrgUnitType } from './unit-tree.graphql';
import { UnitTreeQueries } from './unit-tree.queries';

/** The path of a unit's parent: its own path less the last id ('' for a root). */
export const parentPathOf = (path: string): string => path.slice(0, path.lastIndexOf('/'));

const TIME_TRAVEL = 'Reading the register as of a past point';

/**
 * The tree as the caller may see it: units outside its read scope do not exist
 * for it, ancestors of its grant units included (a unit's path still spells their
 * ids, as it is the unit's own identity).
 */
@Resolver(() => OrgUnitType)
export class UnitTreeResolver {
  constructor(
    private readonly units: UnitTreeQueries,
    private readonly freshness: Freshness,
    private readonly timeTravel: TimeTravel,
  ) {}

  @Query(() => OrgUnitType, {
    nullable: true,
    description:
      'A unit by id, or null when none has that id or it is outside what the caller may read. ' +
      'With asOf (needs the audit role over the unit): the unit and everything read under it as they stood at that past point.',
  })
  async orgUnit(
    @Args('id', { type: () => ID }) id: string,
    @MinPositionArg() minPosition: string | null,
    @Args('asOf', { type: () => AsOfInput, nullable: true }) asOf: AsOfInput | null,
    @Ctx() request: RequestContext,
  ): Promise<OrgUnitType | null> {
    await this.freshness.ensure(minPosition);
    // Refused before anything is looked up, so the answer says nothing of the unit.
    if (asOf && !mayAnywhere(request.principal, 'audit')) throw forbidden(`${TIME_TRAVEL} needs the audit role`);
    const found = await this.units.byId(id);
    const live = visibleUnit(request, found);
    if (!asOf) return live;
    // Paths never change, so the live unit says where the past one lives: both checked before a replay is built.
    if (found && !live) return null;
    if (live) assertMayAudit(request, live.path, TIME_TRAVEL);
    const point = await this.timeTravel.at(asOf);
    const unit = visibleUnit(request, point ? await new UnitTreeQueries(point.readModels).byId(id) : null);
    if (!unit) return null;
    assertMayAudit(request, unit.path, TIME_TRAVEL);
    return inThePast(unit, point!);
  }

  @Query(() => [OrgUnitType], {
    description:
      'The children of a unit in path order, or the root units when parentId is absent. With territoryCode: the units recorded with that official code (e.g. HCP 03.171), anywhere in the tree or under parentId. ' +
      'Only units the caller may read: without parentId, a caller whose grants cover part of the tree gets the topmost units it may read (its grant units).',
  })
  async orgUnits(
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
    @Args('territoryCode', { type: () => String, nullable: true }) territoryCode: string | null,
    @MinPositionArg() minPosition: string | null,
    @Ctx() request: RequestContext,
  ): Promise<OrgUnitType[]> {
    await this.freshness.ensure(minPosition);
    const scope = readScopeOf(request);
    if (territoryCode !== null && territoryCode !== undefined) return this.units.byTerritoryCode(territoryCode.trim(), parentId ?? null, scope);
    if ((parentId === null || parentId === undefined) && scope !== 'all') return this.units.byPaths(scope);
    return (await this.units.childrenOf([parentId ?? null]))[0]!.filter((unit) => mayRead(request, unit.path));
  }

  @ResolveField(() => ID, { nullable: true })
  parentId(@Parent() unit: OrgUnitType, @Ctx() request: RequestContext): string | null {
    return unit.parentId !== null && mayRead(request, parentPathOf(unit.path)) ? unit.parentId : null;
  }

  @ResolveField(() => [OrgUnitType], { description: 'Units attached directly below, in path order.' })
  async children(@Parent() unit: OrgUnitType, @Context() context: object, @Ctx() request: RequestContext): Promise<OrgUnitType[]> {
    const units = readerAt(unit, this.units, (readModels) => new UnitTreeQueries(readModels));
    const children = await requestLoader<string, OrgUnitType[]>(context, loaderAt('unit-tree.children', unit), (ids) => units.childrenOf(ids)).load(unit.id);
    return children.filter((child) => mayRead(request, child.path)).map((child) => inThePast(child, pointInTimeOf(unit)));
  }

  @ResolveField(() => [OrgUnitType], { description: 'The units above this one that the caller may read, the root first.' })
  async ancestors(@Parent() unit: OrgUnitType, @Context() context: object, @Ctx() request: RequestContext): Promise<OrgUnitType[]> {
    const ids = unit.path.split('/').filter((segment) => segment !== '').slice(0, -1);
    const point = pointInTimeOf(unit);
    const found = point ? await new UnitTreeQueries(point.readModels).byIds(ids) : await this.units.loader(context).loadMany(ids);
    return found
      .filter((ancestor): ancestor is OrgUnitType => ancestor instanceof OrgUnitType && mayRead(request, ancestor.path))
      .map((ancestor) => inThePast(ancestor, point));
  }
}
