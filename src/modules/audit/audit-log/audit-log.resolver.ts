import { Inject } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { Connection } from '../../../infrastructure/graphql/connection.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { RecordedEventConnection, recordedEventPage } from '../recorded-event-connection.graphql';
import type { RecordedEventType } from '../stream-history/recorded-event.graphql';
import { auditLogRequest, MAX_AUDIT_PAGE } from './audit-log.request';
import { SCAN_BUDGET, scanAuditLog } from './audit-log.scan';

const optional = (description: string) => ({ nullable: true, description }) as const;

@Resolver()
export class AuditLogResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => RecordedEventConnection, {
    description:
      `The global log in log order, every event as recorded, filtered. One request reads at most ${SCAN_BUDGET} events past the ` +
      'type and unit filters, so a page may come back short, even empty, with hasNextPage: pageInfo.endCursor is always where ' +
      "the scan stopped; pass it as `after` to continue. An edge's cursor is the event's log position. " +
      "Only events filed under units in the caller's audit scope; grants, keys and anchors need it over the whole register.",
  })
  async auditLog(
    @Args('after', { type: () => String, ...optional("Exclusive: a log position (an event's `position` or a previous endCursor).") }) after: string | null,
    @Args('types', { type: () => [String], ...optional('Only events of these types, e.g. ["MeetingHeld", "MeetingRecordCorrected"].') }) types: string[] | null,
    @Args('unitId', { type: () => ID, ...optional('Only events filed under this unit (by the path recorded on each event).') }) unitId: string | null,
    @Args('includeDescendants', { type: () => Boolean, defaultValue: true, description: 'With unitId: also the units below it.' }) includeDescendants: boolean,
    @Args('recordedFrom', { type: () => String, ...optional('Recorded at or after this instant (ISO 8601 with offset).') }) recordedFrom: string | null,
    @Args('recordedTo', { type: () => String, ...optional('Recorded at or before this instant (ISO 8601 with offset).') }) recordedTo: string | null,
    @Args('actor', { type: () => String, ...optional('Only events recorded by this actor.') }) actor: string | null,
    @Args('first', { type: () => Int, defaultValue: 100, description: `Page size, 1 to ${MAX_AUDIT_PAGE}.` }) first: number,
    @Ctx() context: RequestContext,
  ): Promise<Connection<RecordedEventType>> {
    // An argument left out arrives as undefined; the request treats it like an explicit null.
    const args = {
      after: after ?? null,
      types: types ?? null,
      unitId: unitId ?? null,
      includeDescendants: includeDescendants ?? true,
      recordedFrom: recordedFrom ?? null,
      recordedTo: recordedTo ?? null,
      actor: actor ?? null,
      first: first ?? 100,
    };
    const request = await auditLogRequest(this.store, args, context.principal);
    const scan = await scanAuditLog(this.store, request);
    return recordedEventPage(scan.events, (event) => event.position, !scan.isEnd, scan.reached);
  }
}
