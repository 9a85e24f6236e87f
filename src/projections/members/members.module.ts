import { Module } from '@nestjs/common';
import { UnitTreeModule } from '../unit-tree/unit-tree.module';
import { MembersQueries } from './members.queries';
import { MembersResolver } from './members.resolver';

/** The members read model; other read models resolve `member` fields through MembersQueries. */
@Module({ imports: [UnitTreeModule], providers: [MembersQueries, MembersResolver], exports: [MembersQueries] })
export class MembersReadModule {}
