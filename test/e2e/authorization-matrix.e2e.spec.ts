import { connect, Follower, ACTIVITY, tailSeen, until } from '../support/feed-client';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app';
import { recordWorkedExample } from '../support/worked-example';

/**
 * Every role × every mutation and query × a target inside and outside the
 * principal's grant. The oracle is the issue's own table of roles, written out
 * here independently of the code under test: a call succeeds exactly when the
 * role allows the action and the grant covers the target.
 */

type Role = 'ADMIN' | 'RECORDER' | 'VIEWER' | 'AUDITOR' | 'STEWARD';
type Action = 'read' | 'readPersonal' | 'record' | 'structure' | 'audit' | 'erase' | 'administer';
type Side = 'inside' | 'outside';

const ALLOWED: Readonly<Record<Role, readonly Action[]>> = {
  ADMIN: ['read', 'readPersonal', 'record', 'structure', 'audit', 'erase', 'administer'],
  RECORDER: ['read', 'readPersonal', 'record', 'structure'],
  VIEWER: ['read'],
  AUDITOR: ['read', 'audit'],
  STEWARD: ['read', 'readPersonal', 'erase'],
};

/** A principal of the matrix: one grant, on Fès-Meknès or on the whole register. */
interface Subject {
  readonly id: string;
  readonly role: Role;
  readonly unitId: 'fes-meknes' | null;
}

const SUBJECTS: readonly Subject[] = [
  ...(['ADMIN', 'RECORDER', 'VIEWER', 'AUDITOR', 'STEWARD'] as const).map((role) => ({ id: `${role.toLowerCase()}@fes-meknes`, role, unitId: 'fes-meknes' as const })),
  { id: 'admin@pam', role: 'ADMIN', unitId: null },
];

/** Where a target lives: inside Fès-Meknès (El Hajeb) or outside it (Nador, in the Oriental). */
const PLACES = {
  inside: { region: 'fes-meknes', province: 'el-hajeb', member: 'hjira' },
  outside: { region: 'oriental', province: 'nador', member: 'nador-member' },
} as const;
type Place = (typeof PLACES)[Side];

/** `whole`: the target is the whole register (keys, full verification); only a grant on it covers it. */
interface Operation {
  readonly name: string;
  readonly action: Action;
  readonly whole?: boolean;
  /** Prepares what the call needs as the administrator; returns the call's target ids. */
  readonly arrange?: (admin: Admin, place: Place, tag: string) => Promise<Record<string, string>>;
  /** Makes the call as the subject; true when it succeeded (for a read: the target was shown). */
  readonly act: (call: Call, place: Place, ids: Record<string, string>, tag: string) => Promise<boolean>;
}

type Call = (query: string, variables?: Record<string, unknown>) => Promise<GraphqlResponse>;
type Admin = Call;

const ok = (result: GraphqlResponse, field: string): boolean => !result.errors && Boolean(result.data?.[field]);

const mutation = (name: string, input: Record<string, unknown>, call: Call): Promise<GraphqlResponse> =>
  call(`mutation M($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id } }`, { input });

const must = async (promise: Promise<GraphqlResponse>): Promise<GraphqlResponse> => {
  const result = await promise;
  if (result.errors) throw new Error(`arrange failed: ${JSON.stringify(result.errors)}`);
  return result;
};

const text = (value: string) => ({ fr: value });

const newUnit = async (admin: Admin, parentId: string, unitId: string): Promise<void> => {
  await must(mutation('establishOrgUnit', { unitId, parentId, level: 'LOCAL', kind: 'SECRETARIAT', name: text(unitId) }, admin));
};

const newMember = async (admin: Admin, unitId: string, memberId: string): Promise<void> => {
  await must(mutation('registerMember', { memberId, unitId, fullName: { ar: 'عضو تجريبي', fr: `Membre ${memberId}` }, joinedOn: '2020-01-01' }, admin));
};

const MEETING = (unitId: string, meetingId: string) => ({
  meetingId,
  unitId,
  kind: 'ORGANIZATIONAL',
  title: text(`Réunion ${meetingId}`),
  heldOn: '2021-06-01',
  summary: { ar: `اجتماع ${meetingId}` },
  summaryLanguage: 'ar',
  attendees: [{ group: { ar: 'أعضاء المكتب' }, count: 12 }],
});

