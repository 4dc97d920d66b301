import { INDICATOR_STATUS_LABEL } from '@waymark/shared/domain';
import type { BoardReport } from '@waymark/shared/report-model';
import { Table, TableRow, WidthType } from 'docx';
import { gridCell } from './docx-blocks';
import { BAND_RAG } from './rag-colours';

/** The indicator appendix: a row per indicator, a column per period, figures shaded by their tolerance band. */
export function appendixTable(report: BoardReport, usable: number): Table | null {
  const a = report.appendix;
  if (!a) return null;
  const headings = ['Indicator', 'Direction', 'Baseline', 'Target', ...a.periods.map((p) => p.name), 'Meets target'];
  // The indicator's name gets the room; the figures share the rest.
  const weights = headings.map((_, i) => (i === 0 ? 4 : i === 1 ? 2 : 1.2));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const widths = weights.map((w) => Math.floor((w / total) * usable));
  const cell = gridCell(widths);
  const valueCell = (value: number | null, status: keyof typeof BAND_RAG | null, i: number) =>
    value === null
      ? cell('', i)
      : status
        ? cell(`${value} (${INDICATOR_STATUS_LABEL[status]})`, i, false, false, BAND_RAG[status])
        : cell(String(value), i);
  return new Table({
    width: { size: usable, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headings.map((h, i) => cell(h, i, true, true)) }),
      ...a.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [
              ...[
                `${r.name}${r.unit ? ` (${r.unit})` : ''}`,
                r.directionLabel,
                r.baseline === null ? '' : String(r.baseline),
                r.target === null ? '' : String(r.target),
              ].map((v, i) => cell(v, i)),
              ...r.values.map((v, i) => valueCell(v, r.statuses?.[i] ?? null, i + 4)),
              cell(r.meetsTarget === null ? '' : r.meetsTarget ? 'Yes' : 'No', headings.length - 1),
            ],
          }),
      ),
    ],
  });
}
