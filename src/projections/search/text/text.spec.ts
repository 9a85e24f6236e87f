import { foldText } from './normalize';
import { parseQuery } from './query';
import { indexTerms, queryTerms } from './terms';
import { wordsOf } from './words';

const folded = (text: string): string[] => wordsOf(text).map((word) => word.folded);

/** Whether a query finds a text: each query word shares a term with some word of the text. */
const finds = (query: string, text: string, language: 'ar' | 'fr' | 'en' = 'ar'): boolean => {
  const indexed = wordsOf(text).map((word) => new Set(indexTerms(word, language)));
  return parseQuery(query).every((q) => indexed.some((terms) => q.terms.some((term) => terms.has(term))));
};

describe('folding text for search', () => {
  it('strips tashkeel and tatweel', () => {
    expect(foldText('مُحَمَّد')).toBe('محمد');
    expect(foldText('الحاجـــب')).toBe('الحاجب');
  });

  it('folds every alef form to a bare alef, and the hamza seats ؤ ئ to و ي', () => {
    expect(foldText('أإآٱ')).toBe('اااا');
    expect(foldText('مؤتمر رئيس')).toBe('موتمر رييس');
  });

  it('writes alef maqsura as ya, and Persian ya and kaf as Arabic ones', () => {
    expect(foldText('مستوى یک')).toBe('مستوي يك');
  });

  it('writes Arabic-Indic and Persian digits as Western digits', () => {
    expect(foldText('٢٠٢١ ۲۰۲۱')).toBe('2021 2021');
  });

  it('drops French accents and ligatures, and lower-cases', () => {
    expect(foldText('Fès Œuvre ÉLECTION')).toBe('fes oeuvre election');
  });
});

describe('splitting text into words', () => {
  it('splits letters glued to digits', () => {
    expect(folded('7يونيو 2021')).toEqual(['7', 'يونيو', '2021']);
  });

  it('treats a hyphen like a space', () => {
    expect(folded('فاس-مكناس')).toEqual(folded('فاس مكناس'));
  });

  it('splits after a ta marbuta, which only ever ends a word', () => {
    expect(folded('الأصالةوالمعاصرة')).toEqual(['الاصالة', 'والمعاصرة']);
  });

  it('keeps where each word stands in the original text', () => {
    const text = 'مساء يوم الإثنين 7يونيو';
    expect(wordsOf(text).map((word) => text.slice(word.start, word.end))).toEqual(['مساء', 'يوم', 'الإثنين', '7يونيو', '7يونيو']);
  });
});

describe('matching words', () => {
  it.each([
    ['الحاجب', 'بإقليم الحاجب', 'the same word'],
    ['الحاجب', 'للبام بالحاجب', 'a word behind a preposition and the article'],
    ['الانتخابات', 'الاستحقاقات الانتخابية المقبلة', 'the adjective of a plural'],
    ['الانتخابات', 'الاستعداد للانتخابات المقبلة', 'the plural behind li- and the article'],
    ['انتخابات', 'والانتخابات', 'a plural without the article, and one behind wa- and the article'],
    ['مُحَمَّد', 'محمد الحجيرة', 'a vowelled query, an unvowelled text'],
    ['محمد', 'مُحَمَّد', 'an unvowelled query, a vowelled text'],
    ['فاس مكناس', 'فاس-مكناس', 'hyphen and space'],
    ['فاس-مكناس', 'جهة فاس مكناس', 'space and hyphen'],
    ['٢٠٢١', 'يوم الإثنين 7يونيو 2021', 'Eastern and Western digits'],
    ['يونيو', 'يوم الإثنين 7يونيو 2021', 'a word glued to a number'],
    ['الامانه', 'الأمانة العامة', 'ta marbuta typed as ha, hamza left out'],
    ['جهة', 'لجهة فاس مكناس', 'a short word behind a preposition'],
    ['إقليم', 'بإقليم الحاجب', 'a word with a hamza seat behind a preposition'],
    ['المعاصرة', 'لحزب الأصالةوالمعاصرة', 'two words glued by a typo'],
  ])('finds %s in "%s" (%s)', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it.each([
    ['Fès', 'Fes-Meknes', 'fr'],
    ['Fes', 'Secrétariat régional Fès-Meknès', 'fr'],
    ['meknes', 'Fès-Meknès Regional Secretariat', 'en'],
    ['élection', 'Preparation for the upcoming elections', 'en'],
    ['elections', 'Préparer les élections', 'fr'],
  ] as const)('finds %s in "%s" (%s)', (query, text, language) => {
    expect(finds(query, text, language)).toBe(true);
  });

  it.each([
    ['الحاجب', 'مدينة فاس'],
    ['فاس مكناس', 'مدينة فاس'],
    ['2021', '2020'],
  ])('does not find %s in "%s"', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });

  it('gives a query word the same terms whatever its spelling', () => {
    const terms = (text: string): string[] => wordsOf(text).flatMap(queryTerms);
    expect(terms('مُحَمَّد')).toEqual(terms('محمد'));
    expect(terms('٢٠٢١')).toEqual(terms('2021'));
    expect(terms('Fès')).toEqual(terms('FES'));
  });
});

describe('parsing a query', () => {
  it('leaves out words that mean nothing alone, unless nothing else is left', () => {
    expect(parseQuery('اجتماع في الحاجب').map((word) => word.folded)).toEqual(['اجتماع', 'الحاجب']);
    expect(parseQuery('de la').map((word) => word.folded)).toEqual(['de', 'la']);
  });

  it('counts a word given twice once', () => {
    expect(parseQuery('الحاجب بالحاجب حاجب')).toHaveLength(1);
  });

  it('has no words for punctuation alone', () => {
    expect(parseQuery(' - ، . ')).toEqual([]);
  });
});
