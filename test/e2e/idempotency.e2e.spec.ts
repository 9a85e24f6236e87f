import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordWorkedExample } from '../support/worked-example';

const REGISTER = `mutation R($input: RegisterMemberInput!, $commandId: ID) { registerMember(input: $input, commandId: $commandId) { id streamId revision position replayed } }`;
const APPOINT = `mutation A($input: AppointOfficerInput!) { appointOfficer(input: $input) { id revision } }`;

describeOnEveryStore('command ids and concurrent commands', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
    await recordWorkedExample(app);
  });
  afterAll(async () => app.close());

  it('lands a retried command without an entity id on the same generated id, written once', async () => {
    const input = { unitId: 'el-hajeb', fullName: { ar: 'فاطمة الزهراء' } };
    const first = await app.graphql(REGISTER, { input, commandId: 'register-fz-1' });
    const head = await app.store.headPosition();
    const second = await app.graphql(REGISTER, { input, commandId: 'register-fz-1' });
    expect(second.data?.registerMember).toEqual({ ...first.data?.registerMember, replayed: true });
    expect(await app.store.headPosition()).toBe(head);
  });

  it('writes a command sent twice at the same moment once', async () => {
    const input = { unitId: 'el-hajeb', fullName: { fr: 'Youssef' } };
    const results = await Promise.all([1, 2, 3].map(() => app.graphql(REGISTER, { input, commandId: 'register-youssef' })));
    const ids = new Set(results.map((result) => result.data?.registerMember.id));
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    expect(ids.size).toBe(1);
    const history = await app.graphql(`{ streamHistory(streamId: "member-${[...ids][0]}") { edges { node { id } } } }`);
    expect(history.data?.streamHistory.edges).toHaveLength(1);
  });

  it('refuses to reuse a command id for a different command', async () => {
    await app.graphql(REGISTER, { input: { unitId: 'el-hajeb', fullName: { fr: 'Amina' } }, commandId: 'shared-id' });
    const other = await app.graphql(
      `mutation { establishOrgUnit(input: { unitId: "sebaa-ayoune", parentId: "el-hajeb", level: LOCAL, kind: BRANCH, name: { fr: "Sebaa Ayoune" } }, commandId: "shared-id") { id } }`,
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'COMMAND.ID_REUSED', field: 'commandId' });
  });

  it('lets one of two concurrent appointments to a single-holder position win and refuses the other', async () => {
    for (const memberId of ['candidate-a', 'candidate-b']) {
      await app.graphql(REGISTER, { input: { memberId, unitId: 'el-hajeb', fullName: { fr: memberId } } });
    }
    const results = await Promise.all(
      ['candidate-a', 'candidate-b'].map((memberId) => app.graphql(APPOINT, { input: { unitId: 'el-hajeb', memberId, position: 'TREASURER' } })),
    );
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['OFFICER.POSITION_OCCUPIED', 'OK']);
  });
});
