/**
 * Canonical JSON for hashing, after RFC 8785 (JSON Canonicalization Scheme) as it
 * applies to the values the store keeps (plain JSON from JSON.parse):
 * - object members sorted by key, comparing UTF-16 code units (JavaScript's
 *   default sort, which is what RFC 8785 prescribes); members whose value is
 *   undefined are left out, as JSON.stringify leaves them out of the stored text;
 * - no whitespace anywhere; arrays keep their order;
 * - strings as JSON.stringify writes them: `"` `\` and U+0000–U+001F escaped,
 *   everything else (Arabic included) as its own UTF-8 bytes, never \u-escaped;
 * - numbers as JSON.stringify writes them (the shortest round-trip form).
 * The result is hashed as UTF-8, so the same text always gives the same bytes.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Cannot canonicalize the number ${value}: JSON has no such value`);
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    default:
      throw new TypeError(`Cannot canonicalize a ${typeof value}: only JSON values are stored`);
  }
};

const canonicalArray = (items: readonly unknown[]): string =>
  `[${items.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;

const canonicalObject = (object: Record<string, unknown>): string => {
  const members = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`);
  return `{${members.join(',')}}`;
};
