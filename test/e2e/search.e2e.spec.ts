import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newStemmer } from 'snowball-stemmers';
import { describeOnEveryStore, describeWithPostgres } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const SEARCH = `query Search($text: String!, $unitId: ID!, $includeDescendants: Boolean, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(text: $text, unitId: $unitId, includeDescendants: $includeDescendants, kinds: $kinds, first: $first, after: $after) {
    edges { cursor node { kind id unitId unitPath date score title { ar fr en } unit { id } snippet { field language text marked highlights { start length } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Hit {
  kind: string;
  id: string;
  unitPath: string;
  score: number;
  snippet: { field: string; text: string; marked: string; highlights: Array<{ start: number; length: number }> } | null;
}

const MEETING = fixture.meeting.ref;
// Sentences of the article that the worked example's data does not carry.
const FOR_THE_ELECTIONS = 'التنزيل الأمثل والمعقلن لخارطة العمل استعدادا للانتخابات المقبلة بكل أصنافها';
const IN_EL_HAJEB = 'الوقوف عند الأداء التنظيمي والسياسي للحزب بالحاجب';

const mutate = async (app: TestApp, mutation: string, input: Record<string, unknown>): Promise<void> => {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const result = await app.graphql(`mutation Do($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input });
  if (result.errors) throw new Error(`${mutation} failed: ${JSON.stringify(result.errors)}`);
};

/** The worked example, resolutions worded "للانتخابات" and "بالحاجب", and a youth organization spelled "فاس-مكناس" / "Fes-Meknes". */
const recordSearchExample = async (app: TestApp): Promise<void> => {
  await recordWorkedExample(app);
  await mutate(app, 'adoptResolution', { resolutionId: `${MEETING}-r6`, meetingId: MEETING, kind: 'COMMITMENT', text: { ar: FOR_THE_ELECTIONS } });
  await mutate(app, 'adoptResolution', { resolutionId: `${MEETING}-r7`, meetingId: MEETING, kind: 'STATEMENT', text: { ar: IN_EL_HAJEB } });
  await mutate(app, 'establishOrgUnit', {
    unitId: 'fes-meknes-youth',
    parentId: 'fes-meknes',
    level: 'REGIONAL',
    kind: 'PARALLEL_ORGANIZATION',
    parallel: true,
    name: { ar: 'شبيبة الأصالة والمعاصرة بجهة فاس-مكناس', fr: 'Jeunesse PAM Fes-Meknes' },
  });
  await app.caughtUp();
};

const search = async (app: TestApp, variables: Record<string, unknown>): Promise<{ hits: Hit[]; cursors: string[]; hasNextPage: boolean }> => {
  const result = await app.graphql(SEARCH, { unitId: 'pam', ...variables });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const { edges, pageInfo } = result.data!.search;
  return { hits: edges.map((edge: { node: Hit }) => edge.node), cursors: edges.map((edge: { cursor: string }) => edge.cursor), hasNextPage: pageInfo.hasNextPage };
};

const ids = async (app: TestApp, variables: Record<string, unknown>): Promise<string[]> =>
  (await search(app, variables)).hits.map((hit) => `${hit.kind}:${hit.id}`);

const highlighted = (hit: Hit): string[] => hit.snippet!.highlights.map(({ start, length }) => hit.snippet!.text.slice(start, start + length));

