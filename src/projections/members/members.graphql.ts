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
  @Field(() => String, { nullable: true, description: 'Null when none was given, or once the member’s personal data was erased.' })
  reason!: string | null;
}

@ObjectType('Member', {
  description: 'A person registered in a unit. Personal data (name, honorific, transfer reasons) shows only to callers allowed to read it in the unit; otherwise it is null and personalDataHidden is true.',
})
export class MemberType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { description: 'The unit the member is registered in now.' })
  unitId!: string;
  @Field(() => String)
  unitPath!: string;
  @Field(() => LocalizedTextType, { nullable: true, description: 'Null once the member’s personal data was erased.' })
  fullName!: LocalizedTextType | null;
  @Field(() => LocalizedTextType, { nullable: true, description: 'Null when none was given, or once erased.' })
  honorific!: LocalizedTextType | null;
  @Field(() => Boolean, {
    description: "True once the member's personal data was erased (eraseMemberPersonalData): the personal fields are then null for everyone, for good. The member still counts everywhere.",
  })
  erased!: boolean;
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
    const { id, unitId, unitPath, fullName, honorific, erased, status, joinedOn, leftOn, leavingReason, transfers } = row;
    // `erased === true`: a generation built before the column existed answers until its successor catches up.
    return Object.assign(new MemberType(), { id, unitId, unitPath, fullName, honorific, erased: erased === true, status, joinedOn, leftOn, leavingReason, transfers: [...transfers] });
  }
}

export const MemberConnection = connectionOf(MemberType, 'Member');
