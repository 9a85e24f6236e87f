import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Position } from '../../events/org-units.events';
import { LocalizedTextType } from '../../infrastructure/graphql/localized-text.graphql';
import { PositionEnum } from '../../modules/org-units/org-units.graphql';
import type { TermRow } from './officers.projection';

@ObjectType('Officer', { description: 'One term of a member in a position of a unit.' })
export class OfficerType {
  @Field(() => ID, { description: 'unitId|position|memberId|termStart' })
  id!: string;
  @Field(() => ID)
  unitId!: string;
  @Field(() => String)
  unitPath!: string;
  @Field(() => ID)
  memberId!: string;
  @Field(() => PositionEnum)
  position!: Position;
  @Field(() => LocalizedTextType, { nullable: true })
  title!: LocalizedTextType | null;
  @Field(() => String)
  termStart!: string;
  @Field(() => String, { nullable: true, description: 'The planned end of the term, as appointed.' })
  termEnd!: string | null;
  @Field(() => String, { nullable: true })
  relievedOn!: string | null;
  @Field(() => String, { nullable: true })
  relievedReason!: string | null;
  @Field(() => Boolean, { description: 'True while the member holds the position.' })
  current!: boolean;
  @Field(() => String, { deprecationReason: 'Use termStart.' })
  since!: string;

  static of(row: TermRow): OfficerType {
    const { id, unitId, unitPath, memberId, position, title, termStart, termEnd, relievedOn, relievedReason, current } = row;
    return Object.assign(new OfficerType(), { id, unitId, unitPath, memberId, position, title, termStart, termEnd, relievedOn, relievedReason, current, since: termStart });
  }
}
