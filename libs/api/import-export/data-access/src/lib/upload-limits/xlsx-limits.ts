import {
  inflateEntry,
  readCentralDirectory,
  TooManyZipEntries,
  UnreadableZip,
  ZipEntry,
} from './zip-central-directory';

export const XLSX_LIMITS = {
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxEntries: 1000,
  /** Above this ratio an entry of at least `ratioCheckedFromBytes` is taken for a zip bomb. */
  maxCompressionRatio: 100,
  ratioCheckedFromBytes: 1024 * 1024,
  maxRows: 20_000,
  maxColumns: 100,
} as const;

/** A file refused before parsing; the message is for the person who uploaded it. */
export class SpreadsheetRefused extends Error {}

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Checks an .xlsx before exceljs unzips and parses it (on the event loop, all in memory): the central
 * directory's sizes, entry count and compression ratios first (no decompression, so a zip bomb is refused
 * in milliseconds), then every entry inflated with its declared size as a hard cap, and each worksheet's
 * rows and columns counted from its XML.
 */
export function assertXlsxWithinLimits(content: Buffer, limits = XLSX_LIMITS): void {
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(content, limits.maxEntries);
  } catch (error) {
    if (error instanceof TooManyZipEntries) {
      throw new SpreadsheetRefused(
        `The workbook holds ${error.count} parts (at most ${limits.maxEntries}); re-save it in Excel or export it as CSV.`,
      );
    }
    throw error instanceof UnreadableZip ? damaged() : error;
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new SpreadsheetRefused(
      `The workbook unpacks to ${MB(total)} (at most ${MB(limits.maxUncompressedBytes)}); a plan is far smaller. Remove other sheets or export it as CSV.`,
    );
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= limits.ratioCheckedFromBytes && ratio > limits.maxCompressionRatio) {
      throw new SpreadsheetRefused(
        `The workbook was refused: its part ${entry.name} is compressed ${Math.round(ratio)}:1 (at most ${limits.maxCompressionRatio}:1), the mark of a zip bomb. Re-save it in Excel and try again.`,
      );
    }
  }
  try {
    for (const entry of entries) {
      const data = inflateEntry(content, entry);
      if (WORKSHEET.test(entry.name)) assertSheetSize(data.toString('utf8'), limits);
    }
  } catch (error) {
    throw error instanceof UnreadableZip ? damaged() : error;
  }
}

/** The largest row number and column a worksheet's XML addresses, against the caps. */
function assertSheetSize(xml: string, limits: { maxRows: number; maxColumns: number }): void {
  let rows = 0;
  let lastRow = 0;
  for (const match of xml.matchAll(/<(?:\w+:)?row\b([^>]*)>/g)) {
    rows++;
    lastRow = Math.max(lastRow, rows, Number(/\br="(\d+)"/.exec(match[1])?.[1] ?? 0));
    if (lastRow > limits.maxRows) throw tooManyRows(limits.maxRows);
  }
  for (const match of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]+)\d+"/g)) {
    if (columnNumber(match[1]) > limits.maxColumns)
      throw new SpreadsheetRefused(`The sheet uses more than ${limits.maxColumns} columns.`);
  }
}

export function tooManyRows(maxRows: number): SpreadsheetRefused {
  return new SpreadsheetRefused(
    `The sheet has more than ${maxRows.toLocaleString('en-GB')} rows; a plan has one row per action and period.`,
  );
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

function damaged(): SpreadsheetRefused {
  return new SpreadsheetRefused(
    'The file could not be read as an Excel workbook (.xlsx): it is damaged or is not really an .xlsx file. Open it in Excel, save it as .xlsx and try again.',
  );
}
