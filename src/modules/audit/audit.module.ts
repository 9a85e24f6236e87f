import { Module } from '@nestjs/common';
import { StreamHistoryResolver } from './stream-history/stream-history.resolver';

/** Reads of history as recorded. */
@Module({ providers: [StreamHistoryResolver] })
export class AuditModule {}
