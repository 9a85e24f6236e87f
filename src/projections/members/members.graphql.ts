import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LeavingReason } from '../../events/members.events';
import { connectionOf } from '../../infrastructure/graphql/connection.graphql';
import { enumOf } from '../../infrastructure/graphql/enum-of';
import { LocalizedTextType } from '../../infrastructure/graphql/localized-text.graphql';
import { LeavingReasonEnum } from '../../modules/members/members.graphql';
import type { MemberRow, MemberStatus } from './members.projection';

export const MemberStatusEnum = enumOf<MemberStatus>(['ACTIVE', 'LEFT']);
registerEnumType(MemberStatusEnum, { name: 'MemberStatus', description: 'ACTIVE, or LEFT the register (the row stays).' });

@ObjectType('MemberTransfer')
export class MemberTransferType {
  @Field(() => ID)
  fromUnitId!: string;
  @Field(() => String)
  fromUnitPath!: string;
  @Field(() => ID)
  toUnitId!: string;
  @Field(() => String)
  toUnitPath!: string;
  @Field(() => String)
  transferredOn!: string;
  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('Member', { description: 'A person registered in a unit. Personal data: access rules land with authorization.' })
export class MemberType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { description: 'The unit the member is registered in now.' })
  unitId!: string;
  @Field(() => String)
  unitPath!: string;
  @Field(() => LocalizedTextType)
  fullName!: LocalizedTextType;
  @Field(() => LocalizedTextType, { nullable: true })
  honorific!: LocalizedTextType | null;
  @Field(() => MemberStatusEnum)
  status!: MemberStatus;
  @Field(() => String)
  joinedOn!: string;
  @Field(() => String, { nullable: true })
  leftOn!: string | null;
  @Field(() => LeavingReasonEnum, { nullable: true })
  leavingReason!: LeavingReason | null;
  @Field(() => [MemberTransferType], { description: 'Moves between units, oldest first.' })
  transfers!: MemberTransferType[];

  static of(row: MemberRow): MemberType {
    const { id, unitId, unitPath, fullName, honorific, status, joinedOn, leftOn, leavingReason, transfers } = row;
    return Object.assign(new MemberType(), { id, unitId, unitPath, fullName, honorific, status, joinedOn, leftOn, leavingReason, transfers: [...transfers] });
  }
}

export const MemberConnection = connectionOf(MemberType, 'Member');
