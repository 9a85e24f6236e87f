import { canonicalJson, canonicalJsonOfPlain } from './canonical-json';

describe('canonical JSON', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ unitPath: '/pam', actor: 'a' })).toBe(canonicalJson({ actor: 'a', unitPath: '/pam' }));
  });

  it('sorts keys by UTF-16 code units, so Arabic keys follow Latin ones', () => {
    expect(canonicalJson({ 'مفتاح': 1, z: 2, A: 3 })).toBe('{"A":3,"z":2,"مفتاح":1}');
  });

  it('keeps Arabic, combining marks and emoji as their own UTF-8 bytes, never \\u-escaped', () => {
    const text = 'مُحَمَّد \u200Fالحاجب 🇲🇦';
    const canonical = canonicalJson({ text });

    expect(canonical).toBe(`{"text":"${text}"}`);
    expect(Buffer.from(canonical, 'utf8').includes(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('escapes only what JSON requires: quotes, backslashes and control characters', () => {
    expect(canonicalJson('a"b\\c\n\u0000\t')).toBe('"a\\"b\\\\c\\n\\u0000\\t"');
  });

  it('writes numbers in their shortest round-trip form', () => {
    expect(canonicalJson([0, -0, 1.5, 1e21, 100, -3])).toBe('[0,0,1.5,1e+21,100,-3]');
  });

  it('leaves out members whose value is undefined, as the stored text does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it.each([NaN, Infinity, 10n, () => 1, Symbol('s')])('refuses %p, which no stored JSON holds', (value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  describe('of plain data, in one pass', () => {
    const plain: unknown[] = [
      null,
      'نص',
      0,
      1e21,
      -3.5,
      [],
      {},
      { b: [1, 'ب', null, { z: false, y: [] }], a: { 'مفتاح': 'x', A: '"\\\n' } },
      Object.assign(Object.create(null) as object, { b: 1, a: 2 }),
      { b: 1, 10: 2, 9: 3 },
      JSON.parse('{"__proto__": {"b": 1, "a": 2}}'),
    ];

    it.each(plain)('writes %p exactly as canonicalJson does', (value) => {
      expect(canonicalJsonOfPlain(value)).toBe(canonicalJson(value));
    });

    it.each([
      ['a Date', { when: new Date(0) }],
      ['an undefined member', { a: undefined }],
      ['undefined in an array', [1, undefined]],
      ['a hole', [1, , 3]],
      ['-0, which reads back as 0', { n: -0 }],
      ['a non-finite number', [NaN]],
      ['a toJSON', { toJSON: () => 1 }],
      ['a class instance', new (class Point { x = 1; })()],
      ['a boxed string', { s: new String('x') }],
    ])('declines %s, leaving it to canonicalJson', (_, value) => {
      expect(canonicalJsonOfPlain(value)).toBeNull();
    });
  });
});
