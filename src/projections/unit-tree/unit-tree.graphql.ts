import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UnitKind } from '../../events/org-units.events';
import type { UnitLevel } from '../../events/shared.types';
import { LocalizedTextType } from '../../infrastructure/graphql/localized-text.graphql';
import { UnitKindEnum, UnitLevelEnum } from '../../modules/org-units/org-units.graphql';
import type { UnitRow } from './unit-tree.projection';

@ObjectType('Territory')
export class TerritoryType {
  @Field(() => String)
  country!: string;
  @Field(() => String, { nullable: true })
  region?: string;
  @Field(() => String, { nullable: true })
  province?: string;
  @Field(() => String, { nullable: true })
  commune?: string;
  @Field(() => String, { nullable: true, description: "The division's official code, e.g. Morocco's HCP code 03.171; null when none was recorded." })
  code!: string | null;
}

/**
 * A unit of the organization. Other read models hang their fields on this type
 * with @ResolveField (officers, activity …), so it only carries the unit's own facts.
 */
@ObjectType('OrgUnit')
export class OrgUnitType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { nullable: true, description: 'Null for a root unit, and when the parent is outside what the caller may read.' })
  parentId!: string | null;
  @Field(() => String, { description: 'Unit ids from the root, e.g. /pam/fes-meknes/el-hajeb' })
  path!: string;
  @Field(() => UnitLevelEnum)
  level!: UnitLevel;
  @Field(() => UnitKindEnum)
  kind!: UnitKind;
  @Field(() => Boolean)
  parallel!: boolean;
  @Field(() => LocalizedTextType)
  name!: LocalizedTextType;
  @Field(() => LocalizedTextType, { nullable: true })
  shortName!: LocalizedTextType | null;
  @Field(() => TerritoryType, { nullable: true })
  territory!: TerritoryType | null;
  @Field(() => String, { description: 'ACTIVE or DISSOLVED' })
  status!: string;
  @Field(() => String)
  establishedOn!: string;
  @Field(() => String, { nullable: true })
  dissolvedOn!: string | null;

  static of(row: UnitRow): OrgUnitType {
    const { id, parentId, path, level, kind, parallel, name, shortName, territory, status, establishedOn, dissolvedOn } = row;
    return Object.assign(new OrgUnitType(), { id, parentId, path, level, kind, parallel, name, shortName, territory, status, establishedOn, dissolvedOn });
  }
}
