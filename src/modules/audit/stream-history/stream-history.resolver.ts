import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../../infrastructure/auth/access';
import { type Connection, decodeCursor, encodeCursor } from '../../../infrastructure/graphql/connection.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { forbidden, validationError } from '../../shared-kernel/domain-error';
import { auditPathOf, auditScopeOf, type StreamVerdict, streamVerdict } from '../audit-scope';
import { RecordedEventConnection, recordedEventPage } from '../recorded-event-connection.graphql';
import type { RecordedEventType } from './recorded-event.graphql';

const MAX_PAGE = 1000;
const SCAN_PAGE = 1000;
const WHAT = 'A stream history';

/** The revision an `after` cursor of this list carries. */
const revisionAfter = (after: string | null): number | null => {
  const key = decodeCursor(after);
  if (key === null) return null;
  const [revision] = key;
  if (key.length !== 1 || !Number.isInteger(revision) || (revision as number) < 0) throw validationError('after', 'is not a cursor this list gave out');
  return revision as number;
};

@Resolver()
export class StreamHistoryResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => RecordedEventConnection, {
    description:
      'The events of one stream, oldest first, exactly as recorded: the original and every later fact (a correction says who, when and why). ' +
      'Needs the audit role over every unit the stream filed events under; a stream outside what the caller may read answers as an unknown one (no events).',
  })
  async streamHistory(
    @Args('streamId') streamId: string,
    @Args('fromRevision', { type: () => Int, defaultValue: 0, description: 'First revision to return (0-based).' }) fromRevision: number,
    @Args('first', { type: () => Int, defaultValue: 100, description: `Page size, 1 to ${MAX_PAGE}.` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: "Continue after this edge's cursor." }) after: string | null,
    @Ctx() request: RequestContext,
  ): Promise<Connection<RecordedEventType>> {
    const scope = auditScopeOf(request.principal, WHAT);
    // Principal ids may hold '@' and '+' (principal-recorder@el-hajeb).
    if (!/^[A-Za-z]+-[\w.@:+-]{1,100}$/.test(streamId)) throw validationError('streamId', 'must be <category>-<id>, e.g. meeting-<id>');
    if (fromRevision < 0) throw validationError('fromRevision', 'must not be negative');
    if (first < 1 || first > MAX_PAGE) throw validationError('first', `must be between 1 and ${MAX_PAGE}`);
    const afterRevision = revisionAfter(after);
    if (scope !== 'all') {
      const verdict = await this.verdictOn(streamId, request.principal);
      if (verdict === 'unknown') return recordedEventPage([], () => '', false);
      if (verdict === 'forbidden') throw forbidden(`${WHAT} needs the audit role over every unit its events were filed under`);
    }
    const start = Math.max(fromRevision, afterRevision === null ? 0 : afterRevision + 1);
    // One more than asked says whether another page follows without a second read.
    const events = await this.store.readStream(streamId, { fromRevision: start, limit: first + 1 });
    return recordedEventPage(events.slice(0, first), (event) => encodeCursor([event.revision]), events.length > first);
  }

  /** The newest event first, so a stream the caller cannot see costs one read; then the paths of the whole stream. */
  private async verdictOn(streamId: string, principal: Principal): Promise<StreamVerdict> {
    const [newest] = await this.store.readStream(streamId, { direction: 'backwards', limit: 1 });
    const newestPath = newest ? auditPathOf(newest) : null;
    const early = streamVerdict(principal, newestPath, []);
    if (early !== 'shown' || newestPath === null) return early;
    const filed = new Set<string>();
    for (let from = 0; ; from += SCAN_PAGE) {
      const events = await this.store.readStream(streamId, { fromRevision: from, limit: SCAN_PAGE });
      for (const event of events) filed.add(auditPathOf(event));
      if (events.length < SCAN_PAGE) return streamVerdict(principal, newestPath, filed);
    }
  }
}
