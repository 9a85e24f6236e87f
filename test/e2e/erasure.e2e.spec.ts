import { sql } from 'kysely';
import { existsSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { exportLog } from '../../src/cli/export-log';
import { PersonalDataVault } from '../../src/infrastructure/privacy/personal-data-vault';
import { memberTexts } from '../../src/projections/search/search.documents';
import { indexText } from '../../src/projections/search/text/index-text';
import { LiveFeed } from '../../src/projections/activity-feed/live/live-feed.service';
import { follow, subscribersRegistered, tailSeen } from '../support/feed-client';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';

const FULL_NAME = { ar: 'فاطمة الزهراء بنعلي', fr: 'Fatima Zahra Benali' };
const TRANSFER_REASON = 'Fatima Zahra Benali a déménagé chez sa sœur à El Hajeb';
const LEAVING_NOTE = 'استقالة مكتوبة من فاطمة الزهراء بنعلي لأسباب صحية';
/** Every text about Fatima that must be gone once erased, wherever it was stored or copied. */
const PERSONAL = [FULL_NAME.ar, FULL_NAME.fr, TRANSFER_REASON, LEAVING_NOTE, 'بنعلي', 'Benali'];

/** What the search index keeps of her name: its folded, stemmed terms. */
const NAME_TERMS = indexText(memberTexts(FULL_NAME, null)).terms.split(' ');

const leaksIn = (text: string): string[] => PERSONAL.filter((secret) => text.includes(secret));
const leaksInBytes = (bytes: Buffer): string[] => [...PERSONAL, ...NAME_TERMS].filter((secret) => bytes.includes(Buffer.from(secret, 'utf8')));

const MUTATE = (name: string): string => `mutation M($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id position } }`;

const mutate = async (app: TestApp, name: string, input: Record<string, unknown>, headers?: Record<string, string>): Promise<{ position: string }> => {
  const result = await app.graphql(MUTATE(name), { input }, headers);
  if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.data![name];
};

const MEMBER = `query($id: ID!) { member(id: $id) { id status erased fullName { ar fr en } honorific { ar fr en } leftOn leavingReason transfers { fromUnitId toUnitId reason } } }`;

/** Every query whose answer could show Fatima, each asked as a client would. */
const QUERIES: Record<string, string> = {
  member: `{ member(id: "m17") { id erased fullName { ar fr en } honorific { ar fr en } transfers { reason } } }`,
  members: `{ members(unitId: "pam", first: 100) { edges { node { id erased fullName { ar fr en } honorific { ar fr en } transfers { reason } } } } }`,
  unit: `{ orgUnit(id: "el-hajeb") {
    officers { memberId title { ar fr } member { fullName { ar fr en } erased } }
    officerHistory { memberId member { fullName { ar fr en } } }
    meetings(first: 10) { edges { node { chairs { kind memberId name { ar fr } role } attendees { kind memberId name { ar fr } role } } } }
  } }`,
  meetings: `{ meetings(unitId: "pam", first: 10) { edges { node { id title { ar fr } chairs { memberId name { ar fr } } attendees { memberId name { ar fr } } summary { ar fr } } } } }`,
  searchLatin: `{ search(text: "Fatima Benali", unitId: "pam") { edges { node { id kind title { ar fr en } snippet { text } } } } }`,
  searchArabic: `{ search(text: "فاطمة بنعلي", unitId: "pam") { edges { node { id kind title { ar fr en } snippet { text } } } } }`,
  feed: `{ activityFeed(unitId: "pam", first: 100) { edges { node { type subjectId summary { ar fr en } } } } }`,
  history: `{ streamHistory(streamId: "member-m17") { edges { node { type data } } } }`,
  audit: `{ auditLog(first: 500) { edges { node { type streamId data } } } }`,
};

const answers = async (app: TestApp): Promise<Record<string, string>> => {
  const json: Record<string, string> = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    const result = await app.graphql(query);
    if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    json[name] = JSON.stringify(result.data);
  }
  return json;
};

const exportText = async (app: TestApp): Promise<string> => {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  await exportLog(app.store, out, { keys: app.app.get(PersonalDataVault) });
  return chunks.join('');
};

