import { parseCsv } from './csv';

describe('reading the vendored CSV files', () => {
  it('keys each row by the header, keeping Arabic and empty fields as written', () => {
    expect(parseCsv('code,name_ar,cercle\n03.171,الحاجب,\n')).toEqual([{ code: '03.171', name_ar: 'الحاجب', cercle: '' }]);
  });

  it('reads quoted fields with commas, quotes and line breaks, and CRLF line ends', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([{ a: 'x, y', b: 'say "hi"\nthere' }]);
  });

  it('refuses a row that does not fit the header', () => {
    expect(() => parseCsv('a,b\n1\n')).toThrow('CSV line 2 has 1 fields, the header 2');
  });
});
