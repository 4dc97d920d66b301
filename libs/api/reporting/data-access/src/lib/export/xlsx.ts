import ExcelJS from 'exceljs';
import { Rag, RAG_LABEL } from '@waymark/shared/domain';
import { RAG_FILL, RAG_TEXT } from './rag-colours';
import { neutraliseFormula } from '@waymark/api/shared/util';
import { xmlSafe } from './text-safety';
import { wrappedLines } from './wrapped-height';

/** Points per line of wrapped Calibri 11, and characters per unit of column width (text averages narrower than "0"). */
const LINE_POINTS = 15;
const CHARS_PER_WIDTH = 1.15;

const RAG_BY_LABEL = new Map<string, Rag>(Object.entries(RAG_LABEL).map(([rag, label]) => [label, rag as Rag]));

export interface SheetSpec {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly widths: readonly number[];
  /** Columns (0-based) whose cells hold a RAG word to fill with its colour. */
  readonly ragColumns: readonly number[];
  /** Columns holding ISO dates, written as real dates. */
  readonly dateColumns?: readonly number[];
}

/** One worksheet per spec: bold frozen header, autofilter, wrapped text, RAG cells filled (word kept). */
export async function renderXlsx(title: string, sheets: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waymark';
  workbook.title = xmlSafe(title);
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.headers.map((header, i) => ({ header, width: spec.widths[i] ?? 20 }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F2F1' } };
    for (const values of spec.rows) {
      const row = sheet.addRow(
        values.map((v, i) =>
          spec.dateColumns?.includes(i) && /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? new Date(`${v}T00:00:00Z`)
            : xmlSafe(neutraliseFormula(v)),
        ),
      );
      row.alignment = { vertical: 'top', wrapText: true };
      // Excel and LibreOffice do not grow a row for wrapped text written by a library: give it the height it needs.
      const lines = Math.max(1, ...values.map((v, i) => wrappedLines(v, (spec.widths[i] ?? 20) * CHARS_PER_WIDTH)));
      if (lines > 1) row.height = lines * LINE_POINTS;
      for (const c of spec.ragColumns) {
        const rag = RAG_BY_LABEL.get(values[c]);
        if (!rag) continue;
        const cell = row.getCell(c + 1);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${RAG_FILL[rag]}` } };
        cell.font = { bold: true, color: { argb: `FF${RAG_TEXT}` } };
      }
      for (const c of spec.dateColumns ?? []) row.getCell(c + 1).numFmt = 'dd mmm yyyy';
    }
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, spec.rows.length + 1), column: spec.headers.length },
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
