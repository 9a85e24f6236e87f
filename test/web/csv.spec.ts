import { csvFileName, toCsv } from '../../web/src/lib/csv';

describe('CSV export', () => {
  it('starts with a byte order mark and ends every line with CRLF, as spreadsheet programs expect', () => {
    expect(toCsv(['period', 'meetings'], [['2021-06', 1]])).toBe('\uFEFFperiod,meetings\r\n2021-06,1\r\n');
  });

  it('keeps Arabic text as it is and quotes what would break a field', () => {
    const csv = toCsv(['الفترة', 'note'], [['يونيو 2021', 'a "quoted", multi\nline']]);
    expect(csv).toBe('\uFEFFالفترة,note\r\nيونيو 2021,"a ""quoted"", multi\nline"\r\n');
  });

  it('leaves absent figures empty and defuses text a spreadsheet would run as a formula', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, '=SUM(A1)', -1]])).toBe('\uFEFFa,b,c,d\r\n,,\'=SUM(A1),-1\r\n');
  });

  it('names the file after what it holds', () => {
    expect(csvFileName('fes-meknes', 'meetingsHeld', '2021-06', 'DAY')).toBe('sijill-fes-meknes-meetingsHeld-2021-06-DAY.csv');
    expect(csvFileName('unit/with spaces')).toBe('sijill-unit-with-spaces.csv');
  });
});
