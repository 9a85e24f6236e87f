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
      return quote(value);
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

// What JSON.stringify would escape: quotes, backslashes, control characters, and surrogates (a lone one is \u-escaped).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a string, without its call overhead for the usual string that needs no escape. */
export const quote = (text: string): string => (NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`);

// Built by concatenation, not map/join: join flattens a long Arabic member at every level.
const canonicalArray = (items: readonly unknown[]): string => {
  let text = '[';
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    text += `${index === 0 ? '' : ','}${item === undefined ? 'null' : canonicalJson(item)}`;
  }
  return `${text}]`;
};

const canonicalObject = (object: Record<string, unknown>): string => {
  const keys = Object.keys(object).sort();
  let text = '{';
  for (const key of keys) {
    const value = object[key];
    if (value === undefined) continue;
    text += `${text.length === 1 ? '' : ','}${quote(key)}:${canonicalJson(value)}`;
  }
  return `${text}}`;
};

/**
 * The canonical JSON of a value that is already plain JSON data (what JSON.parse
 * returns), in one pass and without first normalising it through JSON; null when
 * it is not plain (a toJSON, a Date, undefined, -0, a hole, a class instance …),
 * and the caller then normalises first. For plain data it equals canonicalJson.
 */
export const canonicalJsonOfPlain = (value: unknown): string | null => {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0) ? JSON.stringify(value) : null;
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? plainArray(value) : plainObject(value);
    default:
      return null;
  }
};

const plainArray = (items: readonly unknown[]): string | null => {
  if (Object.getPrototypeOf(items) !== Array.prototype) return null;
  let text = '[';
  for (let index = 0; index < items.length; index++) {
    if (!(index in items)) return null;
    const item = canonicalJsonOfPlain(items[index]);
    if (item === null) return null;
    text += index === 0 ? item : `,${item}`;
  }
  return `${text}]`;
};

const plainObject = (object: object): string | null => {
  const prototype = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) return null;
  const keys = Object.keys(object).sort();
  let text = '{';
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const member = canonicalJsonOfPlain((object as Record<string, unknown>)[key]);
    if (member === null) return null;
    text += (index === 0 ? '' : ',') + memberPrefix(key) + member;
  }
  return `${text}}`;
};

// Events of a type repeat the same keys: each is quoted once, up to a bound a stream of odd keys cannot pass.
const quotedKeys = new Map<string, string>();

const memberPrefix = (key: string): string => {
  let prefix = quotedKeys.get(key);
  if (prefix === undefined) {
    prefix = `${quote(key)}:`;
    if (quotedKeys.size < 10_000) quotedKeys.set(key, prefix);
  }
  return prefix;
};
