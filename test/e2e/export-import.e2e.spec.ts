import { Writable } from 'node:stream';
import { exportLog, type ExportOptions, type ExportOutcome } from '../../src/cli/export-log';
import { importLog } from '../../src/cli/import-log';
import type { RecordedEvent } from '../../src/events/envelope';
import type { EventStore } from '../../src/infrastructure/event-store/event-store.port';
import { takeAnchor } from '../../src/infrastructure/event-store/integrity/anchor-writer';
import { PersonalDataVault } from '../../src/infrastructure/privacy/personal-data-vault';
import { ImportRefusedError } from '../../src/infrastructure/event-store/integrity/import-check';
import { verifyIntegrity } from '../../src/modules/audit/verify-integrity/verify-integrity';
import { PROJECTIONS } from '../../src/projections/projections';
import { Generations } from '../../src/projections/runner/generations';
import { decodeRow } from '../../src/projections/runner/projection-tables';
import { physicalTable } from '../../src/projections/runner/table-names';
import { readWholeLog } from '../contract/sections/events.fixture';
import { describeWithPostgres } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

type Kind = 'sqlite' | 'postgres';

const MUTATE = (name: string): string => `mutation M($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { position } }`;

/** After the article: a correction, a follow-up, a transfer and a departure, so every read model has something to fold. */
const recordMoreHistory = async (app: TestApp): Promise<void> => {
  const steps: Array<[string, Record<string, unknown>]> = [
    ['correctMeetingRecord', { meetingId: fixture.meeting.ref, reason: 'تصحيح التاريخ', heldOn: '2021-06-06' }],
    ['changeResolutionStatus', { resolutionId: `${fixture.meeting.ref}-r3`, status: 'IMPLEMENTED', changedOn: '2021-06-08' }],
    ['establishOrgUnit', { unitId: 'ain-taoujdate', parentId: 'el-hajeb', level: 'LOCAL', kind: 'BRANCH', name: { ar: 'عين تاوجطات', fr: 'Aïn Taoujdate' } }],
    ['registerMember', { memberId: 'amina', unitId: 'ain-taoujdate', fullName: { ar: 'أمينة' }, joinedOn: '2021-05-20' }],
    ['recordMemberLeaving', { memberId: 'amina', reason: 'RESIGNED', leftOn: '2021-06-08' }],
  ];
  for (const [mutation, input] of steps) {
    const result = await app.graphql(MUTATE(mutation), { input });
    if (result.errors) throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
  }
};

const exportText = async (store: EventStore, options: ExportOptions = {}): Promise<{ text: string; outcome: ExportOutcome }> => {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const outcome = await exportLog(store, out, { ...options, pageSize: 7 });
  return { text: chunks.join(''), outcome };
};

async function* linesOf(text: string): AsyncGenerator<string> {
  yield* text.split('\n');
}

/** Every row of every read model's active generation, in id order. */
const readModels = async (app: TestApp): Promise<Record<string, unknown[]>> => {
  const generations = new Generations(app.readDb.db);
  const tables: Record<string, unknown[]> = {};
  for (const projection of PROJECTIONS) {
    const active = (await generations.active(projection.name))!;
    for (const table of projection.tables) {
      const raws = await app.readDb.db.selectFrom(physicalTable(projection.name, table.name, active.generation)).selectAll().orderBy('id').execute();
      tables[`${projection.name}.${table.name}`] = raws.map((raw) => ({ ...decodeRow(table, raw), lastPosition: String(raw.lastPosition) }));
    }
  }
  return tables;
};