const newMeeting = async (admin: Admin, unitId: string, meetingId: string): Promise<void> => {
  await must(mutation('recordMeeting', MEETING(unitId, meetingId), admin));
};

const newResolution = async (admin: Admin, unitId: string, tag: string): Promise<string> => {
  await newMeeting(admin, unitId, `m-${tag}`);
  const resolutionId = `r-${tag}`;
  await must(mutation('adoptResolution', { resolutionId, meetingId: `m-${tag}`, kind: 'DECISION', text: text('Décision') }, admin));
  return resolutionId;
};

const MUTATIONS: readonly Operation[] = [
  {
    name: 'establishOrgUnit',
    action: 'structure',
    act: async (call, place, _ids, tag) => ok(await mutation('establishOrgUnit', { unitId: `u-${tag}`, parentId: place.province, level: 'LOCAL', kind: 'SECRETARIAT', name: text(tag) }, call), 'establishOrgUnit'),
  },
  {
    name: 'renameOrgUnit',
    action: 'structure',
    arrange: async (admin, place, tag) => (await newUnit(admin, place.province, `u-${tag}`), { unitId: `u-${tag}` }),
    act: async (call, _place, ids, tag) => ok(await mutation('renameOrgUnit', { unitId: ids.unitId, name: text(`renamed ${tag}`) }, call), 'renameOrgUnit'),
  },
  {
    name: 'dissolveOrgUnit',
    action: 'structure',
    arrange: async (admin, place, tag) => (await newUnit(admin, place.province, `u-${tag}`), { unitId: `u-${tag}` }),
    act: async (call, _place, ids) => ok(await mutation('dissolveOrgUnit', { unitId: ids.unitId, dissolvedOn: '2021-06-02' }, call), 'dissolveOrgUnit'),
  },
  {
    name: 'registerMember',
    action: 'record',
    act: async (call, place, _ids, tag) =>
      ok(await mutation('registerMember', { memberId: `mb-${tag}`, unitId: place.province, fullName: text(tag), joinedOn: '2021-01-01' }, call), 'registerMember'),
  },
  {
    name: 'transferMember',
    action: 'record',
    arrange: async (admin, place, tag) => (await newMember(admin, place.province, `mb-${tag}`), { memberId: `mb-${tag}` }),
    act: async (call, place, ids) => ok(await mutation('transferMember', { memberId: ids.memberId, toUnitId: place.region, transferredOn: '2021-06-01' }, call), 'transferMember'),
  },
  {
    name: 'recordMemberLeaving',
    action: 'record',
    arrange: async (admin, place, tag) => (await newMember(admin, place.province, `mb-${tag}`), { memberId: `mb-${tag}` }),
    act: async (call, _place, ids) => ok(await mutation('recordMemberLeaving', { memberId: ids.memberId, reason: 'RESIGNED', leftOn: '2021-06-01' }, call), 'recordMemberLeaving'),
  },
  {
    name: 'appointOfficer',
    action: 'record',
    arrange: async (admin, place, tag) => (await newMember(admin, place.province, `mb-${tag}`), { memberId: `mb-${tag}` }),
    act: async (call, place, ids) =>
      ok(await mutation('appointOfficer', { unitId: place.province, memberId: ids.memberId, position: 'COUNCIL_MEMBER', termStart: '2021-01-01' }, call), 'appointOfficer'),
  },
  {
    name: 'relieveOfficer',
    action: 'record',
    arrange: async (admin, place, tag) => {
      await newMember(admin, place.province, `mb-${tag}`);
      await must(mutation('appointOfficer', { unitId: place.province, memberId: `mb-${tag}`, position: 'COUNCIL_MEMBER', termStart: '2021-01-01' }, admin));
      return { memberId: `mb-${tag}` };
    },
    act: async (call, place, ids) =>
      ok(await mutation('relieveOfficer', { unitId: place.province, memberId: ids.memberId, position: 'COUNCIL_MEMBER', relievedOn: '2021-06-01' }, call), 'relieveOfficer'),
  },
  {
    name: 'recordMeeting',
    action: 'record',
    act: async (call, place, _ids, tag) => ok(await mutation('recordMeeting', MEETING(place.province, `m-${tag}`), call), 'recordMeeting'),
  },
  {
    name: 'correctMeetingRecord',
    action: 'record',
    arrange: async (admin, place, tag) => (await newMeeting(admin, place.province, `m-${tag}`), { meetingId: `m-${tag}` }),
    act: async (call, _place, ids) => ok(await mutation('correctMeetingRecord', { meetingId: ids.meetingId, partOfDay: 'EVENING', reason: 'It ran late' }, call), 'correctMeetingRecord'),
  },
  {
    name: 'adoptResolution',
    action: 'record',
    arrange: async (admin, place, tag) => (await newMeeting(admin, place.province, `m-${tag}`), { meetingId: `m-${tag}` }),
    act: async (call, _place, ids, tag) => ok(await mutation('adoptResolution', { resolutionId: `r-${tag}`, meetingId: ids.meetingId, kind: 'DECISION', text: text('Décision') }, call), 'adoptResolution'),
  },
  {
    name: 'changeResolutionStatus',
    action: 'record',
    arrange: async (admin, place, tag) => ({ resolutionId: await newResolution(admin, place.province, tag) }),
    act: async (call, _place, ids) =>
      ok(await mutation('changeResolutionStatus', { resolutionId: ids.resolutionId, status: 'IN_PROGRESS', changedOn: '2021-06-03' }, call), 'changeResolutionStatus'),
  },
  {
    name: 'rescindResolution',
    action: 'record',
    arrange: async (admin, place, tag) => ({ resolutionId: await newResolution(admin, place.province, tag) }),
    act: async (call, _place, ids) => ok(await mutation('rescindResolution', { resolutionId: ids.resolutionId, reason: 'Superseded', rescindedOn: '2021-06-03' }, call), 'rescindResolution'),
  },
  {
    name: 'eraseMemberPersonalData',
    action: 'erase',
    arrange: async (admin, place, tag) => (await newMember(admin, place.province, `mb-${tag}`), { memberId: `mb-${tag}` }),
    act: async (call, _place, ids) => ok(await mutation('eraseMemberPersonalData', { memberId: ids.memberId, reason: 'Request of the person' }, call), 'eraseMemberPersonalData'),
  },
  {
    name: 'grantRole',
    action: 'administer',
    act: async (call, place, _ids, tag) => {
      const result = await call(`mutation G($input: GrantInput!) { grantRole(input: $input) { id } }`, {
        input: { principalId: `p-${tag}`, role: 'VIEWER', unitId: place.province },
      });
      return ok(result, 'grantRole');
    },
  },
  {
    name: 'issueApiKey',
    action: 'administer',
    whole: true,
    act: async (call, _place, _ids, tag) => ok(await call(`mutation K($input: IssueApiKeyInput!) { issueApiKey(input: $input) { keyId } }`, { input: { principalId: `p-${tag}`, label: 'matrix' } }), 'issueApiKey'),
  },
];

