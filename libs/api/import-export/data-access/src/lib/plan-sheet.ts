import { deserialize, serialize } from 'node:v8';
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

/**
 * A read sheet as the import passes it on: what the API thread needs of it to load the records planning reads, and
 * the sheet itself. From the import worker the sheet comes serialised (its buffer transferred, not cloned) and goes
 * back the same way to be planned: the API thread never builds its thousands of row objects.
 */
export interface ReadSheet {
  /** Lead officers' e-mail addresses, lower case: people outside the partnership are read by these. */
  readonly leadOfficerEmails: readonly string[];
  readonly hasObjectives: boolean;
  readonly sheet: PlanSheetFile | Uint8Array;
}

export function readSheetOf(sheet: PlanSheetFile, serialised: boolean): ReadSheet {
  return {
    leadOfficerEmails: [...new Set(sheet.actions.map((a) => a.leadOfficer?.email).filter((e): e is string => !!e))],
    hasObjectives: sheet.objectives.length > 0,
    sheet: serialised ? new Uint8Array(serialize(sheet)) : sheet,
  };
}

export function planSheetOf(read: ReadSheet): PlanSheetFile {
  return read.sheet instanceof Uint8Array ? (deserialize(read.sheet) as PlanSheetFile) : read.sheet;
}
