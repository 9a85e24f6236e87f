import { Module } from '@nestjs/common';
import { MembersReadModule } from '../members/members.module';
import { UnitTreeModule } from '../unit-tree/unit-tree.module';
import { OfficersQueries } from './officers.queries';
import { OfficerResolver, UnitOfficersResolver } from './officers.resolver';

/** Officers' terms, hung on OrgUnit as `officers` and `officerHistory`. */
@Module({ imports: [UnitTreeModule, MembersReadModule], providers: [OfficersQueries, UnitOfficersResolver, OfficerResolver] })
export class OfficersReadModule {}
