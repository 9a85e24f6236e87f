import { Module } from '@nestjs/common';
import { EraseMemberPersonalDataHandler } from './erase-member-personal-data/erase-member-personal-data.handler';
import { EraseMemberPersonalDataResolver } from './erase-member-personal-data/erase-member-personal-data.resolver';
import { RecordMemberLeavingHandler } from './record-member-leaving/record-member-leaving.handler';
import { RecordMemberLeavingResolver } from './record-member-leaving/record-member-leaving.resolver';
import { RegisterMemberHandler } from './register-member/register-member.handler';
import { RegisterMemberResolver } from './register-member/register-member.resolver';
import { TransferMemberHandler } from './transfer-member/transfer-member.handler';
import { TransferMemberResolver } from './transfer-member/transfer-member.resolver';

@Module({
  providers: [
    RegisterMemberHandler,
    RegisterMemberResolver,
    TransferMemberHandler,
    TransferMemberResolver,
    RecordMemberLeavingHandler,
    RecordMemberLeavingResolver,
    EraseMemberPersonalDataHandler,
    EraseMemberPersonalDataResolver,
  ],
})
export class MembersModule {}
