import type { MemoryRows } from '../runner/memory-rows';
import { inLog, project } from '../runner/testing/projection-spec';
import { adopted, allTables, corrected, group, held, joined, member, PATHS, statusChanged, transferred } from './activity.given';
import { activityProjection } from './activity.projection';
import type { EvidenceRow } from './activity.tables';

const P = PATHS.province;
const eventId = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Live evidence as `figure unit|day → event numbers in the log`, the shape the assertions read best in. */
const evidence = (rows: MemoryRows): Record<string, number[]> => {
  const cited: Record<string, number[]> = {};
  for (const row of rows.rows<EvidenceRow>('evidence').filter((candidate) => !candidate.retired)) {
    (cited[`${row.figure} ${row.unitId}|${row.day}`] ??= []).push(Number(row.position));
  }
  for (const list of Object.values(cited)) list.sort((a, b) => a - b);
  return cited;
};

describe('activity projection: the events behind each figure', () => {
  it('cites the MeetingHeld event behind the meeting and its attendance, and each ResolutionAdopted behind its count', async () => {
    const rows = await project(
      activityProjection,
      inLog(held('m1', 'el-hajeb', P, '2021-06-07', [member('hjira')], [group(null)]), adopted('r1', 'm1', 'el-hajeb', P, '2021-06-07')),
    );
    expect(evidence(rows)).toEqual({
      'meetingsHeld el-hajeb|2021-06-07': [1],
      'attendanceNamed el-hajeb|2021-06-07': [1],
      'attendanceUnknownGroups el-hajeb|2021-06-07': [1],
      'resolutionsAdopted el-hajeb|2021-06-07': [2],
    });
    const [row] = rows.rows<EvidenceRow>('evidence').filter((candidate) => candidate.figure === 'meetingsHeld');
    expect(row).toMatchObject({ eventId: eventId(1), streamId: 'meeting-m1', revision: 0, position: '1', unitPath: P, retired: false });
  });

  it('moves the evidence with a meeting whose day is corrected, citing the correction beside the original, and leaves nothing on the old day', async () => {
    const rows = await project(
      activityProjection,
      inLog(
        held('m1', 'el-hajeb', P, '2021-06-07', [member('hjira')]),
        adopted('r1', 'm1', 'el-hajeb', P, '2021-06-07'),
        corrected('m1', 'el-hajeb', P, { heldOn: '2021-06-08' }, { heldOn: '2021-06-07' }),
      ),
    );
    expect(evidence(rows)).toEqual({
      'meetingsHeld el-hajeb|2021-06-08': [1, 3],
      'attendanceNamed el-hajeb|2021-06-08': [1, 3],
      'resolutionsAdopted el-hajeb|2021-06-08': [2, 3],
    });
  });

  it('cites a correction only behind the figures it changed, and retires the evidence of a figure it brought to zero', async () => {
    const rows = await project(
      activityProjection,
      inLog(held('m1', 'el-hajeb', P, '2021-06-07', [], [group(null), member('hjira')]), corrected('m1', 'el-hajeb', P, { attendees: [group(30)] })),
    );
    expect(evidence(rows)).toEqual({
      'meetingsHeld el-hajeb|2021-06-07': [1],
      'attendanceCounted el-hajeb|2021-06-07': [1, 2],
    });
    const retired = rows.rows<EvidenceRow>('evidence').filter((row) => row.retired).map((row) => row.figure);
    expect(retired.sort()).toEqual(['attendanceNamed', 'attendanceUnknownGroups']);
  });

  it('cites member, transfer and status events on the day and unit each counts them', async () => {
    const rows = await project(
      activityProjection,
      inLog(
        joined('a', 'el-hajeb', P, '2021-06-01'),
        transferred('a', ['el-hajeb', P], ['fes-meknes', PATHS.region], '2021-06-15'),
        held('m1', 'el-hajeb', P, '2021-06-07'),
        adopted('r1', 'm1', 'el-hajeb', P, '2021-06-07'),
        statusChanged('r1', 'el-hajeb', P, 'ADOPTED', 'IMPLEMENTED', '2021-07-01'),
      ),
    );
    expect(evidence(rows)).toMatchObject({
      'membersJoined el-hajeb|2021-06-01': [1],
      'membersTransferredOut el-hajeb|2021-06-15': [2],
      'membersTransferredIn fes-meknes|2021-06-15': [2],
      'resolutionsImplemented el-hajeb|2021-07-01': [5],
    });
  });

  it('changes no evidence when each event is applied a second time', async () => {
    const events = inLog(
      held('m1', 'el-hajeb', P, '2021-06-07', [member('hjira')]),
      adopted('r1', 'm1', 'el-hajeb', P, '2021-06-07'),
      corrected('m1', 'el-hajeb', P, { heldOn: '2021-06-08' }),
      corrected('m1', 'el-hajeb', P, { chairs: [] }),
      joined('a', 'el-hajeb', P, '2021-06-01'),
    );
    expect(allTables(await project(activityProjection, events, { twice: true }))).toEqual(allTables(await project(activityProjection, events)));
  });
});
