import { PersonalData } from '../../src/infrastructure/privacy/personal-data';
import { PROJECTIONS } from '../../src/projections/projections';
import { Generations } from '../../src/projections/runner/generations';
import type { Projection } from '../../src/projections/runner/projection';
import { foldTogether } from '../../src/projections/runner/fold-together';
import { createProjectionTables, decodeRow, dropProjectionTables, indexProjectionTables } from '../../src/projections/runner/projection-tables';
import { ReadModels } from '../../src/projections/runner/read-models';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner';
import { ProjectionsService } from '../../src/projections/runner/projections.service';
import { physicalTable } from '../../src/projections/runner/table-names';
import { indexesOf } from '../support/read-model-indexes';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const MUTATE = (name: string): string => `mutation M($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { position } }`;

/** History beyond the worked example: corrections, follow-ups, transfers, departures, a second province. */
const recordMoreHistory = async (app: TestApp): Promise<void> => {
  const steps: Array<[string, Record<string, unknown>]> = [
    ['establishOrgUnit', { unitId: 'meknes', parentId: 'fes-meknes', level: 'PROVINCIAL', kind: 'SECRETARIAT', name: { ar: 'مكناس', fr: 'Meknès' } }],
    ['establishOrgUnit', { unitId: 'ain-taoujdate', parentId: 'el-hajeb', level: 'LOCAL', kind: 'BRANCH', name: { fr: 'Aïn Taoujdate' } }],
    ['registerMember', { memberId: 'amina', unitId: 'ain-taoujdate', fullName: { ar: 'أمينة' }, joinedOn: '2021-05-20' }],
    ['transferMember', { memberId: 'amina', toUnitId: 'meknes', transferredOn: '2021-06-02' }],
    ['recordMeeting', { meetingId: 'meknes-1', unitId: 'meknes', kind: 'BUREAU', title: { fr: 'Bureau provincial' }, heldOn: '2021-05-30', chairs: [{ memberId: 'amina' }], attendees: [{ group: { fr: 'Militants' }, count: 40 }] }],
    ['correctMeetingRecord', { meetingId: 'meknes-1', reason: 'Date mal saisie', heldOn: '2021-06-03' }],
    ['adoptResolution', { resolutionId: 'meknes-1-r1', meetingId: 'meknes-1', kind: 'RECOMMENDATION', text: { fr: 'Ouvrir une permanence' } }],
    ['changeResolutionStatus', { resolutionId: 'meknes-1-r1', status: 'IN_PROGRESS', changedOn: '2021-06-05' }],
    ['changeResolutionStatus', { resolutionId: `${fixture.meeting.ref}-r3`, status: 'IMPLEMENTED', changedOn: '2021-06-08' }],
    ['rescindResolution', { resolutionId: `${fixture.meeting.ref}-r5`, reason: 'Remplacée', rescindedOn: '2021-06-08' }],
    ['relieveOfficer', { unitId: 'el-hajeb', memberId: 'bougoula', position: 'SECRETARY_GENERAL', relievedOn: '2021-06-08' }],
    ['recordMemberLeaving', { memberId: 'amina', reason: 'RESIGNED', leftOn: '2021-06-08' }],
    ['renameOrgUnit', { unitId: 'meknes', name: { ar: 'الأمانة الإقليمية بمكناس', fr: 'Secrétariat provincial de Meknès' } }],
    // A rebuild reads Amina's events with her key destroyed: it must come out as the live read models scrubbed by the erasure.
    ['eraseMemberPersonalData', { memberId: 'amina', reason: 'Demande 2021-17' }],
  ];
  for (const [mutation, input] of steps) {
    const result = await app.graphql(MUTATE(mutation), { input });
    if (result.errors) throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
  }
};

const tableRows = async (app: TestApp, projection: Projection, generation: number): Promise<Record<string, unknown[]>> => {
  const tables: Record<string, unknown[]> = {};
  for (const table of projection.tables) {
    const raws = await app.readDb.db.selectFrom(physicalTable(projection.name, table.name, generation)).selectAll().orderBy('id').execute();
    tables[table.name] = raws.map((raw) => ({ ...decodeRow(table, raw), lastPosition: raw.lastPosition }));
  }
  return tables;
};

