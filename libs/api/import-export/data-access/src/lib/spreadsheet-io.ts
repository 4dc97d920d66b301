import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { Readable } from 'node:stream';
import { neutraliseFormula, restoreNeutralisedFormula } from '@waymark/api/shared/util';
import { CsvEncoding, decodeCsvText } from './text-encoding';
import { assertXlsxWithinLimits, tooManyRows, XLSX_LIMITS } from './upload-limits/xlsx-limits';

export type SpreadsheetFormat = 'xlsx' | 'csv';

export function formatOf(fileName: string): SpreadsheetFormat | null {
  const lower = fileName.toLowerCase().trim();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  return null;
}

/** ISO date of an Excel date cell; Excel stores wall-clock dates as UTC midnight. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/** Rows of cell text (see readSpreadsheetFile). */
export async function readSpreadsheet(fileName: string, content: Buffer): Promise<string[][]> {
  return (await readSpreadsheetFile(fileName, content)).rows;
}

export interface SpreadsheetText {
  readonly rows: string[][];
  /** The text encoding a CSV was read in (see decodeCsvText); null for an .xlsx (always Unicode). */
  readonly encoding: CsvEncoding | null;
}

/**
 * Rows of cell text from the first worksheet of an .xlsx (a merged cell's value repeated in its other cells) or
 * from a .csv (encoding detected, BOM, CRLF, quoted line breaks handled), one entry per row of the file so row
 * numbers stay the file's. Files over the upload limits (XLSX_LIMITS) throw SpreadsheetRefused before they are parsed.
 */
export async function readSpreadsheetFile(fileName: string, content: Buffer): Promise<SpreadsheetText> {
  const format = formatOf(fileName);
  if (format === 'xlsx') {
    assertXlsxWithinLimits(content);
    const workbook = new ExcelJS.Workbook();
    // read() rather than load(): exceljs declares a global `Buffer extends ArrayBuffer` that no Node Buffer satisfies.
    await workbook.xlsx.read(Readable.from([content]));
    const sheet = workbook.worksheets.find((ws) => ws.state === 'visible') ?? workbook.worksheets[0];
    if (!sheet) return { rows: [], encoding: null };
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        // A merged cell's other cells carry the master's value in exceljs; Excel users expect them blank-and-repeated, same thing.
        cells[colNumber - 1] = restoreNeutralisedFormula(
          cell.isMerged && cell.master !== cell ? cellText(cell.master.value) : cellText(cell.value),
        );
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    });
    return { rows: Array.from(rows, (r) => r ?? []), encoding: null };
  }
  if (format === 'csv') {
    const { text, encoding } = decodeCsvText(content);
    // Guessed without blank lines (a trailing or spacer line defeats Papa's guess), then parsed keeping them, so row numbers stay the file's.
    const delimiter =
      Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimiter: '', preview: 50 }).meta.delimiter || ',';
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter, preview: XLSX_LIMITS.maxRows + 2 });
    if (parsed.data.length > XLSX_LIMITS.maxRows + 1) throw tooManyRows(XLSX_LIMITS.maxRows);
    return { rows: parsed.data.map((row) => row.map((c) => restoreNeutralisedFormula(c ?? ''))), encoding };
  }
  throw new Error(`Unsupported file type: ${fileName}`);
}

const safeCells = (cells: readonly string[]): string[] => cells.map(neutraliseFormula);

export interface SheetOptions {
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly columnWidths?: readonly number[];
  /** Second worksheet with guidance: [column, description] pairs. */
  readonly guidance?: readonly (readonly string[])[];
}

/** An .xlsx with a bold frozen header row and filters; every cell written as text so dates stay ISO. */
export async function writeXlsx(options: SheetOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waymark';
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(safeCells(options.headers)).font = { bold: true };
  for (const row of options.rows) sheet.addRow(safeCells(row));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: options.headers.length } };
  options.headers.forEach((_, i) => {
    sheet.getColumn(i + 1).width = options.columnWidths?.[i] ?? 20;
  });
  if (options.guidance) {
    const help = workbook.addWorksheet('Guidance');
    help.addRow(['Column', 'What to write']).font = { bold: true };
    for (const row of options.guidance) help.addRow(safeCells(row));
    help.getColumn(1).width = 26;
    help.getColumn(2).width = 100;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV with a BOM (so Excel reads UTF-8) and CRLF line ends. */
export function writeCsv(headers: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const text = Papa.unparse(
    { fields: safeCells(headers), data: rows.map(safeCells) },
    { newline: '\r\n', quotes: false },
  );
  return Buffer.from('\uFEFF' + text + '\r\n', 'utf8');
}
