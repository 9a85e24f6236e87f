import { joined, transferred } from '../../modules/members/members.fixtures';
import { corrected, held } from '../../modules/meetings/meetings.fixtures';
import { elHajeb } from '../../modules/org-units/org-units.fixtures';
import { adopted, statusChanged } from '../../modules/resolutions/resolutions.fixtures';
import { inLog, project } from '../runner/testing/projection-spec';
import { positionKey } from './activity-feed.item';
import { activityFeedProjection, type EntryRow } from './activity-feed.projection';

const EL_HAJEB = '/pam/fes-meknes/el-hajeb';
const at = (unitPath: string, streamId: string) => ({ metadata: { unitPath, actor: 'recorder@el-hajeb' }, streamId });

const history = () =>
  inLog(
    { ...elHajeb(), ...at(EL_HAJEB, 'orgUnit-el-hajeb') },
    { ...joined({ memberId: 'bougoula', fullName: { ar: 'عبد الإلاه بوقولا', fr: 'Abdelilah Bougoula' } }), ...at(EL_HAJEB, 'member-bougoula') },
    {
      type: 'OfficerAppointed',
      data: { unitId: 'el-hajeb', memberId: 'bougoula', position: 'SECRETARY_GENERAL', title: { ar: 'الأمين العام الإقليمي', en: 'Provincial Secretary-General' }, termStart: '2020-01-01', termEnd: null },
      ...at(EL_HAJEB, 'orgUnit-el-hajeb'),
    },
    { ...held(), ...at(EL_HAJEB, 'meeting-el-hajeb-2021-06-07') },
    { ...corrected({ partOfDay: 'NIGHT' }, { partOfDay: 'EVENING' }), ...at(EL_HAJEB, 'meeting-el-hajeb-2021-06-07') },
    { ...adopted({ text: { en: 'x'.repeat(300) } }), ...at(EL_HAJEB, 'resolution-el-hajeb-2021-06-07-r3') },
    { ...statusChanged(), ...at(EL_HAJEB, 'resolution-el-hajeb-2021-06-07-r3') },
    { ...transferred({ memberId: 'bougoula', toUnitId: 'fes-meknes' }), ...at('/pam/fes-meknes', 'member-bougoula') },
  );

const entries = async (): Promise<EntryRow[]> => (await project(activityFeedProjection, history())).rows<EntryRow>('entries');

describe('the activity feed projection', () => {
  it('writes one entry per event with its envelope and a sortable position key', async () => {
    const [established] = (await entries()).filter((entry) => entry.type === 'UNIT_ESTABLISHED');
    expect(established).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      position: '1',
      positionKey: '00000000000000000001',
      type: 'UNIT_ESTABLISHED',
      unitId: 'el-hajeb',
      unitPath: EL_HAJEB,
      occurredAt: '2021-06-07T12:00:00.000Z',
      recordedAt: '2021-06-08T09:00:00.000Z',
      actor: 'recorder@el-hajeb',
      streamId: 'orgUnit-el-hajeb',
      subjectId: 'el-hajeb',
      summary: elHajeb().data.name,
    });
    expect(await entries()).toHaveLength(8);
  });

  it('summarizes from the event, or from what earlier events said of the subject', async () => {
    const summaries = Object.fromEntries((await entries()).map((entry) => [entry.type, entry.summary]));
    expect(summaries.OFFICER_APPOINTED).toEqual({ ar: 'عبد الإلاه بوقولا — الأمين العام الإقليمي', fr: 'Abdelilah Bougoula', en: 'Provincial Secretary-General' });
    expect(summaries.MEETING_HELD).toEqual(held().data.title);
    expect(summaries.MEETING_CORRECTED).toEqual(held().data.title);
    expect(summaries.RESOLUTION_STATUS_CHANGED).toEqual(summaries.RESOLUTION_ADOPTED);
    expect(summaries.MEMBER_TRANSFERRED).toEqual({ ar: 'عبد الإلاه بوقولا', fr: 'Abdelilah Bougoula' });
  });

  it('truncates a long resolution text to 120 characters', async () => {
    const adoption = (await entries()).find((entry) => entry.type === 'RESOLUTION_ADOPTED')!;
    expect(Array.from(adoption.summary.en!)).toHaveLength(120);
    expect(adoption.summary.en!.endsWith('…')).toBe(true);
  });

  it('files a transfer under the unit the member moved to', async () => {
    const transfer = (await entries()).find((entry) => entry.type === 'MEMBER_TRANSFERRED')!;
    expect(transfer).toMatchObject({ unitId: 'fes-meknes', unitPath: '/pam/fes-meknes', subjectId: 'bougoula' });
  });

  it('orders position keys numerically and falls back to recordedAt and id for other cursors', () => {
    expect(positionKey('9', 'r', 'i') < positionKey('10', 'r', 'i')).toBe(true);
    expect(positionKey('C:12/P:12', '2021-06-08T09:00:00.000Z', 'e-1')).toBe('2021-06-08T09:00:00.000Z|e-1');
  });

  it('comes out the same when every event is applied twice', async () => {
    const once = await project(activityFeedProjection, history());
    const twice = await project(activityFeedProjection, history(), { twice: true });
    expect(twice.rows('entries')).toEqual(once.rows('entries'));
    expect(twice.rows('subjects')).toEqual(once.rows('subjects'));
  });

  describe('erasure of a member’s personal data', () => {
    const erasure = { type: 'MemberPersonalDataErased' as const, data: { memberId: 'bougoula', unitId: 'fes-meknes', reason: 'request 17' }, ...at('/pam/fes-meknes', 'member-bougoula') };
    const afterwards = { type: 'MemberLeft' as const, data: { memberId: 'bougoula', unitId: 'fes-meknes', reason: 'RESIGNED' as const, note: null, leftOn: '2021-06-08' }, ...at('/pam/fes-meknes', 'member-bougoula') };
    const summariesOf = (rows: EntryRow[]) => Object.fromEntries(rows.filter((entry) => entry.subjectId === 'bougoula').map((entry) => [entry.type, entry.summary]));

    it('scrubs every entry that showed the name, keeping the entries and the officer’s title, and names nobody afterwards', async () => {
      const rows = await project(activityFeedProjection, inLog(...history(), erasure, afterwards), { twice: true });
      expect(summariesOf(rows.rows<EntryRow>('entries'))).toEqual({
        MEMBER_JOINED: { en: 'bougoula' },
        OFFICER_APPOINTED: { ar: 'الأمين العام الإقليمي', en: 'Provincial Secretary-General' },
        MEMBER_TRANSFERRED: { en: 'bougoula' },
        MEMBER_LEFT: { en: 'bougoula' },
      });
      expect(rows.rows<EntryRow>('entries')).toHaveLength(9);
      expect(JSON.stringify(rows.rows('subjects'))).not.toContain('بوقولا');
    });

    it('comes out as a rebuild does that reads the name as erased', async () => {
      const scrubbed = await project(activityFeedProjection, inLog(...history(), erasure));
      const readErased = history().map((event) => (event.type === 'MemberJoined' ? { ...event, data: { ...event.data, fullName: {}, honorific: null }, personalDataErased: true } : event));
      const rebuilt = await project(activityFeedProjection, inLog(...readErased, erasure));
      expect(rebuilt.rows('entries')).toEqual(scrubbed.rows('entries'));
      expect(rebuilt.rows('subjects')).toEqual(scrubbed.rows('subjects'));
    });
  });
});
