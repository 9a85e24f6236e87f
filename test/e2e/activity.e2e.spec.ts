import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordWorkedExample } from '../support/worked-example';

const FIGURES = `meetingsHeld attendanceNamed attendanceCounted attendanceUnknownGroups resolutionsAdopted resolutionsImplemented
  resolutionsRescinded membersJoined membersLeft membersTransferredIn membersTransferredOut membersNet officersAppointed`;
const JUNE = { from: '2021-06-01', to: '2021-06-30' };
const MAY = { from: '2021-05-01', to: '2021-05-31' };
const UNITS = ['pam', 'fes-meknes', 'el-hajeb'] as const;

type Figures = Record<string, number>;

const mutate = async (app: TestApp, mutation: string, input: Record<string, unknown>): Promise<void> => {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const result = await app.graphql(`mutation($input: ${type}!) { ${mutation}(input: $input) { position } }`, { input });
  if (result.errors) throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
};

/** One request for several units and ranges: the summaries batch into a single statement. */
const summaries = async (app: TestApp, unitIds: readonly string[], range: { from: string; to: string }, includeDescendants = true): Promise<Record<string, Figures>> => {
  const fields = unitIds.map((id, i) => `u${i}: orgUnit(id: "${id}") { activity(from: "${range.from}", to: "${range.to}", includeDescendants: ${includeDescendants}) { from to ${FIGURES} } }`);
  const result = await app.graphql(`{ ${fields.join('\n')} }`);
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(unitIds.map((id, i) => [id, result.data![`u${i}`].activity]));
};

