import type { Message } from './catalogue.types';

/** The overview's figures: a name and the one-line definition shown on hover. */
export const METRIC_MESSAGES = {
  'metric.meetingsHeld': { ar: 'الاجتماعات المنعقدة', fr: 'Réunions tenues', en: 'Meetings held' },
  'metric.meetingsHeld.hint': {
    ar: 'الاجتماعات التي عقدتها الوحدة والوحدات التابعة لها خلال الفترة.',
    fr: 'Réunions tenues par la structure et les structures qui en dépendent pendant la période.',
    en: 'Meetings held by the unit and the units below it during the period.',
  },
  'metric.attendance': { ar: 'الحضور', fr: 'Participation', en: 'Attendance' },
  'metric.attendance.hint': {
    ar: 'الحاضرون المذكورون بأسمائهم في كل اجتماع، مضافًا إليهم أعداد المجموعات المذكورة دون أسماء.',
    fr: 'Participants nommés de chaque réunion, plus les effectifs des groupes présents sans noms.',
    en: 'Named attendees of each meeting, plus the head counts of groups attending without names.',
  },
  'metric.resolutionsAdopted': { ar: 'القرارات المتخذة', fr: 'Résolutions adoptées', en: 'Resolutions adopted' },
  'metric.resolutionsAdopted.hint': {
    ar: 'القرارات التي اعتمدتها الاجتماعات، محسوبة بيوم انعقاد الاجتماع.',
    fr: 'Résolutions adoptées par les réunions, comptées au jour de la réunion.',
    en: 'Resolutions adopted by meetings, counted on the day of the meeting.',
  },
  'metric.resolutionsImplemented': { ar: 'القرارات المنفّذة', fr: 'Résolutions mises en œuvre', en: 'Resolutions implemented' },
  'metric.resolutionsImplemented.hint': {
    ar: 'القرارات التي بلغت حالة «منفّذ» لأول مرة خلال الفترة.',
    fr: 'Résolutions passées pour la première fois à « mise en œuvre » pendant la période.',
    en: 'Resolutions that first reached "implemented" during the period.',
  },
  'metric.membersJoined': { ar: 'المنخرطون الجدد', fr: 'Adhésions', en: 'Members joined' },
  'metric.membersJoined.hint': {
    ar: 'الأعضاء المسجّلون خلال الفترة.',
    fr: 'Membres inscrits pendant la période.',
    en: 'Members registered during the period.',
  },
  'metric.membersLeft': { ar: 'المغادرون', fr: 'Départs', en: 'Members left' },
  'metric.membersLeft.hint': {
    ar: 'الأعضاء الذين غادروا السجل خلال الفترة.',
    fr: 'Membres sortis du registre pendant la période.',
    en: 'Members who left the register during the period.',
  },
  'metric.membersNet': { ar: 'صافي العضوية', fr: 'Solde des membres', en: 'Net membership' },
  'metric.membersNet.hint': {
    ar: 'المنخرطون ناقص المغادرين، مع احتساب الانتقالات من الوحدة وإليها.',
    fr: 'Adhésions moins départs, transferts entrants et sortants compris.',
    en: 'Joined minus left, with transfers in and out counted.',
  },
  'tile.against': { ar: 'مقابل {value} في {period}', fr: 'contre {value} en {period}', en: 'against {value} in {period}' },
  'tile.changeUnknown': { ar: 'لا نسبة: لا شيء في فترة المقارنة', fr: 'pas de taux : rien sur la période de comparaison', en: 'no rate: nothing in the comparison period' },
  'overview.summary': { ar: '{meetings} و{resolutions} خلال {period}', fr: '{meetings} et {resolutions} en {period}', en: '{meetings} and {resolutions} in {period}' },
  'overview.figures': { ar: 'أرقام الفترة', fr: 'Chiffres de la période', en: 'Figures of the period' },
} satisfies Record<string, Message>;
