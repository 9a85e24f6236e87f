import type { NewEvent, RecordedEvent } from '../../../events/envelope';
import { anchorHashOf, EventsDigest, FIRST_ANCHOR_PREVIOUS_HASH, type StoredAnchor } from '../../../infrastructure/event-store/integrity/anchor';
import { EMPTY_CHAIN } from '../../../infrastructure/event-store/integrity/chain-link';
import { sealBatch, sealOf } from '../../../infrastructure/event-store/integrity/event-seal';
import { IntegrityVerifier } from './integrity-verifier';

const newEvent = (id: string, summary = 'عقدت الأمانة الإقليمية اجتماعها'): NewEvent => ({
  id,
  type: 'MeetingHeld',
  schemaVersion: 1,
  data: { summary: { ar: summary } },
  metadata: { actor: 'recorder', correlationId: 'c', causationId: null, occurredAt: '2021-06-07T19:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' },
});

/** Two streams, interleaved in the log: a0 b0 a1 b1 a2 b2. */
const aLog = (): RecordedEvent[] => {
  const a = sealBatch('meeting-a', ['a0', 'a1', 'a2'].map((id) => newEvent(id)), EMPTY_CHAIN, '2021-06-08T09:00:00.000Z');
  const b = sealBatch('resolution-b', ['b0', 'b1', 'b2'].map((id) => newEvent(id)), EMPTY_CHAIN, '2021-06-08T09:00:00.000Z');
  return [a[0], b[0], a[1], b[1], a[2], b[2]].map((event, index) => ({ ...event!, position: String(index + 1) }));
};

/** An anchor over `events` (log order), after `previous`. */
const anchorOver = (events: readonly RecordedEvent[], sequence: number, previous: StoredAnchor | null = null): StoredAnchor => {
  const digest = new EventsDigest();
  events.forEach((event) => digest.add(event.metadata.hash!));
  const last = events.at(-1)!;
  const fields = {
    fromPosition: events[0]!.position,
    toPosition: last.position,
    lastEvent: { id: last.id, streamId: last.streamId, revision: last.revision },
    eventCount: digest.count,
    eventsDigest: digest.digest(),
    previousAnchorHash: previous?.data?.anchorHash ?? FIRST_ANCHOR_PREVIOUS_HASH,
  };
  return { sequence, eventId: `anchor-${sequence}`, position: '100', data: { ...fields, anchorHash: anchorHashOf(fields) } };
};

const verify = (events: readonly RecordedEvent[], anchors: readonly StoredAnchor[] = [], kept: string | null = null) => {
  const verifier = new IntegrityVerifier(anchors, kept);
  events.forEach((event) => verifier.accept(event));
  return verifier.finish(events.at(-1)?.position ?? null);
};

const withSummary = (event: RecordedEvent, summary: string): RecordedEvent => ({ ...event, data: { summary: { ar: summary } } });

describe('integrity verification', () => {
  it('finds an untouched log clean, with its counts', () => {
    const log = aLog();
    const first = anchorOver(log.slice(0, 4), 0);

    expect(verify(log, [first, anchorOver(log.slice(4), 1, first)])).toMatchObject({
      clean: true,
      eventsChecked: 6,
      streamsChecked: 2,
      sealedEvents: 6,
      unsealedEvents: 0,
      brokenLinks: 0,
      anchorsChecked: 2,
      brokenAnchors: 0,
      eventsAfterLastAnchor: 0,
      firstBrokenLink: null,
      firstBrokenAnchor: null,
      headPosition: '6',
    });
  });

  it('reports the stream and revision of an event whose text changed by one letter', () => {
    const log = aLog();
    const tampered = withSummary(log[2]!, 'عقدت الأمانة الإقليمية اجتماعهة');
    log[2] = tampered;

    const report = verify(log, [anchorOver(aLog(), 0)]);

    expect(report.clean).toBe(false);
    expect(report.brokenLinks).toBe(1);
    expect(report.firstBrokenLink).toEqual({
      streamId: 'meeting-a',
      revision: 1,
      position: '3',
      eventId: 'a1',
      problem: 'HASH_MISMATCH',
      expected: sealOf(tampered, tampered.metadata.previousHash!),
      found: tampered.metadata.hash,
    });
    expect(report.firstBrokenAnchor).toMatchObject({ sequence: 0, problem: 'EVENTS_DIGEST_MISMATCH' });
  });

  it('catches, by its anchor, the deletion of a stream tail that no chain can see', () => {
    const log = aLog();
    const anchors = [anchorOver(log.slice(0, 4), 0)];

    // Without b1 and b2, stream b simply ends at b0: every chain is intact.
    const report = verify(log.filter((event) => event.id !== 'b1' && event.id !== 'b2'), anchors);

    expect(report.brokenLinks).toBe(0);
    expect(report.firstBrokenAnchor).toMatchObject({ sequence: 0, problem: 'LAST_EVENT_MISSING' });
  });

  it('catches a deleted event inside an anchor by its count', () => {
    const log = aLog();
    const anchors = [anchorOver(log, 0)];
    const report = verify(log.filter((event) => event.id !== 'a2'), anchors);
    expect(report.firstBrokenAnchor).toMatchObject({ problem: 'EVENT_COUNT_MISMATCH', expected: '6', found: '5' });
  });

  it('catches two events of different streams swapped in the log by the anchor digest', () => {
    const log = aLog();
    const anchors = [anchorOver(log, 0)];
    const swapped = [log[0]!, log[2]!, log[1]!, ...log.slice(3)];

    const report = verify(swapped, anchors);

    expect(report.brokenLinks).toBe(0);
    expect(report.firstBrokenAnchor).toMatchObject({ problem: 'EVENTS_DIGEST_MISMATCH' });
  });

  it('catches an anchor whose fields were rewritten', () => {
    const log = aLog();
    const anchor = anchorOver(log, 0);
    const forged = { ...anchor, data: { ...anchor.data!, eventCount: 7 } };
    expect(verify(log, [forged]).firstBrokenAnchor).toMatchObject({ problem: 'ANCHOR_HASH_MISMATCH', found: anchor.data!.anchorHash });
  });

  it('reports events recorded before sealing as unsealed, not as tampered', () => {
    const log = aLog().map((event) => {
      const { hash: _h, previousHash: _p, ...metadata } = event.metadata;
      return { ...event, metadata };
    });
    expect(verify(log)).toMatchObject({ clean: true, sealedEvents: 0, unsealedEvents: 6, eventsAfterLastAnchor: 6 });
  });

  it('fails when an anchor hash kept outside the system is no longer in the log', () => {
    const log = aLog();
    const anchor = anchorOver(log, 0);
    expect(verify(log, [anchor], anchor.data!.anchorHash).clean).toBe(true);
    expect(verify(log, [], anchor.data!.anchorHash).firstBrokenAnchor).toMatchObject({ problem: 'KEPT_ANCHOR_NOT_FOUND' });
  });

  it('counts the events after the last anchor as covered by their chains only', () => {
    const log = aLog();
    expect(verify(log, [anchorOver(log.slice(0, 2), 0)])).toMatchObject({ clean: true, eventsAfterLastAnchor: 4 });
  });
});
