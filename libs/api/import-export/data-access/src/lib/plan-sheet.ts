import { stripControlCharactersFromText } from '@waymark/api/shared/util';
import { type ParsedPlanSheet, parsePlanSheet } from '@waymark/shared/plan-template';
import { formatOf, readSpreadsheetFile } from './spreadsheet-io';
import { CsvEncoding } from './text-encoding';
import { SpreadsheetRefused } from './upload-limits/xlsx-limits';

/** A file that cannot be imported as it is; the message is for the person who uploaded it. */
export class SpreadsheetUnreadable extends Error {
  override readonly name = 'SpreadsheetUnreadable';
}

/** A parsed plan and how its file was read. */
export interface PlanSheetFile extends ParsedPlanSheet {
  /** A CSV's text encoding; null for an .xlsx. */
  readonly encoding: CsvEncoding | null;
}

/**
 * The plan in an .xlsx or .csv: within the upload limits (XLSX_LIMITS), cells cleaned of control characters as
 * at the API's validation pipe, rows parsed against the template. CPU- and memory-heavy: the API runs it in the
 * import worker. Refusals and unreadable files throw SpreadsheetUnreadable with a message for the uploader.
 */
export async function readPlanSheet(fileName: string, content: Buffer): Promise<PlanSheetFile> {
  const format = formatOf(fileName);
  if (!format) throw new SpreadsheetUnreadable('Upload an Excel workbook (.xlsx) or a CSV file (.csv).');
  try {
    const { rows, encoding } = await readSpreadsheetFile(fileName, content);
    return { ...parsePlanSheet(rows.map((row) => row.map(stripControlCharactersFromText))), encoding };
  } catch (error) {
    // Parser messages are for developers; the person uploading gets the refusal's reason or a plain one.
    throw new SpreadsheetUnreadable(
      error instanceof SpreadsheetRefused
        ? error.message
        : `The file could not be read as ${format === 'xlsx' ? 'an Excel workbook (.xlsx)' : 'CSV'}: it is damaged or in another format.`,
    );
  }
}
