import { Inject } from '@nestjs/common';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RecordedEvent } from '../../events/envelope';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { type Connection, encodeCursor, pageSize } from '../../infrastructure/graphql/connection.graphql';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { RecordedEventConnection } from '../../modules/audit/recorded-event-connection.graphql';
import { RecordedEventType } from '../../modules/audit/stream-history/recorded-event.graphql';
import { cursorKey } from '../shared/keyset.sql';
import { assertMayAudit } from '../shared/read-access';
import { readerAt } from '../time-travel/point-in-time';
import { ActivityBucketType, type ActivityFigures, ActivityFigureEnum, ActivitySummaryType } from './activity.graphql';
import { ActivityReader, type CitedEvent } from './activity.reader';
import type { Figure } from './activity.tables';

const EVIDENCE = {
  description:
    'The events behind one of these figures, by day, then event id: each fact counted, and any correction that changed or moved it. ' +
    'Events as recorded, so it needs the audit role over the unit.',
} as const;

/**
 * Finds the evidence rows in the read model (the live one, or the past the figures came from), then the envelopes in the store.
 * The figures hang on a unit the caller can see; the envelopes are history, so they need 'audit' there.
 */
const evidencePage = async (
  request: RequestContext,
  store: EventStore,
  live: ActivityReader,
  figures: ActivityFigures,
  figure: Figure,
  first: number | null,
  after: string | null,
): Promise<Connection<RecordedEventType>> => {
  const size = pageSize(first);
  const key = cursorKey(after, 2);
  if (!figures.scope) throw new Error('Activity figures without a scope cannot name their evidence');
  assertMayAudit(request, figures.scope.path, 'The evidence behind a figure');
  const reader = readerAt(figures, live, (readModels) => new ActivityReader(readModels));
  const cited = await reader.evidence(figures.scope, figure, size + 1, key);
  const page = cited.slice(0, size);
  const events = await Promise.all(page.map((row) => envelopeOf(store, row)));
  const edges = page.map((row, index) => ({ node: RecordedEventType.of(events[index]!), cursor: encodeCursor([row.day, row.eventId]) }));
  return { edges, pageInfo: { hasNextPage: cited.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
};

const envelopeOf = async (store: EventStore, row: CitedEvent): Promise<RecordedEvent> => {
  const [event] = await store.readStream(row.streamId, { fromRevision: row.revision, limit: 1 });
  // The read model and the log disagree: say so rather than cite the wrong event.
  if (event?.id !== row.eventId) throw new Error(`Evidence event ${row.eventId} is not at ${row.streamId}@${row.revision}`);
  return event;
};

const figureArg = () => Args('figure', { type: () => ActivityFigureEnum });
const firstArg = () => Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' });
const afterArg = () => Args('after', { type: () => String, nullable: true });

@Resolver(() => ActivitySummaryType)
export class ActivitySummaryEvidenceResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reader: ActivityReader,
  ) {}

  @ResolveField(() => RecordedEventConnection, EVIDENCE)
  async evidence(@Parent() summary: ActivitySummaryType, @figureArg() figure: Figure, @firstArg() first: number | null, @afterArg() after: string | null, @Ctx() request: RequestContext): Promise<Connection<RecordedEventType>> {
    return evidencePage(request, this.store, this.reader, summary, figure, first, after);
  }
}

@Resolver(() => ActivityBucketType)
export class ActivityBucketEvidenceResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reader: ActivityReader,
  ) {}

  @ResolveField(() => RecordedEventConnection, EVIDENCE)
  async evidence(@Parent() bucket: ActivityBucketType, @figureArg() figure: Figure, @firstArg() first: number | null, @afterArg() after: string | null, @Ctx() request: RequestContext): Promise<Connection<RecordedEventType>> {
    return evidencePage(request, this.store, this.reader, bucket, figure, first, after);
  }
}