const roundTrip = (from: Kind, to: Kind): void => {
  let source: TestApp;
  let target: TestApp;
  let sourceLog: RecordedEvent[];
  let anchorHash: string;

  beforeAll(async () => {
    source = await startTestApp(from);
    await recordWorkedExample(source);
    await recordMoreHistory(source);
    anchorHash = (await takeAnchor(source.store, { actor: 'auditor', now: source.clock.now() }))!.data!.anchorHash;
    const more = await source.graphql(MUTATE('changeResolutionStatus'), {
      input: { resolutionId: `${fixture.meeting.ref}-r1`, status: 'IN_PROGRESS', changedOn: '2021-06-08' },
    });
    if (more.errors) throw new Error(JSON.stringify(more.errors));
    await source.caughtUp();
    sourceLog = await readWholeLog(source.store);

    // With the members' keys: both services share the master key, so the target reads the same names.
    const { text } = await exportText(source.store, { keys: source.app.get(PersonalDataVault) });
    target = await startTestApp(to);
    await importLog(target.store, linesOf(text), { batchSize: 9, keys: target.app.get(PersonalDataVault) });
    await target.caughtUp();
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('reproduces the log: every envelope equal, hashes and recorded times included, positions in the same order', async () => {
    const targetLog = await readWholeLog(target.store);
    expect(targetLog).toHaveLength(sourceLog.length);
    expect(targetLog).toEqual(sourceLog);
  });

  it('verifies clean on the new store, the anchor taken before the export included', async () => {
    expect(await verifyIntegrity(target.store, { keptAnchorHash: anchorHash })).toMatchObject({
      clean: true,
      eventsChecked: sourceLog.length,
      anchorsChecked: 1,
      lastAnchorHash: anchorHash,
    });
  });

  it('projects into read models identical row for row', async () => {
    const [original, restored] = [await readModels(source), await readModels(target)];
    expect(Object.values(original).flat().length).toBeGreaterThan(20);
    expect(restored).toEqual(original);
  });
};

describe('export then import, SQLite to SQLite', () => roundTrip('sqlite', 'sqlite'));
describeWithPostgres('export then import, PostgreSQL to PostgreSQL', () => roundTrip('postgres', 'postgres'));
describeWithPostgres('export then import, SQLite to PostgreSQL', () => roundTrip('sqlite', 'postgres'));

describe('export and import on SQLite', () => {
  let source: TestApp;
  let target: TestApp;
  let text: string;
  beforeAll(async () => {
    source = await startTestApp('sqlite');
    await recordWorkedExample(source);
    ({ text } = await exportText(source.store));
  });
  afterAll(async () => source.close());
  beforeEach(async () => {
    target = await startTestApp('sqlite');
  });
  afterEach(async () => target.close());

  it('writes one envelope per line, exactly as stored, with schemaVersion and the hashes', async () => {
    const lines = text.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(await readWholeLog(source.store));
    expect(JSON.parse(lines[0]!)).toMatchObject({ schemaVersion: expect.any(Number), metadata: { previousHash: '0'.repeat(64), hash: expect.any(String) } });
  });

  it('resumes an interrupted import where it stopped, without repeating or skipping an event', async () => {
    const stop = new AbortController();
    const first = await importLog(target.store, linesOf(text), {
      batchSize: 4,
      signal: stop.signal,
      onProgress: (read) => read >= 8 && stop.abort(),
    });
    const second = await importLog(target.store, linesOf(text), { batchSize: 4 });

    expect(first).toMatchObject({ interrupted: true, imported: 8 });
    expect(second).toMatchObject({ interrupted: false, alreadyStored: 8, imported: text.trimEnd().split('\n').length - 8 });
    expect(await readWholeLog(target.store)).toEqual(await readWholeLog(source.store));
    // A third run finds everything stored and writes nothing.
    expect(await importLog(target.store, linesOf(text))).toMatchObject({ imported: 0, alreadyStored: second.alreadyStored + second.imported });
  });

  it('refuses an export whose event was altered by one byte, writing nothing', async () => {
    const tampered = text.replace('الحاجب', 'الحاجة');

    await expect(importLog(target.store, linesOf(tampered))).rejects.toBeInstanceOf(ImportRefusedError);
    expect(await target.store.headPosition()).toBeNull();
  });

  it('refuses a store that holds another log, writing nothing', async () => {
    await target.graphql(MUTATE('establishOrgUnit'), { input: { unitId: 'other', level: 'NATIONAL', kind: 'PARTY', name: { fr: 'Autre' } } });
    const head = await target.store.headPosition();

    await expect(importLog(target.store, linesOf(text))).rejects.toThrow(/holds another log/);
    expect(await target.store.headPosition()).toBe(head);
  });

  it('exports from a cursor (after it) up to a cursor (inclusive), and says where to continue', async () => {
    const { text: part, outcome } = await exportText(source.store, { from: { cursor: '5' }, to: { cursor: '9' } });
    const positions = part.trimEnd().split('\n').map((line) => JSON.parse(line).position);
    expect(positions).toEqual(['6', '7', '8', '9']);
    expect(outcome).toMatchObject({ exported: 4, lastPosition: '9', interrupted: false });
  });

  it('exports by recorded time: from (inclusive) to (exclusive)', async () => {
    const earlier = '2021-06-08T08:00:00.000Z';
    source.clock.set(new Date('2021-06-09T10:00:00.000Z'));
    await source.graphql(MUTATE('changeResolutionStatus'), { input: { resolutionId: `${fixture.meeting.ref}-r2`, status: 'IN_PROGRESS', changedOn: '2021-06-09' } });

    const day = await exportText(source.store, { from: { recordedAt: '2021-06-09T00:00:00.000Z' } });
    const before = await exportText(source.store, { from: { recordedAt: earlier }, to: { recordedAt: '2021-06-09T00:00:00.000Z' } });

    expect(day.text.trimEnd().split('\n').map((line) => JSON.parse(line).type)).toEqual(['ResolutionStatusChanged']);
    expect(before.outcome.exported).toBe(text.trimEnd().split('\n').length);
  });
});
