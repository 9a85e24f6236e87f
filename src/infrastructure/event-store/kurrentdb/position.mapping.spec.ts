import { InvalidCursorError } from '../event-store.errors';
import { MAX_LOG_OFFSET, compareRawPositions, comparePositions, decodeAfter, decodePosition, encodePosition } from './position.mapping';

describe('KurrentDB cursor mapping', () => {
  it('round-trips a $all position through an opaque string', () => {
    const position = { commit: 1_234_567n, prepare: 1_234_560n };
    expect(encodePosition(position)).toBe('1234567:1234560');
    expect(decodePosition(encodePosition(position))).toEqual(position);
  });

  it.each([
    ['2^53 + 1', 2n ** 53n + 1n],
    ['2^63', 2n ** 63n],
    ['2^64 - 1', MAX_LOG_OFFSET],
  ])('is lossless at %s', (_, offset) => {
    const position = { commit: offset, prepare: offset - 1n };
    const cursor = encodePosition(position);
    expect(cursor).toBe(`${offset}:${offset - 1n}`);
    expect(decodePosition(cursor)).toEqual(position);
  });

  it('gives equal positions equal strings, and the start of the log a real cursor', () => {
    expect(encodePosition({ commit: 5n, prepare: 5n })).toBe(encodePosition({ commit: 5n, prepare: 5n }));
    expect(decodePosition('0:0')).toEqual({ commit: 0n, prepare: 0n });
  });

  it.each([
    'abc', '-1', '1.5', '01', '', ' 1', '99999999999999999999', '1', '1:', ':1', '1:2:3', '01:1', '1:01',
    '1 :1', '1:1 ', '-1:1', '1:-1', '0x10:1', '1e3:1', `${MAX_LOG_OFFSET + 1n}:0`, `0:${MAX_LOG_OFFSET + 1n}`,
    '١٢:٣', '123456789012345678901:1',
  ])('refuses the malformed cursor %p', (cursor) => {
    expect(() => decodePosition(cursor)).toThrow(InvalidCursorError);
    expect(() => comparePositions(cursor, '1:1')).toThrow(InvalidCursorError);
  });

  it('refuses a non-string cursor', () => {
    expect(() => decodePosition(42 as never)).toThrow(InvalidCursorError);
  });

  it('refuses to encode a position outside the unsigned 64-bit range', () => {
    expect(() => encodePosition({ commit: -1n, prepare: 0n })).toThrow(RangeError);
    expect(() => encodePosition({ commit: 0n, prepare: MAX_LOG_OFFSET + 1n })).toThrow(RangeError);
    expect(() => encodePosition({ commit: 1 as never, prepare: 1n })).toThrow(RangeError);
  });

  it('orders by commit position, then by prepare position, numerically', () => {
    expect(comparePositions('9:9', '10:10')).toBeLessThan(0);
    expect(comparePositions('10:10', '9:9')).toBeGreaterThan(0);
    expect(comparePositions('10:3', '10:4')).toBeLessThan(0);
    expect(comparePositions('11:0', '10:99')).toBeGreaterThan(0);
    expect(comparePositions('10:4', '10:4')).toBe(0);
    const big = MAX_LOG_OFFSET;
    expect(compareRawPositions({ commit: big - 1n, prepare: big }, { commit: big, prepare: 0n })).toBeLessThan(0);
  });

  it('reads an absent or null cursor as the start of the log', () => {
    expect(decodeAfter(undefined)).toBeNull();
    expect(decodeAfter(null)).toBeNull();
    expect(decodeAfter('7:7')).toEqual({ commit: 7n, prepare: 7n });
    expect(() => decodeAfter('7')).toThrow(InvalidCursorError);
  });
});