const edgesOf = (result: GraphqlResponse, field: string): any[] => (result.errors ? [] : result.data?.[field]?.edges ?? []);

const QUERIES: readonly Operation[] = [
  { name: 'orgUnit', action: 'read', act: async (call, place) => ok(await call(`query($id: ID!) { orgUnit(id: $id) { id } }`, { id: place.province }), 'orgUnit') },
  {
    name: 'orgUnits',
    action: 'read',
    act: async (call, place) => {
      const result = await call(`query($parentId: ID) { orgUnits(parentId: $parentId) { id } }`, { parentId: place.region });
      return !result.errors && (result.data?.orgUnits ?? []).some((unit: { id: string }) => unit.id === place.province);
    },
  },
  {
    name: 'OrgUnit.activity',
    action: 'read',
    act: async (call, place) => ok(await call(`query($id: ID!) { orgUnit(id: $id) { activity(from: "2021-01-01", to: "2021-12-31") { meetingsHeld } } }`, { id: place.region }), 'orgUnit'),
  },
  {
    name: 'activityByChild',
    action: 'read',
    act: async (call, place) => {
      const result = await call(`query($unitId: ID!) { activityByChild(unitId: $unitId, from: "2021-01-01", to: "2021-12-31") { id } }`, { unitId: place.region });
      return !result.errors && (result.data?.activityByChild ?? []).some((child: { id: string }) => child.id === place.province);
    },
  },
  { name: 'meeting', action: 'read', act: async (call, place) => ok(await call(`query($id: ID!) { meeting(id: $id) { id } }`, { id: `m-seed-${place.province}` }), 'meeting') },
  {
    name: 'meetings',
    action: 'read',
    act: async (call, place) => edgesOf(await call(`query($unitId: ID!) { meetings(unitId: $unitId) { edges { node { id } } } }`, { unitId: place.region }), 'meetings').length > 0,
  },
  { name: 'resolution', action: 'read', act: async (call, place) => ok(await call(`query($id: ID!) { resolution(id: $id) { id } }`, { id: `r-seed-${place.province}` }), 'resolution') },
  {
    name: 'resolutions',
    action: 'read',
    act: async (call, place) => edgesOf(await call(`query($unitId: ID!) { resolutions(unitId: $unitId) { edges { node { id } } } }`, { unitId: place.region }), 'resolutions').length > 0,
  },
  {
    name: 'members',
    action: 'read',
    act: async (call, place) => edgesOf(await call(`query($unitId: ID!) { members(unitId: $unitId) { edges { node { id } } } }`, { unitId: place.region }), 'members').length > 0,
  },
  { name: 'member', action: 'read', act: async (call, place) => ok(await call(`query($id: ID!) { member(id: $id) { id } }`, { id: place.member }), 'member') },
  {
    name: 'Member.fullName',
    action: 'readPersonal',
    act: async (call, place) => {
      const result = await call(`query($id: ID!) { member(id: $id) { fullName { ar fr } } }`, { id: place.member });
      return !result.errors && Boolean(result.data?.member?.fullName);
    },
  },
  {
    name: 'activityFeed',
    action: 'read',
    act: async (call, place) => edgesOf(await call(`query($unitId: ID!) { activityFeed(unitId: $unitId) { edges { node { id } } } }`, { unitId: place.region }), 'activityFeed').length > 0,
  },
  {
    name: 'search',
    action: 'read',
    act: async (call, place) =>
      edgesOf(await call(`query($unitId: ID!, $text: String!) { search(unitId: $unitId, text: $text) { edges { node { id } } } }`, { unitId: place.region, text: 'Réunion' }), 'search').length > 0,
  },
  {
    name: 'streamHistory',
    action: 'audit',
    act: async (call, place) => edgesOf(await call(`query($streamId: String!) { streamHistory(streamId: $streamId) { edges { node { id } } } }`, { streamId: `meeting-m-seed-${place.province}` }), 'streamHistory').length > 0,
  },
  {
    name: 'auditLog',
    action: 'audit',
    act: async (call, place) => edgesOf(await call(`query($unitId: ID) { auditLog(unitId: $unitId) { edges { node { id } } } }`, { unitId: place.region }), 'auditLog').length > 0,
  },
  {
    name: 'orgUnit(asOf)',
    action: 'audit',
    act: async (call, place) => ok(await call(`query($id: ID!) { orgUnit(id: $id, asOf: { recordedAt: "2021-06-08T09:00:00.000Z" }) { id } }`, { id: place.province }), 'orgUnit'),
  },
  { name: 'verifyIntegrity', action: 'audit', whole: true, act: async (call) => ok(await call(`query { verifyIntegrity { clean } }`), 'verifyIntegrity') },
];

