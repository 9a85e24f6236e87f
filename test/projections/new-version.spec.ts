import { PROJECTIONS } from '../../src/projections/projections';
import { Generations } from '../../src/projections/runner/generations';
import { ProjectionsService } from '../../src/projections/runner/projections.service';
import { describeOnEveryStore } from '../support/postgres';
import { indexesOf } from '../support/read-model-indexes';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordWorkedExample } from '../support/worked-example';

const SEARCH = `{ search(unitId: "pam", text: "الحاجب") { edges { node { id } } } }`;

const waitFor = async (done: () => Promise<boolean>, what: string): Promise<void> => {
  const deadline = Date.now() + 20_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describeOnEveryStore('a new version of every read model, built by the service beside the old one', (kind) => {
  let first: TestApp;
  let second: TestApp | undefined;
  afterEach(async () => {
    await second?.close();
    await first.close();
  });

  it('takes over with every index the old one had (its rebuild defers them), and answers as the old one did', async () => {
    first = await startTestApp(kind);
    await recordWorkedExample(first);
    await first.caughtUp();
    const answer = await first.graphql(SEARCH);
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data).length).toBeGreaterThan(60);
    const generations = new Generations(first.readDb.db);
    const expected: Record<string, string[]> = {};
    for (const projection of PROJECTIONS) expected[projection.name] = await indexesOf(first, projection, 1);
    expect(expected.search!.length).toBeGreaterThan(2);

    // As if the running code were the next version of every read model: the next start builds generation 2 of each.
    await first.app.get(ProjectionsService).beforeApplicationShutdown();
    await first.readDb.db.updateTable('projection_state').set((eb) => ({ version: eb('version', '-', 1) })).where('generation', '=', 1).execute();
    second = await startTestApp(kind, undefined, kind === 'postgres' ? { postgresSchema: first.schema! } : { sqlitePath: first.sqlitePath! });
    const started = second;
    await waitFor(async () => {
      const active = await Promise.all(PROJECTIONS.map((projection) => generations.active(projection.name)));
      return active.every((generation) => generation?.generation === 2);
    }, 'every read model to promote generation 2');

    for (const projection of PROJECTIONS) {
      expect({ [projection.name]: await indexesOf(started, projection, 2) }).toEqual({ [projection.name]: expected[projection.name] });
    }
    expect(await started.graphql(SEARCH)).toEqual(answer);
  });
});
