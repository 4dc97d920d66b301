import { Rag } from '@waymark/shared/domain';
import { RAG_TREND_COLUMNS, ragTrendCells, ragTrendTables, type BoardReport } from '@waymark/shared/report-model';
import { HeadingLevel, Paragraph, Table, TableRow, WidthType } from 'docx';
import { gridCell, heading, text } from './docx-blocks';

/** The RAG trend: a small table per theme (and one for the whole strategy), a row per period. */
export function ragTrendParagraphs(report: BoardReport, usable: number): Array<Paragraph | Table> {
  const trend = report.ragTrend;
  if (!trend) return [];
  const out: Array<Paragraph | Table> = [heading(trend.heading, HeadingLevel.HEADING_2)];
  if (trend.periods.length === 0) return [...out, text('No reporting period has started yet.')];
  const widths = RAG_TREND_COLUMNS.map(
    (_, i) => Math.floor(usable / (RAG_TREND_COLUMNS.length + 1)) * (i === 0 ? 2 : 1),
  );
  const headRag: Array<Rag | null> = [null, Rag.Red, Rag.Amber, Rag.Green, null, null];
  const cell = gridCell(widths);
  for (const table of ragTrendTables(trend)) {
    out.push(
      heading(table.heading, HeadingLevel.HEADING_3),
      new Table({
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        rows: [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: RAG_TREND_COLUMNS.map((h, i) => cell(h, i, true, true, headRag[i])),
          }),
          ...table.rows.map(
            (row) =>
              new TableRow({
                cantSplit: true,
                children: [row.periodName, ...ragTrendCells(row.share)].map((v, i) => cell(v, i, i === 0)),
              }),
          ),
        ],
      }),
    );
  }
  return out;
}