/** The SQLite file the app writes, and its write-ahead log when there is one. */
const databaseBytes = async (app: TestApp): Promise<Buffer> => {
  const { rows } = await sql<{ name: string; file: string }>`PRAGMA database_list`.execute(app.readDb.db);
  const file = rows.find((row) => row.name === 'main')!.file;
  return Buffer.concat([readFileSync(file), ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : [])]);
};

/** Units, Fatima's life in the register (and Amina beside her), as recorders would enter it. */
const recordHistory = async (app: TestApp): Promise<void> => {
  await mutate(app, 'establishOrgUnit', { unitId: 'pam', level: 'NATIONAL', kind: 'PARTY', name: { ar: 'حزب الأصالة والمعاصرة', fr: 'PAM' } });
  await mutate(app, 'establishOrgUnit', { unitId: 'fes-meknes', parentId: 'pam', level: 'REGIONAL', kind: 'SECRETARIAT', name: { fr: 'Fès-Meknès' } });
  await mutate(app, 'establishOrgUnit', { unitId: 'rabat', parentId: 'pam', level: 'REGIONAL', kind: 'SECRETARIAT', name: { fr: 'Rabat-Salé-Kénitra' } });
  await mutate(app, 'establishOrgUnit', { unitId: 'el-hajeb', parentId: 'fes-meknes', level: 'PROVINCIAL', kind: 'SECRETARIAT', name: { ar: 'الحاجب', fr: 'El Hajeb' } });
  await mutate(app, 'registerMember', { memberId: 'm17', unitId: 'fes-meknes', fullName: FULL_NAME, honorific: { ar: 'السيدة', fr: 'Mme' }, joinedOn: '2021-01-10' });
  await mutate(app, 'registerMember', { memberId: 'amina', unitId: 'el-hajeb', fullName: { ar: 'أمينة العلوي', fr: 'Amina Alaoui' }, joinedOn: '2021-02-01' });
  await mutate(app, 'registerMember', { memberId: 'karim', unitId: 'el-hajeb', fullName: { fr: 'Karim Tazi' }, joinedOn: '2021-02-01' });
  await mutate(app, 'transferMember', { memberId: 'm17', toUnitId: 'el-hajeb', transferredOn: '2021-03-01', reason: TRANSFER_REASON });
  await mutate(app, 'appointOfficer', { unitId: 'el-hajeb', memberId: 'm17', position: 'TREASURER', title: { fr: 'Trésorière provinciale' }, termStart: '2021-03-15' });
  await mutate(app, 'recordMeeting', {
    meetingId: 'el-hajeb-2021-06-07',
    unitId: 'el-hajeb',
    kind: 'ORGANIZATIONAL',
    title: { fr: 'Réunion du secrétariat provincial' },
    heldOn: '2021-06-07',
    chairs: [{ memberId: 'm17', role: 'Trésorière' }],
    attendees: [{ memberId: 'amina', role: null }, { group: { fr: 'Secrétaires locaux' }, count: 12 }],
  });
  await mutate(app, 'recordMemberLeaving', { memberId: 'm17', reason: 'RESIGNED', note: LEAVING_NOTE, leftOn: '2021-06-08' });
};