const expected = (subject: Subject, operation: Operation, side: Side): boolean => {
  if (!ALLOWED[subject.role].includes(operation.action)) return false;
  if (subject.unitId === null) return true;
  return !operation.whole && side === 'inside';
};

describeOnEveryStore('authorization matrix', (kind) => {
  let app: TestApp;
  let admin: Admin;
  const callers = new Map<string, Call>();

  const authorizations = new Map<string, string>();

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = (query, variables) => app.graphql(query, variables);
    await recordWorkedExample(app);
    await must(mutation('establishOrgUnit', { unitId: 'oriental', parentId: 'pam', level: 'REGIONAL', kind: 'SECRETARIAT', name: text("L'Oriental") }, admin));
    await must(mutation('establishOrgUnit', { unitId: 'nador', parentId: 'oriental', level: 'PROVINCIAL', kind: 'SECRETARIAT', name: text('Nador') }, admin));
    await newMember(admin, 'nador', 'nador-member');
    for (const place of Object.values(PLACES)) await newResolution(admin, place.province, `seed-${place.province}`);
    for (const subject of SUBJECTS) {
      const authorization = await app.credentialFor(subject.id, [{ role: subject.role, unitId: subject.unitId }]);
      authorizations.set(subject.id, authorization);
      callers.set(subject.id, (query, variables) => app.graphql(query, variables, { authorization }));
    }
    await app.caughtUp();
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  it.each(SUBJECTS.map((subject) => [subject.id, subject] as const))(
    'gives %s exactly the mutations its role and grant allow',
    async (_id, subject) => {
      const mismatches: string[] = [];
      for (const operation of MUTATIONS) {
        for (const side of ['inside', 'outside'] as const) {
          const tag = `${operation.name}-${subject.role}-${subject.unitId ?? 'all'}-${side}`.toLowerCase();
          const place = PLACES[side];
          const ids = (await operation.arrange?.(admin, place, tag)) ?? {};
          const succeeded = await operation.act(callers.get(subject.id)!, place, ids, tag);
          if (succeeded !== expected(subject, operation, side)) mismatches.push(`${operation.name} ${side}: ${succeeded ? 'succeeded' : 'denied'}`);
        }
      }
      expect(mismatches).toEqual([]);
    },
    180_000,
  );

  it.each(SUBJECTS.map((subject) => [subject.id, subject] as const))(
    'shows %s exactly what its role and grant allow',
    async (_id, subject) => {
      await app.caughtUp();
      const mismatches: string[] = [];
      for (const operation of QUERIES) {
        for (const side of ['inside', 'outside'] as const) {
          const succeeded = await operation.act(callers.get(subject.id)!, PLACES[side], {}, '');
          if (succeeded !== expected(subject, operation, side)) mismatches.push(`${operation.name} ${side}: ${succeeded ? 'shown' : 'hidden'}`);
        }
      }
      expect(mismatches).toEqual([]);
    },
    120_000,
  );

  it('delivers each subscriber exactly the live items its role and grant allow, and nothing outside them', async () => {
    const FOLLOWED = { inside: 'fes-meknes', outside: 'oriental', root: 'pam' } as const;
    const followers = SUBJECTS.flatMap((subject) =>
      (Object.keys(FOLLOWED) as Array<keyof typeof FOLLOWED>).map((side) => ({
        subject,
        side,
        follower: new Follower(connect(app, authorizations.get(subject.id))).start(ACTIVITY, { unitId: FOLLOWED[side] }),
        allowed: subject.unitId === null || side === 'inside',
      })),
    );
    // Refusals come at once; an accepted subscription has nothing to say until something happens.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    let last = '';
    for (const place of Object.values(PLACES)) {
      await newMeeting(admin, place.province, `m-live-${place.province}`);
      last = (await must(mutation('registerMember', { memberId: `mb-live-${place.province}`, unitId: place.province, fullName: { ar: 'عضو جديد', fr: 'Nouveau membre' }, joinedOn: '2021-06-01' }, admin))).data!.registerMember.id;
    }
    await tailSeen(app, (await app.store.headPosition())!);
    const expectedItems = (allowed: boolean, side: string): number => (!allowed ? 0 : side === 'root' ? 4 : 2);
    await until(() => followers.every(({ follower, allowed, side }) => follower.items.length >= expectedItems(allowed, side) || follower.errors.length > 0), 20_000, () => 'items');
    expect(last).toBe('mb-live-nador');

    const mismatches: string[] = [];
    for (const { subject, side, follower, allowed } of followers) {
      const label = `${subject.id} following ${FOLLOWED[side]}`;
      const delivered = follower.items.length > 0 && follower.errors.length === 0;
      if (delivered !== allowed) mismatches.push(`${label}: ${delivered ? 'delivered' : 'refused'}`);
      const outside = follower.items.filter((item) => subject.unitId !== null && !item.unitPath.startsWith('/pam/fes-meknes'));
      if (outside.length > 0) mismatches.push(`${label}: ${outside.length} item(s) outside the grant`);
      const named = follower.items.filter((item) => item.type === 'MEMBER_JOINED' && item.summary !== null);
      const joins = follower.items.filter((item) => item.type === 'MEMBER_JOINED');
      if (named.length > 0 && !ALLOWED[subject.role].includes('readPersonal')) mismatches.push(`${label}: a member's name delivered`);
      if (named.length < joins.length && ALLOWED[subject.role].includes('readPersonal')) mismatches.push(`${label}: a member's name withheld`);
    }
    for (const { follower } of followers) follower.unsubscribe();
    expect(mismatches).toEqual([]);
  }, 60_000);
});
