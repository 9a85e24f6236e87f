import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { UnitRow } from './unit-tree.evolve';
import { OrgUnitType } from './unit-tree.graphql';
import { UnitTreeReader } from './unit-tree.reader';

const toGraphql = (row: UnitRow): OrgUnitType => Object.assign(new OrgUnitType(), { ...row, id: row.unitId, officers: [...row.officers] });

const byPath = (a: UnitRow, b: UnitRow): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

@Resolver(() => OrgUnitType)
export class UnitTreeResolver {
  constructor(private readonly reader: UnitTreeReader) {}

  @Query(() => OrgUnitType, { nullable: true, description: 'A unit by id, or null when none has that id.' })
  async orgUnit(@Args('id', { type: () => ID }) id: string): Promise<OrgUnitType | null> {
    const row = (await this.reader.units()).get(id);
    return row ? toGraphql(row) : null;
  }

  @Query(() => [OrgUnitType], { description: 'The children of a unit, or the root units when parentId is absent.' })
  async orgUnits(@Args('parentId', { type: () => ID, nullable: true }) parentId: string | null): Promise<OrgUnitType[]> {
    const rows = [...(await this.reader.units()).values()];
    return rows.filter((row) => row.parentId === (parentId ?? null)).sort(byPath).map(toGraphql);
  }

  @ResolveField(() => [OrgUnitType])
  async children(@Parent() unit: OrgUnitType): Promise<OrgUnitType[]> {
    return this.orgUnits(unit.id);
  }
}
