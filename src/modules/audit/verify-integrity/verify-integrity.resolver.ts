import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { scopeOf } from '../../../infrastructure/auth/access';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { forbidden, validationError } from '../../shared-kernel/domain-error';
import { IntegrityReportType } from './integrity-report.graphql';
import { verifyIntegrity } from './verify-integrity';

@Resolver()
export class VerifyIntegrityResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => IntegrityReportType, {
    description: 'Recomputes every stream hash chain and every log anchor from the stored events; reads the whole log, so it needs the audit role over the whole register.',
  })
  async verifyIntegrity(
    @Args('keptAnchorHash', {
      type: () => String,
      nullable: true,
      description: 'An anchor hash kept from an earlier run: the report is not clean unless the log still holds it.',
    })
    keptAnchorHash: string | null | undefined,
    @Ctx() request: RequestContext,
  ): Promise<IntegrityReportType> {
    // The report counts and names events of every unit: only a whole-register auditor may have it.
    if (scopeOf(request.principal, 'audit') !== 'all') throw forbidden('Verifying the whole log needs the audit role over the whole register');
    if (keptAnchorHash != null && !/^[0-9a-f]{64}$/.test(keptAnchorHash)) throw validationError('keptAnchorHash', 'must be 64 lowercase hex digits');
    return IntegrityReportType.of(await verifyIntegrity(this.store, { keptAnchorHash: keptAnchorHash ?? null }));
  }
}
