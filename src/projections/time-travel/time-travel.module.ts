import { Global, Module } from '@nestjs/common';
import { TimeTravel } from './time-travel.service';

/** Read models as of a past point; global so the unit tree's `orgUnit(asOf:)` reaches it without a module cycle. */
@Global()
@Module({ providers: [TimeTravel], exports: [TimeTravel] })
export class TimeTravelModule {}
