import type { PluralMessage } from './catalogue.types';

/** Counted phrases; `{n}` is the count, formatted for the language. */
export const PLURALS = {
  meetings: {
    ar: { zero: 'لا اجتماعات', one: 'اجتماع واحد', two: 'اجتماعان', few: '{n} اجتماعات', many: '{n} اجتماعًا', other: '{n} اجتماع' },
    fr: { one: '{n} réunion', other: '{n} réunions' },
    en: { one: '{n} meeting', other: '{n} meetings' },
  },
  resolutions: {
    ar: { zero: 'لا قرارات', one: 'قرار واحد', two: 'قراران', few: '{n} قرارات', many: '{n} قرارًا', other: '{n} قرار' },
    fr: { one: '{n} résolution', other: '{n} résolutions' },
    en: { one: '{n} resolution', other: '{n} resolutions' },
  },
  newItems: {
    ar: { zero: 'لا جديد', one: 'عنصر جديد', two: 'عنصران جديدان', few: '{n} عناصر جديدة', many: '{n} عنصرًا جديدًا', other: '{n} عنصر جديد' },
    fr: { one: '{n} nouveau', other: '{n} nouveaux' },
    en: { other: '{n} new' },
  },
  unknownGroups: {
    ar: { zero: '', one: 'ومجموعة واحدة دون عدد', two: 'ومجموعتان دون عدد', few: 'و{n} مجموعات دون عدد', many: 'و{n} مجموعةً دون عدد', other: 'و{n} مجموعة دون عدد' },
    fr: { one: '+ {n} groupe sans effectif', other: '+ {n} groupes sans effectif' },
    en: { one: '+ {n} group without a head count', other: '+ {n} groups without a head count' },
  },
  attendees: {
    ar: { zero: 'لا حضور', one: 'حاضر واحد', two: 'حاضران', few: '{n} حاضرين', many: '{n} حاضرًا', other: '{n} حاضر' },
    fr: { one: '{n} participant', other: '{n} participants' },
    en: { one: '{n} attendee', other: '{n} attendees' },
  },
} satisfies Record<string, PluralMessage>;

export type PluralKey = keyof typeof PLURALS;
