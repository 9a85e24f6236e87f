import type { MeetingHeld, MeetingRecordCorrected } from '../../events/meetings.events';
import type { OrgUnitEstablished } from '../../events/org-units.events';
import { inLog, project } from '../runner/testing/projection-spec';
import { MEETINGS, meetingsProjection, type MeetingRow, UNITS } from './meetings.projection';

const EL_HAJEB = '/pam/fes-meknes/el-hajeb';

const established: OrgUnitEstablished = {
  type: 'OrgUnitEstablished',
  data: {
    unitId: 'el-hajeb',
    parentId: 'fes-meknes',
    path: EL_HAJEB,
    level: 'PROVINCIAL',
    kind: 'SECRETARIAT',
    parallel: false,
    name: { fr: "Secrétariat provincial d'El Hajeb" },
    shortName: null,
    territory: null,
    establishedOn: '2020-01-01',
  },
};

const held: MeetingHeld = {
  type: 'MeetingHeld',
  data: {
    meetingId: 'm1',
    unitId: 'el-hajeb',
    kind: 'ORGANIZATIONAL',
    title: { ar: 'اجتماع تنظيمي', en: 'Organizational meeting' },
    heldOn: '2021-06-07',
    startsAt: null,
    partOfDay: 'EVENING',
    timeZone: 'Africa/Casablanca',
    venue: { name: { en: 'Provincial headquarters' }, locality: { fr: 'El Hajeb' } },
    chairs: [{ kind: 'MEMBER', memberId: 'hjira', role: null }],
    attendees: [
      { kind: 'MEMBER', memberId: 'hjira', role: 'Regional Secretary-General' },
      { kind: 'GROUP', label: { en: 'Local secretaries' }, count: null },
    ],
    agenda: [{ en: 'Elections' }],
    summary: { ar: 'عقدت الأمانة' },
    summaryLanguage: 'ar',
  },
};

const corrected = (changes: MeetingRecordCorrected['data']['changes'], reason: string): MeetingRecordCorrected => ({
  type: 'MeetingRecordCorrected',
  data: { meetingId: 'm1', unitId: 'el-hajeb', changes, previous: {}, reason },
});

const metadata = { unitPath: EL_HAJEB, occurredAt: '2021-06-07T12:00:00.000Z', actor: 'recorder@el-hajeb', recordedAt: '2021-06-08T09:00:00.000Z' };

const log = inLog(
  { ...established, streamId: 'orgUnit-el-hajeb', metadata: { unitPath: EL_HAJEB } },
  { ...held, streamId: 'meeting-m1', metadata },
  {
    ...corrected({ partOfDay: 'AFTERNOON', agenda: [{ en: 'Elections' }, { en: 'COVID-19 measures' }] }, 'The agenda had two items'),
    streamId: 'meeting-m1',
    metadata: { ...metadata, actor: 'editor@fes-meknes', recordedAt: '2021-06-09T10:00:00.000Z' },
  },
  {
    ...corrected({ heldOn: '2021-06-06', startsAt: null }, 'It was held the day before'),
    streamId: 'meeting-m1',
    metadata: { ...metadata, occurredAt: '2021-06-06T12:00:00.000Z', recordedAt: '2021-06-10T10:00:00.000Z' },
  },
);

describe('the meetings projection', () => {
  it('keeps a held meeting as recorded, filed under its unit path, with who recorded it', async () => {
    const rows = await project(meetingsProjection, log.slice(0, 2));
    const { meetingId, ...record } = held.data;
    expect(rows.rows<MeetingRow>(MEETINGS)).toEqual([
      {
        ...record,
        id: meetingId,
        unitPath: EL_HAJEB,
        occurredAt: '2021-06-07T12:00:00.000Z',
        recordedAt: '2021-06-08T09:00:00.000Z',
        recordedBy: 'recorder@el-hajeb',
        corrections: [],
      },
    ]);
  });

  it('remembers the path of every established unit, met or not', async () => {
    const rows = await project(meetingsProjection, log.slice(0, 1));
    expect(rows.rows(UNITS)).toEqual([{ id: 'el-hajeb', path: EL_HAJEB }]);
  });

  it('applies two corrections in turn and lists both with what changed, why and who', async () => {
    const [row] = (await project(meetingsProjection, log)).rows<MeetingRow>(MEETINGS);
    expect(row).toMatchObject({
      heldOn: '2021-06-06',
      partOfDay: 'AFTERNOON',
      agenda: [{ en: 'Elections' }, { en: 'COVID-19 measures' }],
      occurredAt: '2021-06-06T12:00:00.000Z',
      recordedBy: 'recorder@el-hajeb',
      summary: held.data.summary,
    });
    expect(row!.corrections).toEqual([
      { reason: 'The agenda had two items', changedFields: ['partOfDay', 'agenda'], actor: 'editor@fes-meknes', recordedAt: '2021-06-09T10:00:00.000Z', position: '3' },
      { reason: 'It was held the day before', changedFields: ['heldOn', 'startsAt'], actor: 'recorder@el-hajeb', recordedAt: '2021-06-10T10:00:00.000Z', position: '4' },
    ]);
  });

  it('leaves a correction of a meeting it never saw alone', async () => {
    const rows = await project(meetingsProjection, [log[0]!, log[2]!]);
    expect(rows.rows(MEETINGS)).toEqual([]);
  });

  it('changes nothing when every event is applied a second time', async () => {
    const once = await project(meetingsProjection, log);
    const twice = await project(meetingsProjection, log, { twice: true });
    expect(twice.rows<MeetingRow>(MEETINGS)[0]!.corrections).toHaveLength(2);
    expect(twice.rows(MEETINGS)).toEqual(once.rows(MEETINGS));
    expect(twice.rows(UNITS)).toEqual(once.rows(UNITS));
  });
});