describeOnEveryStore('erasing a member’s personal data', (kind) => {
  let app: TestApp;
  let beforeErasure: string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    await recordHistory(app);
    await app.caughtUp();
    beforeErasure = (await app.store.headPosition())!;
  });
  afterAll(async () => app?.close());

  it('never stores the personal data in clear: the events hold it sealed, and only the read models show it', async () => {
    const stored = JSON.stringify(await app.store.readStream('member-m17'));
    expect(leaksIn(stored)).toEqual([]);
    expect(stored).toContain('"$sealed":"1.');
    const member = await app.graphql(MEMBER, { id: 'm17' });
    expect(member.data?.member).toMatchObject({ erased: false, fullName: FULL_NAME, honorific: { ar: 'السيدة', fr: 'Mme' }, transfers: [{ reason: TRANSFER_REASON }] });
    if (kind === 'sqlite') expect(leaksInBytes(await databaseBytes(app))).toEqual(expect.arrayContaining([FULL_NAME.ar, FULL_NAME.fr, ...NAME_TERMS]));
  });

  it('refuses the erasure to a viewer and to a steward of another subtree, writing nothing', async () => {
    const viewer = await app.credentialFor('viewer@pam', [{ role: 'VIEWER', unitId: null }]);
    const elsewhere = await app.credentialFor('steward@rabat', [{ role: 'STEWARD', unitId: 'rabat' }]);
    const before = await app.store.readStream('member-m17');
    for (const authorization of [viewer, elsewhere]) {
      const refused = await app.graphql(MUTATE('eraseMemberPersonalData'), { input: { memberId: 'm17', reason: 'request 2021-17' } }, { authorization });
      expect(refused.errors?.[0]?.extensions?.code).toBe('AUTH.FORBIDDEN');
    }
    expect(await app.store.readStream('member-m17')).toEqual(before);
    expect(await app.app.get(PersonalDataVault).isErased('m17')).toBe(false);
  });

  it('erases for a steward of the member’s region, records who and why, and says so clearly when asked again', async () => {
    // A point of the past built while the name was still readable: it must not keep showing it.
    const past = await app.graphql(`{ orgUnit(id: "el-hajeb", asOf: { position: "${beforeErasure}" }) { officers { member { fullName { fr } } } } }`);
    expect(JSON.stringify(past.data)).toContain(FULL_NAME.fr);

    const steward = await app.credentialFor('steward@fes-meknes', [{ role: 'STEWARD', unitId: 'fes-meknes' }]);
    const erased = await mutate(app, 'eraseMemberPersonalData', { memberId: 'm17', reason: 'Demande n° 2021-17 (loi 09-08)' }, { authorization: steward });
    const [erasure] = await app.store.readStream('member-m17', { direction: 'backwards', limit: 1 });
    expect(erasure).toMatchObject({
      type: 'MemberPersonalDataErased',
      data: { memberId: 'm17', unitId: 'el-hajeb', reason: 'Demande n° 2021-17 (loi 09-08)' },
      metadata: { actor: 'steward@fes-meknes', unitPath: '/pam/fes-meknes/el-hajeb' },
      position: erased.position,
    });

    const again = await app.graphql(MUTATE('eraseMemberPersonalData'), { input: { memberId: 'm17', reason: 'again' } }, { authorization: steward });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'MEMBER.ALREADY_ERASED', field: 'memberId' });
    expect((await app.store.readStream('member-m17')).at(-1)!.id).toBe(erasure!.id);
    await app.caughtUp();
  });

  it('shows the member as erased everywhere, and nothing else changed', async () => {
    const member = await app.graphql(MEMBER, { id: 'm17' });
    expect(member.data?.member).toEqual({
      id: 'm17',
      status: 'LEFT',
      erased: true,
      fullName: null,
      honorific: null,
      leftOn: '2021-06-08',
      leavingReason: 'RESIGNED',
      transfers: [{ fromUnitId: 'fes-meknes', toUnitId: 'el-hajeb', reason: null }],
    });
    const amina = await app.graphql(MEMBER, { id: 'amina' });
    expect(amina.data?.member).toMatchObject({ erased: false, fullName: { ar: 'أمينة العلوي', fr: 'Amina Alaoui' } });
    const found = await app.graphql(`{ search(text: "Amina", unitId: "pam") { edges { node { id } } } }`);
    expect(found.data?.search.edges).toEqual([{ node: { id: 'amina' } }]);
  });

  it('leaves no trace of her in any answer: members, officers, meetings, search, feed, history and audit log', async () => {
    const json = await answers(app);
    expect(Object.fromEntries(Object.entries(json).map(([name, answer]) => [name, leaksIn(answer)]))).toEqual(
      Object.fromEntries(Object.keys(QUERIES).map((name) => [name, []])),
    );
    expect(JSON.parse(json.searchLatin!).search.edges).toEqual([]);
    expect(JSON.parse(json.searchArabic!).search.edges).toEqual([]);
    // The facts stay: she chaired the meeting, held the office, and her stream keeps every event, sealed.
    expect(json.unit).toContain('"memberId":"m17"');
    expect(JSON.parse(json.history!).streamHistory.edges.map((edge: { node: { type: string } }) => edge.node.type)).toEqual([
      'MemberJoined',
      'MemberTransferred',
      'MemberLeft',
      'MemberPersonalDataErased',
    ]);
  });

  it('shows her erased in the past too, in time travel and in a live feed replayed from the start', async () => {
    const past = await app.graphql(`{ orgUnit(id: "el-hajeb", asOf: { position: "${beforeErasure}" }) { officers { member { fullName { ar fr } erased } } } }`);
    expect(past.data?.orgUnit.officers).toEqual([{ member: { fullName: null, erased: true } }]);

    const [first] = (await app.store.readAll({ limit: 1 })).events;
    const screen = follow(app, { unitId: 'pam', after: first!.position });
    try {
      const feed = await app.graphql(`{ activityFeed(unitId: "pam", first: 100) { edges { node { position } } } }`);
      const positions: string[] = feed.data!.activityFeed.edges.map((edge: { node: { position: string } }) => edge.node.position);
      await screen.waitFor(positions.filter((position) => app.store.comparePositions(position, first!.position) > 0).length);
      expect(screen.errors).toEqual([]);
      expect(leaksIn(JSON.stringify(screen.items))).toEqual([]);
      expect(screen.items.filter((item) => item.type === 'MEMBER_JOINED').map((item) => item.summary)).toContainEqual({ ar: null, fr: null, en: 'm17' });
    } finally {
      screen.unsubscribe();
    }
  });

  it('applies at once to items already waiting for a live subscriber', async () => {
    const feed = app.app.get(LiveFeed).subscribe({ unitPath: '/pam', includeDescendants: true, eventTypes: new Set(['MemberJoined']) }, null);
    const firstPull = feed.next();
    await subscribersRegistered(app, 1);
    await mutate(app, 'registerMember', { memberId: 'm18', unitId: 'el-hajeb', fullName: { fr: 'Nadia Kettani' }, joinedOn: '2021-06-08' });
    const waiting = await mutate(app, 'registerMember', { memberId: 'm19', unitId: 'el-hajeb', fullName: { ar: 'سعاد بنعلي', fr: 'Souad Benali' }, joinedOn: '2021-06-08' });
    await tailSeen(app, waiting.position);
    await mutate(app, 'eraseMemberPersonalData', { memberId: 'm19', reason: 'request 2021-18' });
    try {
      expect((await firstPull).value).toMatchObject({ subjectId: 'm18', summary: { fr: 'Nadia Kettani' } });
      expect((await feed.next()).value).toMatchObject({ subjectId: 'm19', summary: { en: 'm19' } });
    } finally {
      await feed.return(undefined);
    }
  });

  it('still counts her: members joined and left, the meeting she chaired, the office she held', async () => {
    await app.caughtUp();
    const figures = await app.graphql(`{ orgUnit(id: "pam") { activity(from: "2021-01-01", to: "2021-12-31") { membersJoined membersLeft meetingsHeld } } }`);
    expect(figures.data?.orgUnit.activity).toEqual({ membersJoined: 5, membersLeft: 1, meetingsHeld: 1 });
    const unit = await app.graphql(`{ orgUnit(id: "el-hajeb") { officers { memberId position } } }`);
    expect(unit.data?.orgUnit.officers).toEqual([{ memberId: 'm17', position: 'TREASURER' }]);
  });

  it('verifies clean: no event was edited, only the key went', async () => {
    const report = await app.graphql(`{ verifyIntegrity { clean brokenLinks eventsChecked } }`);
    expect(report.data?.verifyIntegrity).toMatchObject({ clean: true, brokenLinks: 0 });
  });

  it('exports the log as stored and the live keys only: her names cannot come back from an export', async () => {
    const text = await exportText(app);
    expect(leaksIn(text)).toEqual([]);
    const keyed = text.split('\n').filter((line) => line.includes('"personalDataKey"')).map((line) => JSON.parse(line).personalDataKey.subjectId);
    expect(keyed).toEqual(['amina', 'karim', 'm18']);
  });

  if (kind === 'sqlite') {
    it('leaves none of her data in the bytes of the database file or its write-ahead log', async () => {
      // Every read model folds the erasure in its own loop, each then checkpointing the log: give the last one a moment.
      const deadline = Date.now() + 5000;
      let leaks = leaksInBytes(await databaseBytes(app));
      while (leaks.length > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        leaks = leaksInBytes(await databaseBytes(app));
      }
      expect(leaks).toEqual([]);
      expect(leaksInBytes(await databaseBytes(app))).toEqual([]);
      expect((await databaseBytes(app)).includes(Buffer.from('Amina Alaoui'))).toBe(true);
    });
  }
});
