import { Module } from '@nestjs/common';
import { UnitTreeReader } from './unit-tree.reader';
import { UnitTreeResolver } from './unit-tree.resolver';

@Module({ providers: [UnitTreeReader, UnitTreeResolver] })
export class UnitTreeModule {}
