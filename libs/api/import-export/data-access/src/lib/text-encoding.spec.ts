import { readSpreadsheetFile } from './spreadsheet-io';
import { decodeCsvText } from './text-encoding';

describe('reading a CSV’s text encoding', () => {
  const text = 'Theme,Action\r\nCohesion,Café – phase 2\r\n';

  it('takes bytes that are not valid UTF-8 as Windows-1252, as Excel on Windows saves CSV', () => {
    expect(decodeCsvText(Buffer.from([0x91, 0x71, 0x92, 0x20, 0x96]))).toEqual({
      text: '‘q’ –',
      encoding: 'windows-1252',
    });
    expect(decodeCsvText(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toEqual({
      text: 'Café €',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-8 with and without a byte order mark, and UTF-16 by its byte order mark', () => {
    expect(decodeCsvText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsvText(Buffer.from('\uFEFF' + text, 'utf8'))).toEqual({ text, encoding: 'utf-8-bom' });
    expect(decodeCsvText(Buffer.from('\uFEFF' + text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsvText(Buffer.from('\uFEFF' + text, 'utf16le').swap16())).toEqual({ text, encoding: 'utf-16be' });
  });

  it('splits a tab-separated UTF-16 file (Excel’s Unicode Text) into cells', async () => {
    const file = await readSpreadsheetFile(
      'plan.csv',
      Buffer.from('\uFEFFTheme\tAction\r\nCohesion\tCafé – phase 2\r\n', 'utf16le'),
    );
    expect(file.encoding).toBe('utf-16le');
    expect(file.rows.slice(0, 2)).toEqual([
      ['Theme', 'Action'],
      ['Cohesion', 'Café – phase 2'],
    ]);
  });
});
