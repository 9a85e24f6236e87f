import { type IndexedText, indexText } from './text/index-text';
import { parseQuery } from './text/query';
import type { SearchKind } from './search.documents';
import { after, rank, rankKey } from './search.ranking';
import { markedText, snippetOf } from './search.snippet';

const doc = (id: string, date: string, title: string, body = ''): IndexedText & { id: string; kind: SearchKind; date: string } => ({
  id,
  kind: id.split(':')[0] as SearchKind,
  date,
  ...indexText([
    { field: 'title', language: 'ar', text: title, title: true },
    ...(body ? [{ field: 'summary', language: 'ar' as const, text: body, title: false }] : []),
  ]),
});

describe('ranking search results', () => {
  const unit = doc('UNIT:el-hajeb', '2019-03-01', 'الأمانة الإقليمية بإقليم الحاجب');
  const meeting = doc(
    'MEETING:m1',
    '2021-06-07',
    'اجتماع تنظيمي للبام',
    'عقدت الأمانة العامة الإقليمية بإقليم الحاجب اجتماعا تنظيميا بالمقر الإقليمي بمدينة الحاجب '.repeat(8),
  );
  const other = doc('MEETING:m2', '2021-05-01', 'اجتماع بمدينة فاس', 'لا ذكر للمدينة الأخرى');

  it('puts a title match above a mention in a long text, and leaves out what lacks a word', () => {
    expect(rank([meeting, other, unit], parseQuery('الحاجب')).map((hit) => hit.id)).toEqual(['UNIT:el-hajeb', 'MEETING:m1']);
  });

  it('rewards the query words standing together', () => {
    const together = doc('MEETING:a', '2021-01-01', 'اجتماع', 'جهة فاس مكناس');
    const apart = doc('MEETING:b', '2021-01-01', 'اجتماع', 'مكناس ثم فاس');
    expect(rank([apart, together], parseQuery('فاس مكناس')).map((hit) => hit.id)).toEqual(['MEETING:a', 'MEETING:b']);
  });

  it('orders equal scores newest first, then by id', () => {
    const older = doc('MEMBER:b', '2015-01-01', 'محمد');
    const newer = doc('MEMBER:c', '2020-01-01', 'محمد');
    const sameDay = doc('MEMBER:a', '2020-01-01', 'محمد');
    expect(rank([older, newer, sameDay], parseQuery('محمد')).map((hit) => hit.id)).toEqual(['MEMBER:a', 'MEMBER:c', 'MEMBER:b']);
  });

  it('continues after a cursor exactly where the previous page stopped', () => {
    const members = ['a', 'b', 'c', 'd'].map((id, index) => doc(`MEMBER:${id}`, `2020-01-0${index + 1}`, 'محمد'));
    const ranked = rank(members, parseQuery('محمد'));
    expect(after(ranked, rankKey(ranked[1]!)).map((hit) => hit.id)).toEqual(ranked.slice(2).map((hit) => hit.id));
  });
});

describe('the snippet of a hit', () => {
  it('cuts a long text around the first match and marks the words that matched as written', () => {
    const summary = `${'كلام تمهيدي طويل '.repeat(10)}للبام بالحاجب، مساء يوم الإثنين 7يونيو 2021 ، بالمقر الإقليمي بمدينة الحاجب. ${'وختام '.repeat(40)}`;
    const snippet = snippetOf([{ field: 'summary', language: 'ar', text: summary, title: false }], parseQuery('الحاجب'))!;
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.highlights.map(({ start, length }) => snippet.text.slice(start, start + length))).toEqual(['بالحاجب', 'الحاجب']);
  });

  it('prefers the text holding more of the query, then a body text over the title', () => {
    const texts = [
      { field: 'title', language: 'ar' as const, text: 'اجتماع بالحاجب', title: true },
      { field: 'summary', language: 'ar' as const, text: 'اجتماع تنظيمي بالحاجب', title: false },
    ];
    expect(snippetOf(texts, parseQuery('الحاجب'))?.field).toBe('summary');
    expect(snippetOf(texts, parseQuery('تنظيمي الحاجب'))?.field).toBe('summary');
  });

  it('escapes the text it marks', () => {
    const snippet = snippetOf([{ field: 'text', language: 'fr', text: 'Fès <b> & Meknès', title: true }], parseQuery('fes'))!;
    expect(markedText(snippet)).toBe('<mark>Fès</mark> &lt;b&gt; &amp; Meknès');
  });
});
