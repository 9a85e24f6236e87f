import { Module } from '@nestjs/common';
import { AdoptResolutionHandler } from './adopt-resolution/adopt-resolution.handler';
import { AdoptResolutionResolver } from './adopt-resolution/adopt-resolution.resolver';
import { ChangeResolutionStatusHandler } from './change-resolution-status/change-resolution-status.handler';
import { ChangeResolutionStatusResolver } from './change-resolution-status/change-resolution-status.resolver';
import { RescindResolutionHandler } from './rescind-resolution/rescind-resolution.handler';
import { RescindResolutionResolver } from './rescind-resolution/rescind-resolution.resolver';

@Module({
  providers: [
    AdoptResolutionHandler,
    AdoptResolutionResolver,
    ChangeResolutionStatusHandler,
    ChangeResolutionStatusResolver,
    RescindResolutionHandler,
    RescindResolutionResolver,
  ],
})
export class ResolutionsModule {}