describeOnEveryStore('search over GraphQL', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
    await recordSearchExample(app);
  });
  afterAll(async () => app.close());

  it('finds for "الحاجب" the El Hajeb meeting and a text that only says "بالحاجب", and marks that word as written', async () => {
    const { hits } = await search(app, { text: 'الحاجب', kinds: ['MEETING', 'RESOLUTION'] });
    expect(hits.map((hit) => hit.id).sort()).toEqual([MEETING, `${MEETING}-r7`]);
    const resolution = hits.find((hit) => hit.id === `${MEETING}-r7`)!;
    expect(highlighted(resolution)).toEqual(['بالحاجب']);
    expect(resolution.snippet!.marked).toBe('الوقوف عند الأداء التنظيمي والسياسي للحزب <mark>بالحاجب</mark>');
    expect(highlighted(hits.find((hit) => hit.id === MEETING)!)).toContain('الحاجب');
  });

  it('puts the unit named El Hajeb first for "الحاجب", then what mentions it', async () => {
    const found = await ids(app, { text: 'الحاجب' });
    expect(found[0]).toBe('UNIT:el-hajeb');
    expect(found).toContain(`MEETING:${MEETING}`);
  });

  it('finds "الانتخابية" and "للانتخابات" for "الانتخابات"', async () => {
    const { hits } = await search(app, { text: 'الانتخابات' });
    expect(hits.map((hit) => `${hit.kind}:${hit.id}`).sort()).toEqual([`MEETING:${MEETING}`, `RESOLUTION:${MEETING}-r3`, `RESOLUTION:${MEETING}-r6`]);
    const words = hits.flatMap(highlighted);
    expect(words).toEqual(expect.arrayContaining(['الانتخابية', 'للانتخابات']));
  });

  it('finds the member "محمد" for the vowelled "مُحَمَّد"', async () => {
    const { hits } = await search(app, { text: 'مُحَمَّد', kinds: ['MEMBER'] });
    expect(hits.map((hit) => hit.id)).toEqual(['hjira']);
    expect(highlighted(hits[0]!)).toEqual(['محمد']);
  });

  it('finds "فاس-مكناس" and "فاس مكناس" alike for "فاس مكناس"', async () => {
    const found = await ids(app, { text: 'فاس مكناس', kinds: ['UNIT'] });
    expect(found.sort()).toEqual(['UNIT:fes-meknes', 'UNIT:fes-meknes-youth']);
    expect(await ids(app, { text: 'فاس-مكناس', kinds: ['UNIT'] })).toEqual(await ids(app, { text: 'فاس مكناس', kinds: ['UNIT'] }));
  });

  it('finds "2021" for "٢٠٢١"', async () => {
    const { hits } = await search(app, { text: '٢٠٢١' });
    expect(hits.map((hit) => hit.id)).toEqual([MEETING]);
    expect(highlighted(hits[0]!)).toEqual(['2021']);
  });

  it('finds "Fes" for the French "Fès", and "Fès" for "Fes"', async () => {
    const { hits } = await search(app, { text: 'Fès', kinds: ['UNIT'] });
    expect(hits.map((hit) => hit.id)).toEqual(expect.arrayContaining(['fes-meknes', 'fes-meknes-youth']));
    expect(highlighted(hits.find((hit) => hit.id === 'fes-meknes-youth')!)).toEqual(['Fes']);
    expect(await ids(app, { text: 'fes', kinds: ['UNIT'] })).toEqual(await ids(app, { text: 'Fès', kinds: ['UNIT'] }));
  });

  it('searches only the unit asked, or its subtree', async () => {
    expect(await ids(app, { text: 'الحاجب', unitId: 'fes-meknes', includeDescendants: false })).toEqual([]);
    expect(await ids(app, { text: 'محمد', unitId: 'fes-meknes', includeDescendants: false, kinds: ['MEMBER'] })).toEqual(['MEMBER:hjira']);
    expect(await ids(app, { text: 'محمد', unitId: 'el-hajeb', kinds: ['MEMBER'] })).toEqual([]);
    const inProvince = await search(app, { text: 'الحاجب', unitId: 'el-hajeb' });
    expect(inProvince.hits.every((hit) => hit.unitPath.startsWith('/pam/fes-meknes/el-hajeb'))).toBe(true);
    expect(inProvince.hits.length).toBeGreaterThan(0);
  });

  it('pages through the ranking with cursors, the same hits in the same order as one long page', async () => {
    const all = await ids(app, { text: 'الحاجب', first: 100 });
    const first = await search(app, { text: 'الحاجب', first: 2 });
    const rest = await search(app, { text: 'الحاجب', first: 100, after: first.cursors[1] });
    expect(first.hasNextPage).toBe(true);
    expect([...first.hits, ...rest.hits].map((hit) => `${hit.kind}:${hit.id}`)).toEqual(all);
  });

  it.each([
    ['VALIDATION.FAILED', 'text', { text: ' ، - ' }],
    ['VALIDATION.FAILED', 'text', { text: 'x'.repeat(201) }],
    ['VALIDATION.FAILED', 'first', { text: 'الحاجب', first: 0 }],
    ['VALIDATION.FAILED', 'after', { text: 'الحاجب', after: 'bm90IGEgY3Vyc29y' }],
    ['ORG_UNIT.NOT_FOUND', 'unitId', { text: 'الحاجب', unitId: 'nowhere' }],
  ])('answers %s naming %s', async (code, field, variables) => {
    const result = await app.graphql(SEARCH, { unitId: 'pam', ...variables });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
  });
});

describeWithPostgres('search on SQLite and PostgreSQL', () => {
  let sqlite: TestApp;
  let postgres: TestApp;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([startTestApp('sqlite'), startTestApp('postgres')]);
    await recordSearchExample(sqlite);
    await recordSearchExample(postgres);
  });
  afterAll(async () => Promise.all([sqlite.close(), postgres.close()]));

  it.each([['الحاجب'], ['الانتخابات'], ['مُحَمَّد'], ['فاس مكناس'], ['٢٠٢١'], ['Fès'], ['الأمانة الإقليمية'], ['elections'], ['حزب الأصالة والمعاصرة']])(
    'answers "%s" with the same hits, in the same order, with the same scores, snippets and cursors',
    async (text) => {
      const [onSqlite, onPostgres] = await Promise.all([search(sqlite, { text, first: 100 }), search(postgres, { text, first: 100 })]);
      expect(onSqlite.hits.length).toBeGreaterThan(0);
      expect(onPostgres).toEqual(onSqlite);
    },
  );

  it("stems Arabic as PostgreSQL's own arabic configuration does, word for word over the article", async () => {
    const article = readFileSync(join(__dirname, '..', 'fixtures', 'el-hajeb-2021-06-07.article.ar.txt'), 'utf8');
    const words = [...new Set(article.match(/\p{Script=Arabic}[\p{Script=Arabic}\p{M}]*/gu))].filter((word) => /^\p{L}/u.test(word));
    const stemmer = newStemmer('arabic');
    const { rows } = await postgres.readDb.db.executeQuery<{ word: string; lexemes: string[] | null }>({
      sql: "SELECT word, ts_lexize('arabic_stem', word) AS lexemes FROM unnest($1::text[]) AS word",
      parameters: [words],
      query: { kind: 'RawNode' } as never,
      queryId: { queryId: 'arabic-stems' },
    });
    const disagreements = rows.filter((row) => (row.lexemes?.[0] ?? row.word) !== stemmer.stem(row.word));
    expect(words.length).toBeGreaterThan(300);
    expect(disagreements).toEqual([]);
  });
});