const byChild = async (app: TestApp, unitId: string, range: { from: string; to: string }) => {
  const minPosition = await app.store.headPosition();
  const result = await app.graphql(
    `query($unitId: ID!, $from: String!, $to: String!, $minPosition: String) {
      activityByChild(unitId: $unitId, from: $from, to: $to, minPosition: $minPosition) { id name { ar en } level path status activity { ${FIGURES} } }
    }`,
    { unitId, ...range, minPosition },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.activityByChild as Array<{ id: string; path: string; level: string; activity: Figures }>;
};

describeOnEveryStore('activity read model over GraphQL', (kind) => {
  describe('the worked example', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp(kind);
      await recordWorkedExample(app);
      await app.caughtUp();
    });
    afterAll(async () => app.close());

    it('shows one meeting and five resolutions for El Hajeb, Fès-Meknès and the party in June 2021, and nothing in May', async () => {
      const june = await summaries(app, UNITS, JUNE);
      for (const unitId of UNITS) {
        expect(june[unitId]).toMatchObject({ ...JUNE, meetingsHeld: 1, resolutionsAdopted: 5, attendanceNamed: 2, attendanceUnknownGroups: 2, attendanceCounted: 0 });
      }
      const may = await summaries(app, UNITS, MAY);
      for (const unitId of UNITS) expect(may[unitId]).toMatchObject({ meetingsHeld: 0, resolutionsAdopted: 0, attendanceNamed: 0 });
    });

    it('counts only the unit itself without its descendants', async () => {
      const alone = await summaries(app, UNITS, { from: '2015-01-01', to: '2021-12-31' }, false);
      expect(alone['el-hajeb']).toMatchObject({ meetingsHeld: 1, resolutionsAdopted: 5, membersJoined: 1, membersNet: 1, officersAppointed: 1 });
      expect(alone['fes-meknes']).toMatchObject({ meetingsHeld: 0, resolutionsAdopted: 0, membersJoined: 1, officersAppointed: 1 });
      const all = await summaries(app, ['pam'], { from: '2015-01-01', to: '2021-12-31' });
      expect(all.pam).toMatchObject({ meetingsHeld: 1, resolutionsAdopted: 5, membersJoined: 3, membersNet: 3, officersAppointed: 3 });
    });

    it('lists every month of 2021 with June the only one holding meetings or resolutions', async () => {
      const result = await app.graphql(
        `{ ${UNITS.map((id, i) => `u${i}: orgUnit(id: "${id}") { activitySeries(from: "2021-01-01", to: "2021-12-31", granularity: MONTH) { label start end meetingsHeld resolutionsAdopted } }`).join(' ')} }`,
      );
      expect(result.errors).toBeUndefined();
      for (const i of UNITS.keys()) {
        const series = result.data![`u${i}`].activitySeries as Array<{ label: string; start: string; end: string; meetingsHeld: number; resolutionsAdopted: number }>;
        expect(series.map((bucket) => bucket.label)).toEqual(Array.from({ length: 12 }, (_, m) => `2021-${String(m + 1).padStart(2, '0')}`));
        expect(series[1]).toMatchObject({ start: '2021-02-01', end: '2021-02-28' });
        expect(series.filter((bucket) => bucket.meetingsHeld + bucket.resolutionsAdopted > 0)).toEqual([
          { label: '2021-06', start: '2021-06-01', end: '2021-06-30', meetingsHeld: 1, resolutionsAdopted: 5 },
        ]);
      }
    });

    it('puts the meeting in ISO week 23 and on its own day', async () => {
      const result = await app.graphql(`{ orgUnit(id: "fes-meknes") {
        weeks: activitySeries(from: "2021-06-01", to: "2021-06-14", granularity: WEEK) { label start end meetingsHeld }
        days: activitySeries(from: "2021-06-06", to: "2021-06-08", granularity: DAY) { label meetingsHeld }
      } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data!.orgUnit.weeks).toEqual([
        { label: '2021-W22', start: '2021-06-01', end: '2021-06-06', meetingsHeld: 0 },
        { label: '2021-W23', start: '2021-06-07', end: '2021-06-13', meetingsHeld: 1 },
        { label: '2021-W24', start: '2021-06-14', end: '2021-06-14', meetingsHeld: 0 },
      ]);
      expect(result.data!.orgUnit.days).toEqual([
        { label: '2021-06-06', meetingsHeld: 0 },
        { label: '2021-06-07', meetingsHeld: 1 },
        { label: '2021-06-08', meetingsHeld: 0 },
      ]);
    });

    it('lists El Hajeb under Fès-Meknès with its one meeting', async () => {
      const children = await byChild(app, 'fes-meknes', JUNE);
      expect(children).toEqual([
        expect.objectContaining({ id: 'el-hajeb', path: '/pam/fes-meknes/el-hajeb', level: 'PROVINCIAL', status: 'ACTIVE', activity: expect.objectContaining({ meetingsHeld: 1, resolutionsAdopted: 5 }) }),
      ]);
    });

    it.each([
      ['from', `activity(from: "2021-06-31", to: "2021-06-30") { meetingsHeld }`],
      ['to', `activity(from: "2021-06-30", to: "2021-06-01") { meetingsHeld }`],
      ['to', `activity(from: "1990-01-01", to: "2021-06-01") { meetingsHeld }`],
      ['granularity', `activitySeries(from: "2015-01-01", to: "2021-06-01", granularity: DAY) { label }`],
    ])('answers VALIDATION.FAILED naming %s for a bad range', async (field, selection) => {
      const result = await app.graphql(`{ orgUnit(id: "pam") { ${selection} } }`);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION.FAILED', field });
    });

    it('answers ORG_UNIT.NOT_FOUND for the children of an unknown unit', async () => {
      const result = await app.graphql(`{ activityByChild(unitId: "nowhere", from: "2021-06-01", to: "2021-06-30") { id } }`);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'ORG_UNIT.NOT_FOUND', field: 'unitId' });
    });
  });

  describe('subtrees and corrections', () => {
    let app: TestApp;
    const meeting = (meetingId: string, unitId: string, heldOn: string, attendees: unknown[] = []) =>
      mutate(app, 'recordMeeting', { meetingId, unitId, kind: 'BUREAU', title: { en: meetingId }, heldOn, chairs: [{ memberId: 'bougoula' }], attendees });
    const unit = (unitId: string, parentId: string, level: string) => mutate(app, 'establishOrgUnit', { unitId, parentId, level, kind: 'SECRETARIAT', name: { en: unitId } });

    beforeAll(async () => {
      app = await startTestApp(kind);
      await recordWorkedExample(app);
      await unit('taza', 'fes-meknes', 'PROVINCIAL');
      await unit('taza-ville', 'taza', 'LOCAL');
      await unit('ain-taoujdate', 'el-hajeb', 'LOCAL');
      await meeting('region-bureau', 'fes-meknes', '2021-06-02');
      await meeting('taza-bureau', 'taza', '2021-06-03', [{ group: { en: 'members' }, count: 12 }]);
      await meeting('taza-ville-may', 'taza-ville', '2021-05-20');
      await meeting('taza-ville-june', 'taza-ville', '2021-06-05', [{ memberId: 'hjira' }]);
      await meeting('ain-taoujdate-june', 'ain-taoujdate', '2021-06-04', [{ group: { en: 'residents' }, count: 30 }]);
      await app.caughtUp();
    });
    afterAll(async () => app.close());

    it("gives each unit its own figures plus the sum of its children's subtrees", async () => {
      for (const parent of ['pam', 'fes-meknes', 'el-hajeb', 'taza']) {
        const whole = (await summaries(app, [parent], JUNE))[parent]!;
        const own = (await summaries(app, [parent], JUNE, false))[parent]!;
        const children = await byChild(app, parent, JUNE);
        const summed = Object.fromEntries(Object.keys(own).filter((k) => k !== 'from' && k !== 'to').map((k) => [k, own[k]! + children.reduce((sum, child) => sum + child.activity[k]!, 0)]));
        expect(whole).toMatchObject(summed);
      }
      expect((await summaries(app, ['fes-meknes'], JUNE))['fes-meknes']).toMatchObject({ meetingsHeld: 5, attendanceCounted: 42, attendanceNamed: 7 });
      expect((await byChild(app, 'fes-meknes', JUNE)).map((child) => [child.id, child.activity.meetingsHeld])).toEqual([
        ['el-hajeb', 2],
        ['taza', 2],
      ]);
    });

    it('adds up a quarterly series to the summary of the same range', async () => {
      const result = await app.graphql(`{ orgUnit(id: "pam") {
        activity(from: "2021-01-01", to: "2021-12-31") { meetingsHeld attendanceCounted }
        activitySeries(from: "2021-01-01", to: "2021-12-31", granularity: QUARTER) { label meetingsHeld attendanceCounted }
      } }`);
      const { activity, activitySeries } = result.data!.orgUnit;
      expect(activity).toEqual({ meetingsHeld: 6, attendanceCounted: 42 });
      expect(activitySeries.map((bucket: Figures & { label: string }) => [bucket.label, bucket.meetingsHeld])).toEqual([
        ['2021-Q1', 0],
        ['2021-Q2', 6],
        ['2021-Q3', 0],
        ['2021-Q4', 0],
      ]);
    });

    it('moves a corrected meeting and its resolutions to the new month, and counts IMPLEMENTED once', async () => {
      const r1 = 'el-hajeb-2021-06-07-r1';
      await mutate(app, 'changeResolutionStatus', { resolutionId: r1, status: 'IMPLEMENTED', changedOn: '2021-06-07' });
      await mutate(app, 'changeResolutionStatus', { resolutionId: r1, status: 'IN_PROGRESS', changedOn: '2021-06-08' });
      await mutate(app, 'changeResolutionStatus', { resolutionId: r1, status: 'IMPLEMENTED', changedOn: '2021-06-08' });
      await mutate(app, 'rescindResolution', { resolutionId: 'el-hajeb-2021-06-07-r5', reason: 'superseded', rescindedOn: '2021-06-08' });
      await mutate(app, 'correctMeetingRecord', { meetingId: 'el-hajeb-2021-06-07', reason: 'The article is dated the day after', heldOn: '2021-05-31' });
      await app.caughtUp();

      const june = await summaries(app, ['el-hajeb'], JUNE, false);
      const may = await summaries(app, ['el-hajeb'], MAY, false);
      expect(june['el-hajeb']).toMatchObject({ meetingsHeld: 0, resolutionsAdopted: 0, attendanceNamed: 0, resolutionsImplemented: 1, resolutionsRescinded: 1 });
      expect(may['el-hajeb']).toMatchObject({ meetingsHeld: 1, resolutionsAdopted: 5, attendanceNamed: 2, attendanceUnknownGroups: 2 });
    });
  });
});
