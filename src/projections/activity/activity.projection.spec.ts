import { inLog, project } from '../runner/testing/projection-spec';
import { allTables, appointed, buckets, established, joined, left, PATHS, transferred } from './activity.given';
import { activityProjection } from './activity.projection';
import { type DayRow, FIGURES, type SubtreeDayRow, type SubtreeMonthRow } from './activity.tables';

const units = [
  established('pam', null, PATHS.pam, 'NATIONAL'),
  established('fes-meknes', 'pam', PATHS.region, 'REGIONAL'),
  established('el-hajeb', 'fes-meknes', PATHS.province, 'PROVINCIAL'),
];

describe('activity projection: units, members and officers', () => {
  it('keeps its own unit list with parent, path, level and status', async () => {
    const rows = await project(
      activityProjection,
      inLog(
        ...units,
        { type: 'OrgUnitRenamed', data: { unitId: 'el-hajeb', name: { fr: 'El Hajeb' }, shortName: null, previousName: { ar: 'el-hajeb' }, reason: null } },
        { type: 'OrgUnitDissolved', data: { unitId: 'fes-meknes', dissolvedOn: '2022-01-01', reason: null } },
      ),
    );
    expect(rows.rows('units')).toEqual([
      { id: 'el-hajeb', parentId: 'fes-meknes', path: PATHS.province, name: { fr: 'El Hajeb' }, level: 'PROVINCIAL', parallel: false, status: 'ACTIVE' },
      { id: 'fes-meknes', parentId: 'pam', path: PATHS.region, name: { ar: 'fes-meknes' }, level: 'REGIONAL', parallel: false, status: 'DISSOLVED' },
      { id: 'pam', parentId: null, path: PATHS.pam, name: { ar: 'pam' }, level: 'NATIONAL', parallel: false, status: 'ACTIVE' },
    ]);
  });

  it('counts joins and departures on their own days in their unit', async () => {
    const rows = await project(
      activityProjection,
      inLog(joined('a', 'el-hajeb', PATHS.province, '2021-06-01'), joined('b', 'el-hajeb', PATHS.province, '2021-06-01'), left('a', 'el-hajeb', PATHS.province, '2021-06-20')),
    );
    expect(buckets(rows)).toEqual({ 'el-hajeb|2021-06-01': { membersJoined: 2 }, 'el-hajeb|2021-06-20': { membersLeft: 1 } });
    expect(rows.rows<DayRow>('days')[0]).toMatchObject({ unitId: 'el-hajeb', unitPath: PATHS.province, day: '2021-06-01' });
  });

  it('counts a transfer out of the origin under its own path and into the destination', async () => {
    const rows = await project(activityProjection, inLog(transferred('a', ['el-hajeb', PATHS.province], ['fes-meknes', PATHS.region], '2021-06-15')));
    expect(buckets(rows)).toEqual({ 'el-hajeb|2021-06-15': { membersTransferredOut: 1 }, 'fes-meknes|2021-06-15': { membersTransferredIn: 1 } });
    expect(rows.rows<DayRow>('days').map((row) => row.unitPath)).toEqual([PATHS.province, PATHS.region]);
  });

  it('counts an officer appointment on the first day of the term', async () => {
    const rows = await project(activityProjection, inLog(appointed('bougoula', 'el-hajeb', PATHS.province, '2020-01-01')));
    expect(buckets(rows)).toEqual({ 'el-hajeb|2020-01-01': { officersAppointed: 1 } });
  });

  it('changes nothing when each of these events is applied a second time', async () => {
    const events = inLog(
      ...units,
      joined('a', 'el-hajeb', PATHS.province, '2021-06-01'),
      transferred('a', ['el-hajeb', PATHS.province], ['fes-meknes', PATHS.region], '2021-06-15'),
      left('a', 'fes-meknes', PATHS.region, '2021-06-20'),
      appointed('bougoula', 'el-hajeb', PATHS.province, '2020-01-01'),
    );
    const once = await project(activityProjection, events);
    const twice = await project(activityProjection, events, { twice: true });
    expect(allTables(twice)).toEqual(allTables(once));
  });
});

describe('activity projection: subtree day buckets', () => {
  it("keeps, for every unit and ancestor, each day's subtree total equal to the sum of the day rows under it, also after a transfer", async () => {
    const rows = await project(
      activityProjection,
      inLog(
        ...units,
        joined('a', 'el-hajeb', PATHS.province, '2021-06-01'),
        joined('b', 'fes-meknes', PATHS.region, '2021-06-01'),
        transferred('a', ['el-hajeb', PATHS.province], ['fes-meknes', PATHS.region], '2021-06-15'),
        appointed('bougoula', 'el-hajeb', PATHS.province, '2021-06-15'),
      ),
    );
    const subtree = Object.fromEntries(
      rows.rows<SubtreeDayRow>('subtree_days').map((row) => [row.id, Object.fromEntries(FIGURES.filter((figure) => row[figure] !== 0).map((figure) => [figure, row[figure]]))]),
    );
    expect(subtree).toEqual({
      '/pam|2021-06-01': { membersJoined: 2 },
      '/pam/fes-meknes|2021-06-01': { membersJoined: 2 },
      '/pam/fes-meknes/el-hajeb|2021-06-01': { membersJoined: 1 },
      '/pam|2021-06-15': { membersTransferredOut: 1, membersTransferredIn: 1, officersAppointed: 1 },
      '/pam/fes-meknes|2021-06-15': { membersTransferredOut: 1, membersTransferredIn: 1, officersAppointed: 1 },
      '/pam/fes-meknes/el-hajeb|2021-06-15': { membersTransferredOut: 1, officersAppointed: 1 },
    });
    const months = Object.fromEntries(rows.rows<SubtreeMonthRow>('subtree_months').map((row) => [row.id, row.membersJoined + row.membersTransferredIn - row.membersTransferredOut]));
    expect(months).toEqual({ '/pam|2021-06': 2, '/pam/fes-meknes|2021-06': 2, '/pam/fes-meknes/el-hajeb|2021-06': 0 });
  });
});
