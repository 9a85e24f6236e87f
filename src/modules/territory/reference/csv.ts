/**
 * Rows of a small CSV file with a header line, as records keyed by column name.
 * Quoted fields (with "" for a quote) are read too, though the vendored files
 * need none today.
 */
export const parseCsv = (text: string): Array<Record<string, string>> => {
  const lines = records(text.replace(/^\uFEFF/, ''));
  const [header, ...rows] = lines;
  if (!header) return [];
  return rows
    .filter((row) => !(row.length === 1 && row[0] === ''))
    .map((row, index) => {
      if (row.length !== header.length) throw new Error(`CSV line ${index + 2} has ${row.length} fields, the header ${header.length}`);
      return Object.fromEntries(header.map((name, column) => [name, row[column]!]));
    });
};

const records = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
};
