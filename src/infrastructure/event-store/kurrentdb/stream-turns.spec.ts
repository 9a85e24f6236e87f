import { StreamTurns } from './stream-turns';

describe('stream turns', () => {
  it('runs the work of one stream one at a time, in order, and other streams alongside', async () => {
    const turns = new StreamTurns();
    const log: string[] = [];
    const step = (name: string, ms: number) => async () => {
      log.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`${name} end`);
      return name;
    };

    const results = await Promise.all([turns.run('a', step('a1', 20)), turns.run('a', step('a2', 1)), turns.run('b', step('b1', 1))]);

    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a2 start')).toBeGreaterThan(log.indexOf('a1 end'));
    expect(log.indexOf('b1 end')).toBeLessThan(log.indexOf('a1 end'));
  });

  it('goes on with the next turn after a failed one', async () => {
    const turns = new StreamTurns();
    const failed = turns.run('a', async () => {
      throw new Error('refused');
    });
    await expect(failed).rejects.toThrow('refused');
    await expect(turns.run('a', async () => 'next')).resolves.toBe('next');
  });
});
