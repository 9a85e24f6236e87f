import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { Freshness } from '../runner/freshness';
import { MinPositionArg } from '../shared/min-position.arg';
import { AsOfInput } from '../time-travel/as-of.input';
import { inThePast, loaderAt, pointInTimeOf, readerAt } from '../time-travel/point-in-time';
import { TimeTravel } from '../time-travel/time-travel.service';
import { OrgUnitType } from './unit-tree.graphql';
import { UnitTreeQueries } from './unit-tree.queries';

@Resolver(() => OrgUnitType)
export class UnitTreeResolver {
  constructor(
    private readonly units: UnitTreeQueries,
    private readonly freshness: Freshness,
    private readonly timeTravel: TimeTravel,
  ) {}

  @Query(() => OrgUnitType, {
    nullable: true,
    description: 'A unit by id, or null when none has that id. With asOf: the unit and everything read under it as they stood at that past point.',
  })
  async orgUnit(
    @Args('id', { type: () => ID }) id: string,
    @MinPositionArg() minPosition: string | null,
    @Args('asOf', { type: () => AsOfInput, nullable: true }) asOf: AsOfInput | null,
  ): Promise<OrgUnitType | null> {
    await this.freshness.ensure(minPosition);
    if (!asOf) return this.units.byId(id);
    const point = await this.timeTravel.at(asOf);
    const unit = point ? await new UnitTreeQueries(point.readModels).byId(id) : null;
    return unit && inThePast(unit, point!);
  }

  @Query(() => [OrgUnitType], {
    description:
      'The children of a unit in path order, or the root units when parentId is absent. With territoryCode: the units recorded with that official code (e.g. HCP 03.171), anywhere in the tree or under parentId.',
  })
  async orgUnits(
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
    @Args('territoryCode', { type: () => String, nullable: true }) territoryCode: string | null,
    @MinPositionArg() minPosition: string | null,
  ): Promise<OrgUnitType[]> {
    await this.freshness.ensure(minPosition);
    if (territoryCode !== null && territoryCode !== undefined) return this.units.byTerritoryCode(territoryCode.trim(), parentId ?? null);
    return (await this.units.childrenOf([parentId ?? null]))[0]!;
  }

  @ResolveField(() => [OrgUnitType], { description: 'Units attached directly below, in path order.' })
  async children(@Parent() unit: OrgUnitType, @Context() context: object): Promise<OrgUnitType[]> {
    const units = readerAt(unit, this.units, (readModels) => new UnitTreeQueries(readModels));
    const children = await requestLoader<string, OrgUnitType[]>(context, loaderAt('unit-tree.children', unit), (ids) => units.childrenOf(ids)).load(unit.id);
    return children.map((child) => inThePast(child, pointInTimeOf(unit)));
  }

  @ResolveField(() => [OrgUnitType], { description: 'The units above this one, the root first.' })
  async ancestors(@Parent() unit: OrgUnitType, @Context() context: object): Promise<OrgUnitType[]> {
    const ids = unit.path.split('/').filter((segment) => segment !== '').slice(0, -1);
    const point = pointInTimeOf(unit);
    const found = point ? await new UnitTreeQueries(point.readModels).byIds(ids) : await this.units.loader(context).loadMany(ids);
    return found.filter((ancestor): ancestor is OrgUnitType => ancestor instanceof OrgUnitType).map((ancestor) => inThePast(ancestor, point));
  }
}
