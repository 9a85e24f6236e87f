import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { POSITIONS, UNIT_KINDS } from '../../events/org-units.events';
import { UNIT_LEVELS } from '../../events/shared.types';
import { enumOf } from '../../infrastructure/graphql/enum-of';

export const UnitLevelEnum = enumOf(UNIT_LEVELS);
export const UnitKindEnum = enumOf(UNIT_KINDS);
export const PositionEnum = enumOf(POSITIONS);
registerEnumType(UnitLevelEnum, { name: 'UnitLevel', description: 'NATIONAL > REGIONAL > PROVINCIAL > LOCAL' });
registerEnumType(UnitKindEnum, { name: 'UnitKind' });
registerEnumType(PositionEnum, { name: 'Position' });

@InputType()
export class TerritoryInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. MA' })
  country!: string;
  @Field(() => String, { nullable: true })
  region?: string | null;
  @Field(() => String, { nullable: true })
  province?: string | null;
  @Field(() => String, { nullable: true })
  commune?: string | null;
  @Field(() => String, { nullable: true, description: "The division's official code, e.g. Morocco's HCP code 03.171 (El Hajeb)." })
  code?: string | null;
}
