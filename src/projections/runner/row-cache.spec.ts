import { RowCache, rowKey } from './row-cache';

const stored = (id: string, lastPosition = '1') => ({ row: { id }, lastPosition });

describe('RowCache', () => {
  it('knows rows absent from a generation it saw from the start, and asks about rows it let go', () => {
    const cache = new RowCache(2);
    cache.startAt('');
    expect(cache.lookup(rowKey('t', 'a'))).toBeNull();
    cache.committed('5', new Map([[rowKey('t', 'a'), stored('a')], [rowKey('t', 'b'), stored('b')], [rowKey('t', 'c'), stored('c')]]), [rowKey('t', 'a'), rowKey('t', 'b'), rowKey('t', 'c')]);
    cache.startAt('5');
    // Capacity 2: the least recently touched went, and may exist, so the database is asked.
    expect(cache.lookup(rowKey('t', 'a'))).toBeUndefined();
    expect(cache.lookup(rowKey('t', 'c'))).toEqual(stored('c'));
    expect(cache.lookup(rowKey('t', 'never'))).toBeNull();
  });

  it('drops everything when the batch starts from another checkpoint', () => {
    const cache = new RowCache();
    cache.startAt('');
    cache.committed('5', new Map([[rowKey('t', 'a'), stored('a')]]), [rowKey('t', 'a')]);
    cache.startAt('9');
    expect(cache.lookup(rowKey('t', 'a'))).toBeUndefined();
    expect(cache.lookup(rowKey('t', 'z'))).toBeUndefined();
  });

  it('asks the database for everything after a failed batch, unless the generation is still empty', () => {
    const cache = new RowCache();
    cache.startAt('3');
    cache.committed('5', new Map([[rowKey('t', 'a'), stored('a')]]), []);
    cache.forget();
    cache.startAt('5');
    expect(cache.lookup(rowKey('t', 'a'))).toBeUndefined();
    cache.forget();
    cache.startAt('');
    expect(cache.lookup(rowKey('t', 'a'))).toBeNull();
  });
});
