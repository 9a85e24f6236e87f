import { describeOnEveryStore } from '../support/postgres';
import { ACTIVITY, connect, Follower, subscribersRegistered } from '../support/feed-client';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

/**
 * What each principal reads: a Fès-Meknès viewer, recorder and auditor against
 * El Hajeb (inside their grant) and Nador, in the Oriental (outside it). Outside
 * the grant nothing exists for them; inside, names need readPersonal and history
 * needs audit.
 */

type Call = (query: string, variables?: Record<string, unknown>) => Promise<GraphqlResponse>;

const MEETING = fixture.meeting.ref;
const NADOR_MEETING = 'm-nador-spring';
// A word only the Nador meeting's summary holds.
const NADOR_WORD = 'Tafoughalt';
const JUNE = { from: '2021-06-01', to: '2021-06-30' };
const ORIENTAL_CODE = '02';

const codeOf = (result: GraphqlResponse): string | undefined => result.errors?.[0]?.extensions?.code;

const must = async (result: Promise<GraphqlResponse>): Promise<Record<string, any>> => {
  const settled = await result;
  if (settled.errors) throw new Error(JSON.stringify(settled.errors));
  return settled.data!;
};

const mutate = (call: Call, name: string, input: Record<string, unknown>): Promise<Record<string, any>> =>
  must(call(`mutation M($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id position } }`, { input }));

/** The Oriental and Nador, a member, a meeting whose summary names Tafoughalt, and a resolution, all recorded by the administrator. */
const recordNador = async (admin: Call): Promise<void> => {
  await mutate(admin, 'establishOrgUnit', {
    unitId: 'oriental',
    parentId: 'pam',
    level: 'REGIONAL',
    kind: 'SECRETARIAT',
    name: { fr: "L'Oriental" },
    territory: { country: 'MA', region: 'Oriental', code: ORIENTAL_CODE },
  });
  await mutate(admin, 'establishOrgUnit', { unitId: 'nador', parentId: 'oriental', level: 'PROVINCIAL', kind: 'SECRETARIAT', name: { fr: 'Nador' } });
  await mutate(admin, 'registerMember', { memberId: 'nador-member', unitId: 'nador', fullName: { fr: 'Karim Nadori' }, joinedOn: '2020-01-01' });
  await mutate(admin, 'recordMeeting', {
    meetingId: NADOR_MEETING,
    unitId: 'nador',
    kind: 'ORGANIZATIONAL',
    title: { fr: 'Réunion provinciale de Nador' },
    heldOn: '2021-06-05',
    summary: { fr: `Visite des grottes de ${NADOR_WORD}` },
    summaryLanguage: 'fr',
    chairs: [{ memberId: 'nador-member' }],
  });
  await mutate(admin, 'adoptResolution', { resolutionId: 'r-nador', meetingId: NADOR_MEETING, kind: 'DECISION', text: { fr: 'Ouvrir un bureau' } });
};

