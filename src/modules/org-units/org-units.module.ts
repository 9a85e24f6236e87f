import { Module } from '@nestjs/common';
import { AppointOfficerHandler } from './appoint-officer/appoint-officer.handler';
import { AppointOfficerResolver } from './appoint-officer/appoint-officer.resolver';
import { DissolveOrgUnitHandler } from './dissolve-org-unit/dissolve-org-unit.handler';
import { DissolveOrgUnitResolver } from './dissolve-org-unit/dissolve-org-unit.resolver';
import { EstablishOrgUnitHandler } from './establish-org-unit/establish-org-unit.handler';
import { EstablishOrgUnitResolver } from './establish-org-unit/establish-org-unit.resolver';
import { RelieveOfficerHandler } from './relieve-officer/relieve-officer.handler';
import { RelieveOfficerResolver } from './relieve-officer/relieve-officer.resolver';
import { RenameOrgUnitHandler } from './rename-org-unit/rename-org-unit.handler';
import { RenameOrgUnitResolver } from './rename-org-unit/rename-org-unit.resolver';

/** The write side of units and their officers: positions live in the unit's stream. */
@Module({
  providers: [
    EstablishOrgUnitHandler,
    EstablishOrgUnitResolver,
    RenameOrgUnitHandler,
    RenameOrgUnitResolver,
    DissolveOrgUnitHandler,
    DissolveOrgUnitResolver,
    AppointOfficerHandler,
    AppointOfficerResolver,
    RelieveOfficerHandler,
    RelieveOfficerResolver,
  ],
})
export class OrgUnitsModule {}
