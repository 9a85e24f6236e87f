import { Module } from '@nestjs/common';
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
  ],
})
export class MembersModule {}