describeOnEveryStore('what a principal reads, by its grants', (kind) => {
  let app: TestApp;
  let admin: Call;
  const as: Record<'viewer' | 'recorder' | 'auditor', Call> = {} as never;
  const credentials: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = (query, variables) => app.graphql(query, variables);
    await recordWorkedExample(app);
    await recordNador(admin);
    for (const role of ['VIEWER', 'RECORDER', 'AUDITOR'] as const) {
      const key = role.toLowerCase() as keyof typeof as;
      credentials[key] = await app.credentialFor(`${key}@fes-meknes`, [{ role, unitId: 'fes-meknes' }]);
      as[key] = (query, variables) => app.graphql(query, variables, { authorization: credentials[key]! });
    }
    await app.caughtUp();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  describe('a Fès-Meknès viewer', () => {
    it("sees El Hajeb's meeting and figures", async () => {
      const data = await must(
        as.viewer(`query($id: ID!) {
          meeting(id: $id) { id unitPath unit { id } resolutions { id } }
          orgUnit(id: "el-hajeb") { activity(from: "${JUNE.from}", to: "${JUNE.to}") { meetingsHeld resolutionsAdopted } }
          activityByChild(unitId: "fes-meknes", from: "${JUNE.from}", to: "${JUNE.to}") { id activity { meetingsHeld } }
        }`, { id: MEETING }),
      );
      expect(data.meeting).toMatchObject({ id: MEETING, unitPath: '/pam/fes-meknes/el-hajeb', unit: { id: 'el-hajeb' } });
      expect(data.meeting.resolutions).toHaveLength(fixture.resolutions.length);
      expect(data.orgUnit.activity).toEqual({ meetingsHeld: 1, resolutionsAdopted: fixture.resolutions.length });
      expect(data.activityByChild).toEqual([{ id: 'el-hajeb', activity: { meetingsHeld: 1 } }]);
    });

    it('finds no meeting, resolution or member of another region by id', async () => {
      const data = await must(as.viewer(`{ meeting(id: "${NADOR_MEETING}") { id } resolution(id: "r-nador") { id } member(id: "nador-member") { id } orgUnit(id: "nador") { id } }`));
      expect(data).toEqual({ meeting: null, resolution: null, member: null, orgUnit: null });
      // The same questions asked by the administrator find them all: the nulls above are the grant's doing.
      const seen = await must(admin(`{ meeting(id: "${NADOR_MEETING}") { id } resolution(id: "r-nador") { id } member(id: "nador-member") { id } orgUnit(id: "nador") { id } }`));
      expect(Object.values(seen).every((value) => value !== null)).toBe(true);
    });

    it('gets lists over another region answered as for a unit that does not exist', async () => {
      for (const list of [
        `{ meetings(unitId: "oriental") { edges { node { id } } } }`,
        `{ resolutions(unitId: "nador") { edges { node { id } } } }`,
        `{ activityByChild(unitId: "oriental", from: "${JUNE.from}", to: "${JUNE.to}") { id } }`,
        `{ search(unitId: "pam", text: "${NADOR_WORD}") { edges { node { id } } } }`,
      ]) {
        const [mine, unknown] = [await as.viewer(list), await as.viewer(list.replace(/"(oriental|nador|pam)"/, '"atlantis"'))];
        expect({ list, code: codeOf(mine) }).toEqual({ list, code: 'ORG_UNIT.NOT_FOUND' });
        expect(mine.errors?.[0]?.extensions?.field).toBe(unknown.errors?.[0]?.extensions?.field);
      }
      const empty = await must(as.viewer(`{ members(unitId: "nador") { edges { node { id } } } activityFeed(unitId: "oriental") { edges { node { id } } } }`));
      expect(empty).toEqual({ members: { edges: [] }, activityFeed: { edges: [] } });
    });

    it('lists the tree from its own region: no ancestor, no other region', async () => {
      const data = await must(
        as.viewer(`{
          underRoot: orgUnits(parentId: "pam") { id }
          top: orgUnits { id }
          root: orgUnit(id: "pam") { id }
          region: orgUnit(id: "fes-meknes") { parentId ancestors { id } children { id parentId } }
          province: orgUnit(id: "el-hajeb") { ancestors { id } }
        }`),
      );
      expect(data).toEqual({
        underRoot: [{ id: 'fes-meknes' }],
        top: [{ id: 'fes-meknes' }],
        root: null,
        region: { parentId: null, ancestors: [], children: [{ id: 'el-hajeb', parentId: 'fes-meknes' }] },
        province: { ancestors: [{ id: 'fes-meknes' }] },
      });
      const everything = await must(admin(`{ underRoot: orgUnits(parentId: "pam") { id } top: orgUnits { id } }`));
      expect(everything).toEqual({ underRoot: [{ id: 'fes-meknes' }, { id: 'oriental' }], top: [{ id: 'pam' }] });
    });

    it('finds no unit of another region by its territory code', async () => {
      const byCode = `{ orgUnits(territoryCode: "${ORIENTAL_CODE}") { id } }`;
      expect(await must(as.viewer(byCode))).toEqual({ orgUnits: [] });
      expect(await must(admin(byCode))).toEqual({ orgUnits: [{ id: 'oriental' }] });
    });

    it("does not find another region's meeting by a word of its summary", async () => {
      const search = `query($unitId: ID!) { search(unitId: $unitId, text: "${NADOR_WORD}") { edges { node { id } } } }`;
      expect((await must(as.viewer(search, { unitId: 'fes-meknes' }))).search.edges).toEqual([]);
      expect((await must(admin(search, { unitId: 'pam' }))).search.edges).toEqual([{ node: { id: NADOR_MEETING } }]);
    });

    it('follows only its own region in the activity feed', async () => {
      const data = await must(as.viewer(`{ activityFeed(unitId: "fes-meknes", first: 100) { edges { node { unitPath } } } }`));
      const paths = data.activityFeed.edges.map((edge: { node: { unitPath: string } }) => edge.node.unitPath);
      expect(paths.length).toBeGreaterThan(5);
      expect(paths.every((path: string) => path.startsWith('/pam/fes-meknes'))).toBe(true);
    });

    it('sees no member names, wherever a member shows up', async () => {
      const data = await must(
        as.viewer(`{
          member(id: "bougoula") { id fullName { fr ar } honorific { en } personalDataHidden }
          members(unitId: "fes-meknes") { edges { node { id fullName { fr } } } }
          orgUnit(id: "el-hajeb") { officers { memberId member { id fullName { fr } } } }
          activityFeed(unitId: "fes-meknes", types: [MEMBER_JOINED, OFFICER_APPOINTED]) { edges { node { type summary { fr ar en } personalDataHidden } } }
          search(unitId: "fes-meknes", text: "Bougoula") { edges { node { kind } } }
        }`),
      );
      expect(data.member).toEqual({ id: 'bougoula', fullName: null, honorific: null, personalDataHidden: true });
      expect(data.members.edges.map((edge: any) => edge.node.fullName)).toEqual([null, null]);
      expect(data.orgUnit.officers).toEqual([{ memberId: 'bougoula', member: { id: 'bougoula', fullName: null } }]);
      expect(data.activityFeed.edges.length).toBeGreaterThanOrEqual(4);
      expect(data.activityFeed.edges.every((edge: any) => edge.node.summary === null && edge.node.personalDataHidden)).toBe(true);
      expect(data.search.edges).toEqual([]);
    });

    it('is refused history, time travel and the evidence behind figures', async () => {
      const refused = [
        `{ streamHistory(streamId: "meeting-${MEETING}") { edges { node { id } } } }`,
        `{ auditLog(unitId: "el-hajeb") { edges { node { id } } } }`,
        `{ auditLog { edges { node { id } } } }`,
        `{ orgUnit(id: "el-hajeb", asOf: { recordedAt: "2021-06-08T09:00:00.000Z" }) { id } }`,
        `{ orgUnit(id: "el-hajeb") { activity(from: "${JUNE.from}", to: "${JUNE.to}") { evidence(figure: meetingsHeld) { edges { node { id } } } } } }`,
        `{ verifyIntegrity { clean } }`,
      ];
      for (const query of refused) expect({ query, code: codeOf(await as.viewer(query)) }).toEqual({ query, code: 'AUTH.FORBIDDEN' });
    });
  });

  describe('a Fès-Meknès recorder', () => {
    it('sees the names of members registered under its grant', async () => {
      const data = await must(
        as.recorder(`{
          member(id: "bougoula") { fullName { fr } personalDataHidden }
          orgUnit(id: "el-hajeb") { officers { member { fullName { fr } } } }
          activityFeed(unitId: "el-hajeb", types: [MEMBER_JOINED]) { edges { node { summary { fr } personalDataHidden } } }
          search(unitId: "fes-meknes", text: "Bougoula", kinds: [MEMBER]) { edges { node { kind id } } }
        }`),
      );
      const name = fixture.people.find((person) => person.ref === 'bougoula')!.fullName.fr;
      expect(data.member).toEqual({ fullName: { fr: name }, personalDataHidden: false });
      expect(data.orgUnit.officers).toEqual([{ member: { fullName: { fr: name } } }]);
      expect(data.activityFeed.edges).toEqual([{ node: { summary: { fr: name }, personalDataHidden: false } }]);
      expect(data.search.edges).toEqual([{ node: { kind: 'MEMBER', id: 'bougoula' } }]);
    });

    it('still sees nothing of another region', async () => {
      expect(await must(as.recorder(`{ member(id: "nador-member") { id } }`))).toEqual({ member: null });
    });
  });

  describe('a Fès-Meknès auditor', () => {
    it('reads the history of a stream in its region', async () => {
      const data = await must(as.auditor(`{ streamHistory(streamId: "meeting-${MEETING}") { edges { node { type metadata { unitPath } } } } }`));
      expect(data.streamHistory.edges).toEqual([{ node: { type: 'MeetingHeld', metadata: { unitPath: '/pam/fes-meknes/el-hajeb' } } }]);
    });

    it("gets another region's stream answered as an unknown one", async () => {
      const [outside, unknown] = await Promise.all([
        must(as.auditor(`{ streamHistory(streamId: "meeting-${NADOR_MEETING}") { edges { node { id } } pageInfo { hasNextPage } } }`)),
        must(as.auditor(`{ streamHistory(streamId: "meeting-nowhere") { edges { node { id } } pageInfo { hasNextPage } } }`)),
      ]);
      expect(outside).toEqual(unknown);
      expect(outside.streamHistory.edges).toEqual([]);
    });

    it("leaves principals' grants to auditors of the whole register", async () => {
      const grants = `{ streamHistory(streamId: "principal-viewer@fes-meknes") { edges { node { type } } } }`;
      expect(await must(as.auditor(grants))).toEqual({ streamHistory: { edges: [] } });
      expect((await must(admin(grants))).streamHistory.edges).toContainEqual({ node: { type: 'RoleGranted' } });
    });

    it('reads the audit log of its region only, and not that of a unit outside it', async () => {
      const data = await must(as.auditor(`{ auditLog(first: 500) { edges { node { streamId metadata { unitPath } } } } }`));
      const events = data.auditLog.edges.map((edge: any) => edge.node);
      expect(events.some((event: any) => event.streamId === `meeting-${MEETING}`)).toBe(true);
      expect(events.every((event: any) => event.metadata.unitPath.startsWith('/pam/fes-meknes'))).toBe(true);
      expect(codeOf(await as.auditor(`{ auditLog(unitId: "nador") { edges { node { id } } } }`))).toBe('ORG_UNIT.NOT_FOUND');
      expect(codeOf(await as.auditor(`{ auditLog(unitId: "pam") { edges { node { id } } } }`))).toBe('ORG_UNIT.NOT_FOUND');
    });

    it('travels back in time and reads the evidence within its region, and nowhere else', async () => {
      const data = await must(
        as.auditor(`{
          then: orgUnit(id: "el-hajeb", asOf: { recordedAt: "2021-06-08T09:00:00.000Z" }) { id }
          orgUnit(id: "el-hajeb") { activity(from: "${JUNE.from}", to: "${JUNE.to}") { evidence(figure: meetingsHeld) { edges { node { streamId } } } } }
        }`),
      );
      expect(data.then).toEqual({ id: 'el-hajeb' });
      expect(data.orgUnit.activity.evidence.edges).toEqual([{ node: { streamId: `meeting-${MEETING}` } }]);
      expect(await must(as.auditor(`{ orgUnit(id: "nador", asOf: { recordedAt: "2021-06-08T09:00:00.000Z" }) { id } }`))).toEqual({ orgUnit: null });
      expect(codeOf(await as.auditor(`{ verifyIntegrity { clean } }`))).toBe('AUTH.FORBIDDEN');
    });
  });

  describe('the live feed', () => {
    const subscribe = (credential: string, variables: Record<string, unknown>): Follower =>
      new Follower(connect(app, credential)).start(ACTIVITY.replace('summary { ar fr en }', 'summary { ar fr en } personalDataHidden'), variables);

    it('refuses to follow a unit outside the read scope as it refuses an unknown one', async () => {
      const [outside, unknown] = [subscribe(credentials.viewer!, { unitId: 'oriental' }), subscribe(credentials.viewer!, { unitId: 'atlantis' })];
      await Promise.all([outside.waitFor(1, 10_000).catch(() => undefined), unknown.waitFor(1, 10_000).catch(() => undefined)]);
      expect(outside.items).toEqual([]);
      expect(outside.errors.map((error) => error.extensions?.code)).toEqual(['ORG_UNIT.NOT_FOUND']);
      expect(unknown.errors.map((error) => error.extensions?.code)).toEqual(['ORG_UNIT.NOT_FOUND']);
    });

    it('delivers events of the followed region without names the follower may not read', async () => {
      const viewer = subscribe(credentials.viewer!, { unitId: 'fes-meknes' });
      const recorder = subscribe(credentials.recorder!, { unitId: 'fes-meknes' });
      await subscribersRegistered(app, 2);
      await mutate(admin, 'registerMember', { memberId: 'live-hajeb', unitId: 'el-hajeb', fullName: { fr: 'Nouveau Membre' }, joinedOn: '2021-06-08' });
      await Promise.all([viewer.waitFor(1), recorder.waitFor(1)]);
      expect(viewer.items[0]).toMatchObject({ type: 'MEMBER_JOINED', summary: null, personalDataHidden: true });
      expect(recorder.items[0]).toMatchObject({ type: 'MEMBER_JOINED', summary: { fr: 'Nouveau Membre' }, personalDataHidden: false });
      viewer.unsubscribe();
      recorder.unsubscribe();
    });
  });
});
