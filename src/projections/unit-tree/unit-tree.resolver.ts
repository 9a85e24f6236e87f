import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { Freshness } from '../runner/freshness';
import { MinPositionArg } from '../shared/min-position.arg';
import { OrgUnitType } from './unit-tree.graphql';
import { UnitTreeQueries } from './unit-tree.queries';

@Resolver(() => OrgUnitType)
export class UnitTreeResolver {
  constructor(
    private readonly units: UnitTreeQueries,
    private readonly freshness: Freshness,
  ) {}

  @Query(() => OrgUnitType, { nullable: true, description: 'A unit by id, or null when none has that id.' })
  async orgUnit(@Args('id', { type: () => ID }) id: string, @MinPositionArg() minPosition: string | null): Promise<OrgUnitType | null> {
    await this.freshness.ensure(minPosition);
    return this.units.byId(id);
  }

  @Query(() => [OrgUnitType], { description: 'The children of a unit in path order, or the root units when parentId is absent.' })
  async orgUnits(
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
    @MinPositionArg() minPosition: string | null,
  ): Promise<OrgUnitType[]> {
    await this.freshness.ensure(minPosition);
    return (await this.units.childrenOf([parentId ?? null]))[0]!;
  }

  @ResolveField(() => [OrgUnitType], { description: 'Units attached directly below, in path order.' })
  async children(@Parent() unit: OrgUnitType, @Context() context: object): Promise<OrgUnitType[]> {
    return requestLoader<string, OrgUnitType[]>(context, 'unit-tree.children', (ids) => this.units.childrenOf(ids)).load(unit.id);
  }

  @ResolveField(() => [OrgUnitType], { description: 'The units above this one, the root first.' })
  async ancestors(@Parent() unit: OrgUnitType, @Context() context: object): Promise<OrgUnitType[]> {
    const ids = unit.path.split('/').filter((segment) => segment !== '').slice(0, -1);
    const found = await this.units.loader(context).loadMany(ids);
    return found.filter((ancestor): ancestor is OrgUnitType => ancestor instanceof OrgUnitType);
  }
}
