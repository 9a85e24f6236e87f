import type { KyselyPlugin } from 'kysely';
import { describeOnEveryStore, describeWithPostgres } from '../support/postgres';
import { countingProjection } from './counting.projection';
import { appendMembers, openWorld, type RunnerWorld } from './runner-fixture';

const total = (rows: readonly object[]): number => rows.reduce((sum, row) => sum + Number((row as { joined: number }).joined), 0);

/** Fails the n-th statement it sees, as a process dying mid-batch would leave the transaction. */
const crashOnStatement = (n: number): KyselyPlugin => {
  let seen = 0;
  return {
    transformQuery(args) {
      seen += 1;
      if (seen === n) throw new Error('simulated crash');
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
};

/** Counts the statements that read rows of a projection table back. */
const countRowReads = (table: string): { plugin: KyselyPlugin; count: () => number } => {
  let seen = 0;
  return {
    plugin: {
      transformQuery(args) {
        if (args.node.kind === 'SelectQueryNode' && JSON.stringify(args.node).includes(`_${table}_g`)) seen += 1;
        return args.node;
      },
      async transformResult(args) {
        return args.result;
      },
    },
    count: () => seen,
  };
};

describeOnEveryStore('the projection runner', (kind) => {
  let world: RunnerWorld;
  beforeEach(async () => {
    world = await openWorld(kind);
  });
  afterEach(async () => world.close());

  it('folds every event once and leaves the checkpoint at the head of the log', async () => {
    const projection = countingProjection();
    await appendMembers(world.store, 120);
    const outcome = await (await world.runner(projection)).catchUp();
    expect(outcome.caughtUp).toBe(true);
    expect(total(await world.rows(projection, 'per_unit'))).toBe(120);
    expect((await world.generations.active(projection.name))!.position).toBe(await world.store.headPosition());
  });

  it('resumes after a crash in the middle of a batch and ends identical to a rebuild from position 0', async () => {
    const projection = countingProjection();
    await appendMembers(world.store, 200);
    const runner = await world.runner(projection);
    await runner.runBatch();
    await runner.runBatch();
    const before = await world.generations.active(projection.name);
    const rowsBefore = await world.rows(projection, 'per_unit');

    const crashing = await world.runner(projection, before!.generation, 50, world.readDb.db.withPlugin(crashOnStatement(4)));
    await expect(crashing.runBatch()).rejects.toThrow('simulated crash');
    expect((await world.generations.active(projection.name))!.position).toBe(before!.position);
    expect(await world.rows(projection, 'per_unit')).toEqual(rowsBefore);

    await (await world.runner(projection, before!.generation)).catchUp();
    const rebuilt = await world.generations.startRebuild(projection);
    await (await world.runner(projection, rebuilt.generation, 70)).catchUp();
    expect(await world.rows(projection, 'per_unit')).toEqual(await world.rows(projection, 'per_unit', rebuilt.generation));
    expect(total(await world.rows(projection, 'per_unit'))).toBe(200);
  });

  it('rebuilds from position 0 without reading back a row it wrote, across batches', async () => {
    const projection = countingProjection();
    await appendMembers(world.store, 300, 3);
    const reads = countRowReads('per_unit');
    const runner = await world.runner(projection, undefined, 40, world.readDb.db.withPlugin(reads.plugin));
    await runner.catchUp();
    expect(total(await world.rows(projection, 'per_unit'))).toBe(300);
    expect(reads.count()).toBe(0);
  });

  it('never trusts rows it kept when another runner moved the checkpoint in between', async () => {
    const projection = countingProjection();
    await appendMembers(world.store, 240, 3);
    const [a, b] = [await world.runner(projection, undefined, 30), await world.runner(projection, undefined, 30)];
    for (let turn = 0; ; turn++) {
      const outcome = await (turn % 3 === 2 ? b : a).runBatch();
      if (outcome.caughtUp) break;
    }
    expect(total(await world.rows(projection, 'per_unit'))).toBe(240);
  });

  it('records an event it cannot use as a visible issue and moves on', async () => {
    await appendMembers(world.store, 30);
    const first = (await world.store.readAll({ limit: 1 })).events[0]!;
    const memberId = (first.data as { memberId: string }).memberId;
    const projection = countingProjection(1, { failOn: (id) => id === memberId });
    await (await world.runner(projection)).catchUp();
    expect(total(await world.rows(projection, 'per_unit'))).toBe(29);
    const issues = await world.readDb.db.selectFrom('projection_issues').selectAll().execute();
    expect(issues).toEqual([expect.objectContaining({ name: 'test_counts', eventId: first.id, eventType: 'MemberJoined', message: `cannot count ${memberId}` })]);
  });

  it('builds a new version beside the old one, which keeps answering until the new one has caught up', async () => {
    await appendMembers(world.store, 60);
    await (await world.runner(countingProjection(1))).catchUp();
    const next = countingProjection(2);
    const running = await world.generations.ensure(next);
    expect(running.map((g) => [g.generation, g.status])).toEqual([
      [1, 'active'],
      [2, 'building'],
    ]);
    const building = await world.runner(next, 2, 25);
    await building.runBatch();
    expect((await world.generations.active(next.name))!.generation).toBe(1);
    expect(total(await world.rows(next, 'per_unit'))).toBe(60);

    await building.catchUp();
    expect(await world.generations.promote(next.name, 2)).toBe(true);
    expect((await world.generations.active(next.name))!.version).toBe(2);
    expect(total(await world.rows(next, 'per_unit'))).toBe(60);
  });
});

describeWithPostgres('two service instances on one PostgreSQL database', () => {
  let world: RunnerWorld;
  beforeEach(async () => {
    world = await openWorld('postgres');
  });
  afterEach(async () => world.close());

  it('never count an event twice when their runners race on the same projection', async () => {
    const projection = countingProjection();
    await appendMembers(world.store, 600, 7);
    const second = await world.secondConnection();
    const [a, b] = [await world.runner(projection, undefined, 40), await world.runner(projection, undefined, 40, second.db)];
    const outcomes = await Promise.all([a.catchUp(), b.catchUp()]);
    expect(outcomes.every((outcome) => outcome.caughtUp)).toBe(true);
    expect(total(await world.rows(projection, 'per_unit'))).toBe(600);
  });
});
