/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes
 * doubled, lines end in CRLF. A byte order mark leads, so spreadsheet programs
 * read Arabic text as UTF-8 instead of mangling it.
 */
export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';

const field = (value: CsvValue): string => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = typeof value === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const toCsv = (header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string =>
  BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';

/** A file name that says what was exported: sijill-fes-meknes-meetingsHeld-2021-06.csv */
export const csvFileName = (...parts: string[]): string =>
  `${['sijill', ...parts].map((part) => part.replace(/[^\p{L}\p{N}-]+/gu, '-')).join('-')}.csv`;
