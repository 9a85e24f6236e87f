import { IdFilter } from './id-filter';

describe('IdFilter', () => {
  it('never says no for a value it holds, through several growths', () => {
    const filter = new IdFilter(1_000);
    const held = Array.from({ length: 50_000 }, (_, i) => `members\u0000member-${i}`);
    for (const value of held) filter.add(value);
    expect(held.every((value) => filter.mayHave(value))).toBe(true);
  });

  it('says maybe for few values it never held', () => {
    const filter = new IdFilter(1_000);
    for (let i = 0; i < 50_000; i++) filter.add(`entries\u0000event-${i}`);
    let maybes = 0;
    for (let i = 0; i < 50_000; i++) if (filter.mayHave(`entries\u0000other-${i}`)) maybes++;
    // Each layer alone answers maybe about once in a hundred; several layers add up.
    expect(maybes / 50_000).toBeLessThan(0.05);
  });

  it('holds nothing when new', () => {
    expect(new IdFilter().mayHave('anything')).toBe(false);
  });
});