describeOnEveryStore('every read model rebuilt from position 0', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
    await recordWorkedExample(app);
    await recordMoreHistory(app);
    await app.caughtUp();
  });
  afterAll(async () => app.close());

  it('covers the read models the service keeps', () => {
    expect(PROJECTIONS.map((projection) => projection.name).sort()).toEqual(
      expect.arrayContaining(['activity', 'activity_feed', 'meetings', 'members', 'officers', 'resolutions', 'unit_tree']),
    );
  });

  it.each(PROJECTIONS.map((projection) => [projection.name, projection] as const))(
    '%s comes out row for row identical to the one built as events arrived, even when the rebuild stops half-way and resumes',
    async (_name, projection) => {
      const generations = new Generations(app.readDb.db);
      const live = (await generations.active(projection.name))!;
      const rebuilt = await generations.startRebuild(projection);
      await createProjectionTables(app.readDb.db, app.readDb.dialect, projection, rebuilt.generation);
      const runner = (): ProjectionRunner =>
        new ProjectionRunner(app.store, app.readDb.db, app.readDb.dialect, generations, projection, rebuilt.generation, {
          batchSize: 7,
          privacy: { open: (events) => app.app.get(PersonalData).open(events) },
        });
      await runner().runBatch();
      await runner().runBatch();
      await runner().catchUp();
      expect(await tableRows(app, projection, rebuilt.generation)).toEqual(await tableRows(app, projection, live.generation));
    },
  );

  it('all of them, folded together in one read of the log, stopped half-way and resumed, come out identical too', async () => {
    // The service's own loops would fold and promote these generations too: this test is the last, so it stops them.
    await app.app.get(ProjectionsService).beforeApplicationShutdown();
    const generations = new Generations(app.readDb.db);
    const open = { open: (events: Parameters<PersonalData['open']>[0]) => app.app.get(PersonalData).open(events) };
    const targets: Array<{ projection: Projection; live: number; rebuilt: number }> = [];
    for (const projection of PROJECTIONS) {
      // Each projection's own test above left a rebuilt generation; this one starts afresh.
      for (const left of (await generations.list(projection.name)).filter((generation) => generation.status === 'building')) {
        await dropProjectionTables(app.readDb.db, projection, left.generation);
        await generations.forget(projection.name, left.generation);
      }
      const rebuilt = await generations.startRebuild(projection);
      await createProjectionTables(app.readDb.db, app.readDb.dialect, projection, rebuilt.generation, { deferIndexes: true });
      targets.push({ projection, live: (await generations.active(projection.name))!.generation, rebuilt: rebuilt.generation });
    }
    const runners = (): ProjectionRunner[] =>
      targets.map(({ projection, rebuilt }) => new ProjectionRunner(app.store, app.readDb.db, app.readDb.dialect, generations, projection, rebuilt, { batchSize: 5, privacy: open }));
    // One starts ahead of the others, as after an earlier rebuild of it alone.
    await runners()[1]!.runBatch();
    const stop = new AbortController();
    let pages = 0;
    const first = await foldTogether(app.store, runners(), { batchSize: 6, open: open.open, signal: stop.signal, onPage: () => ++pages === 3 && stop.abort() });
    expect(first).toBe(false);
    expect(await foldTogether(app.store, runners(), { batchSize: 6, open: open.open })).toBe(true);
    for (const { projection, live, rebuilt } of targets) {
      expect({ [projection.name]: await tableRows(app, projection, rebuilt) }).toEqual({ [projection.name]: await tableRows(app, projection, live) });
    }

    // Folded without secondary indexes or the search index, as `projections rebuild` does; they are made before promotion.
    const searchRebuilt = targets.find(({ projection }) => projection.name === 'search')!;
    expect(await indexesOf(app, searchRebuilt.projection, searchRebuilt.rebuilt)).toEqual([]);
    const search = `{ search(unitId: "pam", text: "الحاجب") { edges { node { id } } } }`;
    const before = await app.graphql(search);
    expect(before.errors).toBeUndefined();
    expect(JSON.stringify(before.data).length).toBeGreaterThan(60);
    for (const { projection, live, rebuilt } of targets) {
      await indexProjectionTables(app.readDb.db, app.readDb.dialect, projection, rebuilt, (work) => app.readDb.exclusive(work));
      expect({ [projection.name]: await indexesOf(app, projection, rebuilt) }).toEqual({ [projection.name]: await indexesOf(app, projection, live) });
      expect(await generations.promote(projection.name, rebuilt)).toBe(true);
      app.app.get(ReadModels).forget(projection.name);
    }
    // The search index made over the finished table finds what the one kept up event by event found.
    expect(await app.graphql(search)).toEqual(before);
  });
});
