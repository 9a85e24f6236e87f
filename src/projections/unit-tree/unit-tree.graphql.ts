import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Position, UnitKind } from '../../events/org-units.events';
import type { UnitLevel } from '../../events/shared.types';
import { LocalizedTextType } from '../../infrastructure/graphql/localized-text.graphql';
import { PositionEnum, UnitKindEnum, UnitLevelEnum } from '../../modules/org-units/org-units.graphql';

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
}

@ObjectType('Officer')
export class OfficerType {
  @Field(() => ID)
  memberId!: string;
  @Field(() => PositionEnum)
  position!: Position;
  @Field(() => LocalizedTextType, { nullable: true })
  title!: LocalizedTextType | null;
  @Field(() => String)
  since!: string;
}

@ObjectType('OrgUnit')
export class OrgUnitType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { nullable: true })
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
  @Field(() => [OfficerType], { description: 'Officers currently in post.' })
  officers!: OfficerType[];
}
