import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { parseTextBlocks, type BoardReport, type ColumnKey, type ReportRow } from '@waymark/shared/report-model';
import { BORDERS, ragShading, text } from './docx-blocks';
import { DocxText } from './docx-text';
import { RAG_TEXT } from './rag-colours';
import { REPORT_STYLE } from './report-style';
import { xmlSafe as x } from './text-safety';
import { wrappedLines } from './wrapped-height';

const COLUMN_WEIGHT: Record<ColumnKey, number> = {
  objective: 3,
  action: 4,
  progress: 6,
  lead: 2.4,
  due: 1.7,
  rag: 1.8,
  history: 2.6,
};
/** Arial 11 averages about 110 twips a character; a line with Word's spacing about 260 twips. */
const CHAR_TWIPS = 110;
const LINE_TWIPS = 260;

function bodyCell(words: DocxText, row: ReportRow, key: ColumnKey, width: number): TableCell | null {
  const base = { borders: BORDERS, width: { size: width, type: WidthType.DXA } };
  switch (key) {
    case 'objective':
      return row.objective
        ? new TableCell({
            ...base,
            rowSpan: row.objective.rowSpan,
            children: [text(row.objective.title, { bold: true })],
          })
        : null;
    case 'action':
      return new TableCell({
        ...base,
        children: [
          new Paragraph({ children: [new TextRun({ text: `${row.number} `, bold: true }), new TextRun(x(row.title))] }),
        ],
      });
    case 'progress': {
      const marker = row.progress.marker
        ? [new Paragraph({ children: [new TextRun({ text: `[${row.progress.marker}]`, bold: true })] })]
        : [];
      const paragraphs = words.paragraphs(parseTextBlocks(row.progress.text), {
        style: { italics: row.progress.state === 'missing' },
      });
      return new TableCell({
        ...base,
        children: [...marker, ...(paragraphs.length ? paragraphs : [new Paragraph({})])],
      });
    }
    case 'lead':
      return new TableCell({ ...base, children: [text(row.lead ?? '')] });
    case 'due':
      return new TableCell({ ...base, children: [text(`${row.dueLabel ?? ''}${row.overdue ? ' (overdue)' : ''}`)] });
    case 'rag':
      return new TableCell({
        ...base,
        shading: ragShading(row.rag),
        children: [
          new Paragraph({
            children: [new TextRun({ text: row.ragLabel ?? row.lifecycleLabel, bold: !!row.rag, color: RAG_TEXT })],
          }),
        ],
      });
    case 'history':
      return new TableCell({
        ...base,
        children: row.ragHistory.map(
          (h) =>
            new Paragraph({
              children: [
                new TextRun({ text: `${x(h.periodName)}: ` }),
                new TextRun({ text: h.label, bold: !!h.rag, color: RAG_TEXT, shading: ragShading(h.rag) }),
              ],
            }),
        ),
      });
  }
}

/** Estimated height of a row in twips: its tallest cell. */
function rowHeight(report: BoardReport, row: ReportRow, widths: readonly number[]): number {
  const texts: Record<ColumnKey, string> = {
    objective: row.objective?.title ?? '',
    action: `${row.number} ${row.title}`,
    progress: `${row.progress.marker ? `[${row.progress.marker}]\n` : ''}${row.progress.text}`,
    lead: row.lead ?? '',
    due: row.dueLabel ?? '',
    rag: row.ragLabel ?? row.lifecycleLabel,
    history: row.ragHistory.map((h) => `${h.periodName}: ${h.label}`).join('\n'),
  };
  return (
    Math.max(...report.columns.map((c, i) => wrappedLines(texts[c.key], (widths[i] - 216) / CHAR_TWIPS))) * LINE_TWIPS +
    120
  );
}

export function boardTable(
  report: BoardReport,
  words: DocxText,
  rows: readonly ReportRow[],
  usable: number,
  pageHeight: number,
): Table {
  const total = report.columns.reduce((sum, c) => sum + COLUMN_WEIGHT[c.key], 0);
  const widths = report.columns.map((c) => Math.floor((COLUMN_WEIGHT[c.key] / total) * usable));
  // The header row repeats on every page and keeps with the first row ("keep with next" on its paragraphs).
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: report.columns.map(
      (c, i) =>
        new TableCell({
          borders: BORDERS,
          width: { size: widths[i], type: WidthType.DXA },
          shading: { fill: REPORT_STYLE.headerFill, type: ShadingType.CLEAR, color: 'auto' },
          children: [text(c.heading, { bold: true, keepNext: true })],
        }),
    ),
  });
  // A row is kept whole unless it is taller than most of a page (a row that cannot split and does not fit is cut off).
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: rowHeight(report, row, widths) < pageHeight * 0.8,
        children: report.columns
          .map((c, i) => bodyCell(words, row, c.key, widths[i]))
          .filter((cell): cell is TableCell => cell !== null),
      }),
  );
  return new Table({ rows: [header, ...body], columnWidths: widths, width: { size: usable, type: WidthType.DXA } });
}
