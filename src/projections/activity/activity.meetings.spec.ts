import { inLog, project } from '../runner/testing/projection-spec';
import { adopted, allTables, buckets, corrected, group, guest, held, member, PATHS, rescinded, statusChanged } from './activity.given';
import { activityProjection } from './activity.projection';

const P = PATHS.province;
const workedMeeting = held('m1', 'el-hajeb', P, '2021-06-07', [member('hjira'), member('bougoula')], [member('hjira'), member('bougoula'), group(null), group(null)]);
const fiveResolutions = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => adopted(id, 'm1', 'el-hajeb', P, '2021-06-07'));

describe('activity projection: meetings', () => {
  it('counts the worked example as one meeting, two named people, two groups of unknown size and five resolutions', async () => {
    const rows = await project(activityProjection, inLog(workedMeeting, ...fiveResolutions));
    expect(buckets(rows)).toEqual({
      'el-hajeb|2021-06-07': { meetingsHeld: 1, attendanceNamed: 2, attendanceUnknownGroups: 2, resolutionsAdopted: 5 },
    });
  });

  it('counts chairs missing from the attendees, guests by name, and sums known group counts', async () => {
    const rows = await project(
      activityProjection,
      inLog(held('m1', 'el-hajeb', P, '2021-06-07', [member('hjira'), guest('ضيف')], [member('bougoula'), guest('ضيف'), group(12), group(0), group(null)])),
    );
    expect(buckets(rows)['el-hajeb|2021-06-07']).toEqual({ meetingsHeld: 1, attendanceNamed: 3, attendanceCounted: 12, attendanceUnknownGroups: 1 });
  });

  it('moves a meeting and the resolutions it adopted to the corrected day', async () => {
    const rows = await project(
      activityProjection,
      inLog(workedMeeting, ...fiveResolutions, corrected('m1', 'el-hajeb', P, { heldOn: '2021-05-31' }, { heldOn: '2021-06-07' })),
    );
    expect(buckets(rows)).toEqual({
      'el-hajeb|2021-05-31': { meetingsHeld: 1, attendanceNamed: 2, attendanceUnknownGroups: 2, resolutionsAdopted: 5 },
      'el-hajeb|2021-06-07': {},
    });
  });

  it('keeps the unchanged attendance from the meeting row when only the day is corrected, and the day when only attendees are', async () => {
    const rows = await project(
      activityProjection,
      inLog(
        workedMeeting,
        corrected('m1', 'el-hajeb', P, { attendees: [member('bougoula'), group(8)] }),
        corrected('m1', 'el-hajeb', P, { heldOn: '2021-06-08' }),
        corrected('m1', 'el-hajeb', P, { chairs: [member('bougoula')] }),
      ),
    );
    expect(buckets(rows)).toEqual({
      'el-hajeb|2021-06-07': {},
      'el-hajeb|2021-06-08': { meetingsHeld: 1, attendanceNamed: 1, attendanceCounted: 8 },
    });
  });

  it('leaves the figures alone when a correction changes nothing they count', async () => {
    const events = inLog(workedMeeting, corrected('m1', 'el-hajeb', P, { title: { en: 'Better title' } }));
    expect(buckets(await project(activityProjection, events))).toEqual(buckets(await project(activityProjection, events.slice(0, 1))));
  });
});

describe('activity projection: resolutions', () => {
  it('counts IMPLEMENTED once, on the day it was first reached, even after moving away and back', async () => {
    const rows = await project(
      activityProjection,
      inLog(
        workedMeeting,
        fiveResolutions[0]!,
        statusChanged('r1', 'el-hajeb', P, 'ADOPTED', 'IMPLEMENTED', '2021-07-01'),
        statusChanged('r1', 'el-hajeb', P, 'IMPLEMENTED', 'IN_PROGRESS', '2021-07-10'),
        statusChanged('r1', 'el-hajeb', P, 'IN_PROGRESS', 'IMPLEMENTED', '2021-08-01'),
      ),
    );
    expect(buckets(rows)['el-hajeb|2021-07-01']).toEqual({ resolutionsImplemented: 1 });
    expect(buckets(rows)['el-hajeb|2021-08-01']).toBeUndefined();
    expect(rows.rows('resolutions')).toEqual([expect.objectContaining({ id: 'r1', status: 'IMPLEMENTED', implementedOn: '2021-07-01', day: '2021-06-07' })]);
  });

  it('counts a rescinded resolution on the day it was rescinded and keeps its adoption', async () => {
    const rows = await project(activityProjection, inLog(workedMeeting, fiveResolutions[0]!, rescinded('r1', 'el-hajeb', P, '2021-09-01')));
    expect(buckets(rows)['el-hajeb|2021-06-07']).toMatchObject({ resolutionsAdopted: 1 });
    expect(buckets(rows)['el-hajeb|2021-09-01']).toEqual({ resolutionsRescinded: 1 });
  });

  it('still counts a status change for a resolution whose adoption it never saw, under the event unit', async () => {
    const rows = await project(activityProjection, inLog(statusChanged('orphan', 'el-hajeb', P, 'ADOPTED', 'IMPLEMENTED', '2021-07-01')));
    expect(buckets(rows)).toEqual({ 'el-hajeb|2021-07-01': { resolutionsImplemented: 1 } });
  });
});

describe('activity projection: idempotency', () => {
  it('changes nothing when every meeting and resolution event is applied a second time', async () => {
    const events = inLog(
      workedMeeting,
      ...fiveResolutions,
      corrected('m1', 'el-hajeb', P, { heldOn: '2021-05-31', attendees: [group(40)] }, { heldOn: '2021-06-07' }),
      statusChanged('r1', 'el-hajeb', P, 'ADOPTED', 'IMPLEMENTED', '2021-07-01'),
      statusChanged('r1', 'el-hajeb', P, 'IMPLEMENTED', 'IN_PROGRESS', '2021-07-10'),
      statusChanged('r1', 'el-hajeb', P, 'IN_PROGRESS', 'IMPLEMENTED', '2021-08-01'),
      rescinded('r2', 'el-hajeb', P, '2021-09-01'),
    );
    const once = await project(activityProjection, events);
    const twice = await project(activityProjection, events, { twice: true });
    expect(allTables(twice)).toEqual(allTables(once));
    expect(buckets(once)['el-hajeb|2021-05-31']).toEqual({ meetingsHeld: 1, attendanceNamed: 2, attendanceCounted: 40, resolutionsAdopted: 5 });
  });
});
