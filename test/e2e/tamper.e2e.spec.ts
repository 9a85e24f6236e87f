import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '../../src/events/envelope';
import { takeAnchor } from '../../src/infrastructure/event-store/integrity/anchor-writer';
import { GENESIS_HASH, sealOf } from '../../src/infrastructure/event-store/integrity/event-seal';
import { verifyIntegrity } from '../../src/modules/audit/verify-integrity/verify-integrity';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const VERIFY = `query Verify($kept: String) {
  verifyIntegrity(keptAnchorHash: $kept) {
    clean eventsChecked streamsChecked sealedEvents unsealedEvents brokenLinks anchorsChecked brokenAnchors eventsAfterLastAnchor lastAnchorHash
    firstBrokenLink { streamId revision position eventId problem expected found }
    firstBrokenAnchor { sequence problem expected found }
  }
}`;

const MEETING_STREAM = `meeting-${fixture.meeting.ref}`;

/** Raw SQL on the store's own events table, beside the application: the read database is the same file or schema. */
const raw = {
  dataOf: async (app: TestApp, streamId: string, revision: number): Promise<string> => {
    const { rows } = await sql<{ data: string }>`SELECT CAST(data AS TEXT) AS data FROM events WHERE stream_id = ${streamId} AND revision = ${revision}`.execute(app.readDb.db);
    return rows[0]!.data;
  },
  setData: async (app: TestApp, streamId: string, revision: number, data: string): Promise<void> => {
    const value = app.readDb.dialect === 'postgres' ? sql`CAST(${data} AS json)` : sql`${data}`;
    await sql`UPDATE events SET data = ${value} WHERE stream_id = ${streamId} AND revision = ${revision}`.execute(app.readDb.db);
  },
  delete: async (app: TestApp, streamId: string, revision: number): Promise<void> => {
    await sql`DELETE FROM events WHERE stream_id = ${streamId} AND revision = ${revision}`.execute(app.readDb.db);
  },
};

const verify = async (app: TestApp, kept: string | null = null) => {
  const result = await app.graphql(VERIFY, { kept });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.verifyIntegrity;
};

