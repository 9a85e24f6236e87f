import { Module } from '@nestjs/common';
import { UnitTreeQueries } from './unit-tree.queries';
import { UnitTreeResolver } from './unit-tree.resolver';

/** The unit tree read model; other read models resolve `unit` fields through UnitTreeQueries. */
@Module({ providers: [UnitTreeQueries, UnitTreeResolver], exports: [UnitTreeQueries] })
export class UnitTreeModule {}
