import type { MeetingHeld, MeetingRecordCorrected } from '../../events/meetings.events';
import type { MeetingRecordDraft } from './meeting-record.validation';

// The El Hajeb meeting of 7 June 2021 (shared/fixtures/el-hajeb-2021-06-07.json), its
// Arabic copied byte for byte: the summary keeps the article's own spacing and newlines.

export const HJIRA = 'mohamed-el-hjira';
export const BOUGOULA = 'abdelilah-bougoula';
export const EL_HAJEB_MEETING = 'el-hajeb-2021-06-07';

export const EL_HAJEB_SUMMARY_AR =
  'عقدت الأمانة العامة الإقليمية لحزب الأصالةوالمعاصرة بإقليم الحاجب اجتماعا تنظيميا ، بحضور الدكتور محمد الحجيرة الأمين العام الجهوي و الأستاذ عبد الإلاه بوقولا الأمين العام الإقليمي للبام بالحاجب، مساء يوم الإثنين 7يونيو 2021 ، بالمقر الإقليمي بمدينة الحاجب.\n\nالاجتماع الذي تميز بحضور أعضاء الأمانة الإقليمية و الأمناء المحليون، خصص للوقوف عند الأداء التنظيمي والسياسي للحزب بالحاجب ، وتقييم الدينامية التنظيمية التي تباشرها الأمانة العامة الإقليمية بمعية الشباب والنساء والفعاليات النقابية والجمعوية .';

const TITLE = { ar: 'اجتماع تنظيمي للبام بإقليم الحاجب استعدادا للاستحقاقات الانتخابية المقبلة', en: 'Organizational meeting of PAM in El Hajeb province ahead of the upcoming elections' };
const VENUE = {
  name: { ar: 'المقر الإقليمي', en: 'Provincial headquarters' },
  locality: { ar: 'مدينة الحاجب', fr: 'El Hajeb' },
};
const SECRETARIAT_MEMBERS = { ar: 'أعضاء الأمانة الإقليمية', en: 'Members of the provincial secretariat' };
const LOCAL_SECRETARIES = { ar: 'الأمناء المحليون', en: 'Local secretaries' };
export const EL_HAJEB_AGENDA = [
  { en: "Review of the party's organizational and political performance in El Hajeb" },
  { en: 'Evaluation of the organizational dynamic with youth, women, union and association actors' },
  { en: 'Briefing on national strategic issues: territorial integrity and foreign policy' },
  { en: 'New COVID-19 precautionary and preventive measures' },
  { en: "Initiatives and decisions of the political bureau; positions of the party's parliamentary groups (social protection law, cannabis regulation law, electoral laws)" },
  { en: 'Changes to the laws governing parliamentary, communal and professional elections, and how to handle them' },
  { en: 'Preparation for the upcoming elections and registration on the electoral rolls' },
];

/** The meeting as a client sends it: two chairs, two named attendees and two groups of unknown size. */
export const elHajebMeetingDraft = (): MeetingRecordDraft => ({
  kind: 'ORGANIZATIONAL',
  title: TITLE,
  heldOn: '2021-06-07',
  startsAt: null,
  partOfDay: 'EVENING',
  timeZone: 'Africa/Casablanca',
  venue: VENUE,
  chairs: [
    { memberId: HJIRA, role: 'Regional Secretary-General' },
    { memberId: BOUGOULA, role: 'Provincial Secretary-General' },
  ],
  attendees: [
    { memberId: HJIRA, role: 'Regional Secretary-General' },
    { memberId: BOUGOULA, role: 'Provincial Secretary-General' },
    { group: SECRETARIAT_MEMBERS, count: null },
    { group: LOCAL_SECRETARIES },
  ],
  agenda: EL_HAJEB_AGENDA,
  summary: { ar: EL_HAJEB_SUMMARY_AR },
  summaryLanguage: 'ar',
});

/** The same meeting as MeetingHeld records it. */
export const held = (overrides: Partial<MeetingHeld['data']> = {}): MeetingHeld => ({
  type: 'MeetingHeld',
  data: {
    meetingId: EL_HAJEB_MEETING,
    unitId: 'el-hajeb',
    kind: 'ORGANIZATIONAL',
    title: TITLE,
    heldOn: '2021-06-07',
    startsAt: null,
    partOfDay: 'EVENING',
    timeZone: 'Africa/Casablanca',
    venue: VENUE,
    chairs: [
      { kind: 'MEMBER', memberId: HJIRA, role: 'Regional Secretary-General' },
      { kind: 'MEMBER', memberId: BOUGOULA, role: 'Provincial Secretary-General' },
    ],
    attendees: [
      { kind: 'MEMBER', memberId: HJIRA, role: 'Regional Secretary-General' },
      { kind: 'MEMBER', memberId: BOUGOULA, role: 'Provincial Secretary-General' },
      { kind: 'GROUP', label: SECRETARIAT_MEMBERS, count: null },
      { kind: 'GROUP', label: LOCAL_SECRETARIES, count: null },
    ],
    agenda: EL_HAJEB_AGENDA,
    summary: { ar: EL_HAJEB_SUMMARY_AR },
    summaryLanguage: 'ar',
    ...overrides,
  },
});

export const corrected = (
  changes: MeetingRecordCorrected['data']['changes'],
  previous: MeetingRecordCorrected['data']['previous'] = {},
): MeetingRecordCorrected => ({
  type: 'MeetingRecordCorrected',
  data: { meetingId: EL_HAJEB_MEETING, unitId: 'el-hajeb', changes, previous, reason: 'A correction' },
});
