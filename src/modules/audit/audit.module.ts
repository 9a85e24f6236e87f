import { Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log/audit-log.resolver';
import { StreamHistoryResolver } from './stream-history/stream-history.resolver';
import { AnchorScheduler } from '../../infrastructure/event-store/integrity/anchor-scheduler';
import { VerifyIntegrityResolver } from './verify-integrity/verify-integrity.resolver';

/** Reads of history as recorded, and the proof that it is untouched. */
@Module({ providers: [AuditLogResolver, StreamHistoryResolver, VerifyIntegrityResolver, AnchorScheduler] })
export class AuditModule {}
