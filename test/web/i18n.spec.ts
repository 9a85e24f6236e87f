import { changeOf, formatBucket, formatDay, formatDelta, formatInstant, formatPeriod, formatRatio } from '../../web/src/lib/format';
import { MESSAGES, t, tn } from '../../web/src/lib/i18n';
import { localized } from '../../web/src/lib/locale';
import { PLURALS } from '../../web/src/lib/messages/plurals';
import { parsePeriod } from '../../web/src/lib/periods';

describe('Arabic plurals', () => {
  it('uses all six CLDR forms: zero, one, two, few (3–10), many (11–99) and other (100–102)', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map((n) => tn('ar', 'meetings', n))).toEqual([
      'لا اجتماعات',
      'اجتماع واحد',
      'اجتماعان',
      '3 اجتماعات',
      '10 اجتماعات',
      '11 اجتماعًا',
      '99 اجتماعًا',
      '100 اجتماع',
      '102 اجتماع',
      '103 اجتماعات',
    ]);
    expect(tn('ar', 'resolutions', 5)).toBe('5 قرارات');
  });

  it('counts zero and one as singular in French, and only one in English', () => {
    expect([0, 1, 2].map((n) => tn('fr', 'resolutions', n))).toEqual(['0 résolution', '1 résolution', '2 résolutions']);
    expect([0, 1, 2].map((n) => tn('en', 'resolutions', n))).toEqual(['0 resolutions', '1 resolution', '2 resolutions']);
  });

  it('writes the worked example\'s sentence in each language', () => {
    const june = formatPeriod('ar', parsePeriod('2021-06')!);
    expect(t('ar', 'overview.summary', { meetings: tn('ar', 'meetings', 1), resolutions: tn('ar', 'resolutions', 5), period: june })).toBe('اجتماع واحد و5 قرارات خلال يونيو 2021');
    expect(t('fr', 'overview.summary', { meetings: tn('fr', 'meetings', 1), resolutions: tn('fr', 'resolutions', 5), period: formatPeriod('fr', parsePeriod('2021-06')!) })).toBe(
      '1 réunion et 5 résolutions en juin 2021',
    );
  });

  it('has every message in all three languages, none empty, and every counted phrase in all three', () => {
    for (const [key, message] of Object.entries(MESSAGES)) for (const text of Object.values(message)) expect([key, text.length > 0]).toEqual([key, true]);
    for (const forms of Object.values(PLURALS)) expect(Object.keys(forms).sort()).toEqual(['ar', 'en', 'fr']);
  });
});

describe('numbers and dates', () => {
  it('writes Western digits and Moroccan month names in Arabic (ar-MA), as Moroccan papers do', () => {
    expect(formatDay('ar', '2021-06-07')).toBe('7 يونيو 2021');
    expect(formatPeriod('ar', parsePeriod('2021-07')!)).toBe('يوليوز 2021');
    expect(formatPeriod('ar', parsePeriod('2021-08')!)).toBe('غشت 2021');
    expect(formatDelta('ar', 1234)).toMatch(/^\u200e?\+1\.234$/);
  });

  it('names weeks, quarters and years in words, and never groups a year\'s digits', () => {
    expect(formatPeriod('fr', parsePeriod('2021-W23')!)).toBe('Semaine 23 de 2021');
    expect(formatPeriod('ar', parsePeriod('2021-Q2')!)).toBe('الربع 2 من 2021');
    expect(formatPeriod('en', parsePeriod('2021')!)).toBe('2021');
    expect(formatBucket('fr', 'MONTH', '2021-06', '2021-06-01')).toMatch(/^jui.* 2021$/);
  });

  it('shows an instant on Moroccan clocks, an hour behind in Ramadan', () => {
    expect(formatInstant('en', '2021-06-07T18:30:00Z')).toBe('Jun 7, 2021, 7:30 PM');
    expect(formatInstant('en', '2021-04-20T18:30:00Z')).toBe('Apr 20, 2021, 6:30 PM');
  });

  it('gives no rate of change from nothing, and signs a change either way', () => {
    expect(changeOf(1, 0)).toEqual({ delta: 1, ratio: null });
    expect(changeOf(3, 4)).toEqual({ delta: -1, ratio: -0.25 });
    expect(formatRatio('en', -0.25)).toBe('-25%');
    expect(formatDelta('en', 0)).toBe('0');
  });
});

describe('names in the chosen language', () => {
  const name = { ar: 'الأمانة الجهوية لجهة فاس مكناس', fr: 'Secrétariat régional Fès-Meknès' };

  it('shows the name in the page language when it was recorded in it', () => {
    expect(localized(name, 'fr')).toEqual({ text: 'Secrétariat régional Fès-Meknès', lang: 'fr' });
    expect(localized(name, 'ar')).toEqual({ text: 'الأمانة الجهوية لجهة فاس مكناس', lang: 'ar' });
  });

  it('falls back to another recorded language, and says which, so the page can mark it', () => {
    expect(localized(name, 'en')).toEqual({ text: 'Secrétariat régional Fès-Meknès', lang: 'fr' });
    expect(localized({ en: 'Full mobilization' }, 'ar')).toEqual({ text: 'Full mobilization', lang: 'en' });
    expect(localized({ ar: ' ', en: null }, 'ar')).toBeNull();
  });
});
