import { elHajeb, established, fesMeknes } from '../../modules/org-units/org-units.fixtures';
import { inLog, project } from '../runner/testing/projection-spec';
import { DOCUMENTS, type SearchDocumentRow, searchProjection } from './search.projection';

const EL_HAJEB = '/pam/fes-meknes/el-hajeb';

const meetingHeld = {
  type: 'MeetingHeld' as const,
  data: {
    meetingId: 'el-hajeb-2021-06-07',
    unitId: 'el-hajeb',
    kind: 'ORGANIZATIONAL' as const,
    title: { ar: 'اجتماع تنظيمي للبام بإقليم الحاجب' },
    heldOn: '2021-06-07',
    startsAt: null,
    partOfDay: 'EVENING' as const,
    timeZone: 'Africa/Casablanca',
    venue: { name: { ar: 'المقر الإقليمي' }, locality: null },
    chairs: [],
    attendees: [{ kind: 'GROUP' as const, label: { ar: 'الأمناء المحليون' }, count: null }],
    agenda: [{ en: 'Preparation for the upcoming elections' }],
    summary: { ar: 'مساء يوم الإثنين 7يونيو 2021 بالمقر الإقليمي بمدينة الحاجب' },
    summaryLanguage: 'ar' as const,
  },
  metadata: { unitPath: EL_HAJEB },
};

const history = () =>
  inLog(
    established(),
    fesMeknes(),
    elHajeb(),
    { type: 'MemberJoined', data: { memberId: 'hjira', unitId: 'fes-meknes', fullName: { ar: 'محمد الحجيرة', fr: 'Mohamed El Hjira' }, honorific: { ar: 'الدكتور' }, joinedOn: '2015-01-01' }, metadata: { unitPath: '/pam/fes-meknes' } },
    meetingHeld,
    {
      type: 'ResolutionAdopted',
      data: { resolutionId: 'r3', meetingId: meetingHeld.data.meetingId, unitId: 'el-hajeb', kind: 'DECISION', text: { ar: 'الانخراط في عملية التسجيل في اللوائح الانتخابية' }, adoptedOn: '2021-06-07', dueOn: null },
      metadata: { unitPath: EL_HAJEB },
    },
  );

const documents = async (events = history(), twice = false): Promise<SearchDocumentRow[]> =>
  (await project(searchProjection, events, { twice })).rows<SearchDocumentRow>(DOCUMENTS);

describe('the search projection', () => {
  it('keeps one document per unit, member, meeting and resolution, filed under its unit', async () => {
    expect((await documents()).map(({ id, unitPath, date }) => [id, unitPath, date])).toEqual([
      ['MEETING:el-hajeb-2021-06-07', EL_HAJEB, '2021-06-07'],
      ['MEMBER:hjira', '/pam/fes-meknes', '2015-01-01'],
      ['RESOLUTION:r3', EL_HAJEB, '2021-06-07'],
      ['UNIT:el-hajeb', EL_HAJEB, elHajeb().data.establishedOn],
      ['UNIT:fes-meknes', '/pam/fes-meknes', fesMeknes().data.establishedOn],
      ['UNIT:pam', '/pam', established().data.establishedOn],
    ]);
  });

  it('indexes stems, so the words are found in their other forms, and keeps the texts as recorded', async () => {
    const meeting = (await documents()).find((row) => row.kind === 'MEETING')!;
    expect(meeting.terms.split(' ')).toEqual(expect.arrayContaining(['حاجب', '2021', 'يون', 'elect']));
    expect(meeting.texts).toContainEqual({ field: 'summary', language: 'ar', text: meetingHeld.data.summary.ar, title: false });
    expect(meeting.titleSeq.split(' ')).toHaveLength(5);
    expect(meeting.bodySeq.split('\n')).toHaveLength(4);
  });

  it('re-indexes a renamed unit under its new name and keeps its territory', async () => {
    const renamed = inLog(
      established(),
      { ...fesMeknes(), data: { ...fesMeknes().data, territory: { country: 'MA', region: 'Fès-Meknès', code: '03' } } },
      { type: 'OrgUnitRenamed', data: { unitId: 'fes-meknes', name: { fr: 'Région Fès-Meknès' }, shortName: null, previousName: fesMeknes().data.name, reason: null } },
    );
    const region = (await documents(renamed)).find((row) => row.id === 'UNIT:fes-meknes')!;
    expect(region.title).toEqual({ fr: 'Région Fès-Meknès' });
    expect(region.texts.map((text) => text.field)).toEqual(['name', 'territory']);
  });

  it('files a transferred member under the unit they moved to', async () => {
    const moved = inLog(...history(), {
      type: 'MemberTransferred',
      data: { memberId: 'hjira', fromUnitId: 'fes-meknes', fromUnitPath: '/pam/fes-meknes', toUnitId: 'el-hajeb', transferredOn: '2021-07-01', reason: null },
      metadata: { unitPath: EL_HAJEB },
    });
    expect((await documents(moved)).find((row) => row.id === 'MEMBER:hjira')).toMatchObject({ unitId: 'el-hajeb', unitPath: EL_HAJEB });
  });

  it('re-indexes the corrected fields of a meeting and keeps the others', async () => {
    const corrected = inLog(...history(), {
      type: 'MeetingRecordCorrected',
      data: { meetingId: meetingHeld.data.meetingId, unitId: 'el-hajeb', changes: { summary: { ar: 'اجتماع بمدينة إفران' }, heldOn: '2021-06-08' }, previous: {}, reason: 'Wrong town' },
      metadata: { unitPath: EL_HAJEB },
    });
    const meeting = (await documents(corrected)).find((row) => row.kind === 'MEETING')!;
    expect(meeting.date).toBe('2021-06-08');
    expect(meeting.texts.find((text) => text.field === 'summary')?.text).toBe('اجتماع بمدينة إفران');
    expect(meeting.texts.map((text) => text.field)).toEqual(['title', 'agenda.0', 'summary', 'venue.name', 'attendees.0']);
  });

  it('empties an erased member’s document: no title, no text, no term, same as a rebuild reading the erased name', async () => {
    const erasure = { type: 'MemberPersonalDataErased' as const, data: { memberId: 'hjira', unitId: 'fes-meknes', reason: 'request 17' }, metadata: { unitPath: '/pam/fes-meknes' } };
    const erased = (await documents(inLog(...history(), erasure), true)).find((row) => row.id === 'MEMBER:hjira');
    expect(erased).toMatchObject({ kind: 'MEMBER', unitPath: '/pam/fes-meknes', title: {}, texts: [], titleSeq: '', bodySeq: '', terms: '' });
    const [joinedRead] = history().filter((event) => event.type === 'MemberJoined');
    const rebuilt = await documents(inLog({ ...joinedRead!, data: { ...joinedRead!.data, fullName: {}, honorific: null } }, erasure));
    expect(rebuilt.find((row) => row.id === 'MEMBER:hjira')).toEqual(erased);
  });

  it('comes out the same when every event is applied twice', async () => {
    expect(await documents(history(), true)).toEqual(await documents());
  });
});