describeOnEveryStore('tamper evidence over the worked example', (kind) => {
  let app: TestApp;
  let recorded: number;
  beforeEach(async () => {
    app = await startTestApp(kind);
    await recordWorkedExample(app);
    recorded = (await app.store.readAll({ limit: 1000 })).events.length;
  });
  afterEach(async () => app.close());

  it('finds the untouched record clean, every event sealed', async () => {
    expect(await verify(app)).toMatchObject({
      clean: true,
      eventsChecked: recorded,
      sealedEvents: recorded,
      unsealedEvents: 0,
      brokenLinks: 0,
      firstBrokenLink: null,
      firstBrokenAnchor: null,
    });
  });

  it('reports the stream and revision of the meeting when one byte of its Arabic summary is changed in the database', async () => {
    const [held] = await app.store.readStream(MEETING_STREAM);
    const before = await raw.dataOf(app, MEETING_STREAM, 0);
    // In the summary, the first 'ب' (D8 A8) becomes 'ة' (D8 A9): one letter, one byte.
    const summaryAt = before.indexOf(JSON.stringify(fixture.meeting.summary.ar).slice(0, 40));
    expect(summaryAt).toBeGreaterThan(0);
    const letter = before.indexOf('ب', summaryAt);
    const after = `${before.slice(0, letter)}ة${before.slice(letter + 1)}`;
    expect(JSON.parse(after).summary.ar).not.toBe(fixture.meeting.summary.ar);
    const [a, b] = [Buffer.from(before), Buffer.from(after)];
    expect(a.length).toBe(b.length);
    expect([...a].filter((byte, index) => byte !== b[index])).toHaveLength(1);

    await raw.setData(app, MEETING_STREAM, 0, after);
    const report = await verify(app);

    expect(report).toMatchObject({ clean: false, brokenLinks: 1 });
    expect(report.firstBrokenLink).toEqual({
      streamId: MEETING_STREAM,
      revision: 0,
      position: held!.position,
      eventId: held!.id,
      problem: 'HASH_MISMATCH',
      expected: sealOf({ ...held!, data: JSON.parse(after) }, GENESIS_HASH),
      found: held!.metadata.hash,
    });
  });

  it('catches a deleted event: inside a stream by its chain', async () => {
    await raw.delete(app, 'orgUnit-el-hajeb', 0);

    expect((await verify(app)).firstBrokenLink).toMatchObject({ streamId: 'orgUnit-el-hajeb', revision: 1, problem: 'REVISION_GAP', expected: '0', found: '1' });
  });

  it('catches a deleted event that ends its stream, which no chain can see, by the log anchor', async () => {
    const anchor = await takeAnchor(app.store, { actor: 'auditor', now: app.clock.now() });
    await raw.delete(app, `resolution-${fixture.meeting.ref}-r3`, 0);

    const report = await verify(app, anchor!.data!.anchorHash);

    expect(report).toMatchObject({ clean: false, brokenLinks: 0, anchorsChecked: 1, brokenAnchors: 1 });
    expect(report.firstBrokenAnchor).toMatchObject({ sequence: 0, problem: 'EVENT_COUNT_MISMATCH', expected: String(recorded), found: String(recorded - 1) });
  });

  it('is clean again for an anchored, untouched log, and fails when a kept anchor hash is no longer in it', async () => {
    const anchor = await takeAnchor(app.store, { actor: 'auditor', now: app.clock.now() });

    expect(await verify(app, anchor!.data!.anchorHash)).toMatchObject({ clean: true, anchorsChecked: 1, eventsAfterLastAnchor: 1, lastAnchorHash: anchor!.data!.anchorHash });
    expect(await verify(app, 'f'.repeat(64))).toMatchObject({ clean: false, firstBrokenAnchor: { problem: 'KEPT_ANCHOR_NOT_FOUND' } });
  });

  it('names the field of a malformed kept anchor hash', async () => {
    const result = await app.graphql(VERIFY, { kept: 'not-a-hash' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION.FAILED', field: 'keptAnchorHash' });
  });

  it('reports events recorded before sealing existed as unsealed, not tampered, and seals the next event on them', async () => {
    const old = await insertUnsealed(app, 'member-before-sealing');
    await app.store.append('member-before-sealing', [{ ...old, id: randomUUID(), metadata: old.metadata }], 0);

    const [, next] = await app.store.readStream('member-before-sealing');
    const report = await verifyIntegrity(app.store);

    expect(next!.metadata.previousHash).toBe(sealOf(old, GENESIS_HASH));
    expect(report).toMatchObject({ clean: true, unsealedEvents: 1, sealedEvents: recorded + 1 });
  });
});

/** Writes an event the way the store did before hash chains: no hash, no previousHash. */
const insertUnsealed = async (app: TestApp, streamId: string): Promise<RecordedEvent> => {
  const head = Number((await app.store.headPosition()) ?? 0);
  const event: RecordedEvent = {
    id: randomUUID(),
    type: 'MemberJoined',
    schemaVersion: 1,
    data: { memberId: 'before-sealing', unitId: 'el-hajeb', fullName: { ar: 'عضو قديم' } },
    streamId,
    revision: 0,
    position: String(head + 1),
    metadata: {
      actor: 'legacy',
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: '2020-01-01T00:00:00.000Z',
      recordedAt: '2020-01-01T00:00:00.000Z',
      unitPath: '/pam/fes-meknes/el-hajeb',
    },
  };
  const json = app.readDb.dialect === 'postgres' ? (text: string) => sql`CAST(${text} AS json)` : (text: string) => sql`${text}`;
  await sql`INSERT INTO events (position, id, stream_id, category, revision, type, schema_version, data, metadata, unit_path, recorded_at)
    VALUES (${head + 1}, ${event.id}, ${streamId}, 'member', 0, ${event.type}, 1, ${json(JSON.stringify(event.data))}, ${json(JSON.stringify(event.metadata))},
            ${event.metadata.unitPath}, ${event.metadata.recordedAt})`.execute(app.readDb.db);
  if (app.readDb.dialect === 'postgres') {
    await sql`UPDATE log_head SET position = ${head + 1}`.execute(app.readDb.db);
    await sql`INSERT INTO streams (stream_id, revision) VALUES (${streamId}, 0)`.execute(app.readDb.db);
  }
  return event;
};
