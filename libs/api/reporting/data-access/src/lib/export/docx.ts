import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { CHANGE_SECTIONS, CORRECTIONS_HEADING, type BoardReport, type ChangesReport, type ColumnKey, type ReportRow } from '@waymark/shared/report-model';
import { Rag } from '@waymark/shared/domain';
import { RAG_FILL, RAG_TEXT } from './rag-colours';
import { xmlSafe as x } from './text-safety';

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const COLUMN_WEIGHT: Record<ColumnKey, number> = { objective: 3, action: 4, progress: 6, lead: 2.4, due: 1.7, rag: 1.8, history: 2.6 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '505A5F' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function text(value: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: x(value), ...options })] });
}

function numbered(number: number, value: string, heading = false): Paragraph {
  return new Paragraph({
    heading: heading ? HeadingLevel.HEADING_2 : undefined,
    indent: { left: 567, hanging: 567 },
    spacing: { before: 200, after: 120 },
    children: [new TextRun({ text: `${number}.`, bold: heading }), new TextRun({ text: '\t' }), new TextRun({ text: x(value), bold: heading })],
  });
}

function ragShading(rag: Rag | null) {
  return rag ? { fill: RAG_FILL[rag], type: ShadingType.CLEAR, color: 'auto' } : undefined;
}

function bodyCell(report: BoardReport, row: ReportRow, key: ColumnKey, width: number): TableCell | null {
  const base = { borders: BORDERS, width: { size: width, type: WidthType.DXA } };
  switch (key) {
    case 'objective':
      return row.objective ? new TableCell({ ...base, rowSpan: row.objective.rowSpan, children: [text(row.objective.title)] }) : null;
    case 'action':
      return new TableCell({ ...base, children: [new Paragraph({ children: [new TextRun({ text: `${row.number} `, bold: true }), new TextRun(x(row.title))] })] });
    case 'progress': {
      const runs = [
        ...(row.progress.marker ? [new TextRun({ text: `[${row.progress.marker}] `, bold: true })] : []),
        new TextRun({ text: x(row.progress.text), italics: row.progress.state === 'missing' }),
      ];
      return new TableCell({ ...base, children: [new Paragraph({ children: runs })] });
    }
    case 'lead':
      return new TableCell({ ...base, children: [text(row.lead ?? '')] });
    case 'due':
      return new TableCell({ ...base, children: [text(`${row.dueLabel ?? ''}${row.overdue ? ' (overdue)' : ''}`)] });
    case 'rag':
      return new TableCell({
        ...base,
        shading: ragShading(row.rag),
        children: [new Paragraph({ children: [new TextRun({ text: row.ragLabel ?? row.lifecycleLabel, bold: !!row.rag, color: RAG_TEXT })] })],
      });
    case 'history':
      return new TableCell({
        ...base,
        children: row.ragHistory.map(
          (h) => new Paragraph({ children: [new TextRun({ text: `${x(h.periodName)}: ` }), new TextRun({ text: h.label, bold: !!h.rag, color: RAG_TEXT, shading: ragShading(h.rag) })] }),
        ),
      });
  }
  void report;
  return null;
}

function boardTable(report: BoardReport, rows: readonly ReportRow[], usable: number): Table {
  const total = report.columns.reduce((sum, c) => sum + COLUMN_WEIGHT[c.key], 0);
  const widths = report.columns.map((c) => Math.floor((COLUMN_WEIGHT[c.key] / total) * usable));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: report.columns.map(
      (c, i) =>
        new TableCell({
          borders: BORDERS,
          width: { size: widths[i], type: WidthType.DXA },
          shading: { fill: 'F3F2F1', type: ShadingType.CLEAR, color: 'auto' },
          children: [text(c.heading, { bold: true })],
        }),
    ),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: report.columns.map((c, i) => bodyCell(report, row, c.key, widths[i])).filter((cell): cell is TableCell => cell !== null),
      }),
  );
  return new Table({ rows: [header, ...body], columnWidths: widths, width: { size: usable, type: WidthType.DXA } });
}

function footer(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })],
  });
}

function section(landscape: boolean, children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: { ...A4, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    footers: { default: footer() },
    children,
  };
}

function document(title: string, sections: ISectionOptions[]): Document {
  return new Document({
    creator: 'Waymark',
    title: x(title),
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections,
  });
}

/** Editable Word document in York's shape: numbered headings, one real table per theme, merged objective cells. */
export async function renderBoardDocx(report: BoardReport): Promise<Buffer> {
  const usable = (report.landscape ? A4.height : A4.width) - 2 * MARGIN;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: x(report.title) })] }),
    text(`${report.period.name} · ${report.dateLabel}${report.edition ? ` · ${report.edition.label}` : ''}${report.onlyExceptions ? ' · Exceptions only (red, amber, overdue or missing update)' : ''}`),
  ];
  if (report.introduction) children.push(text(report.introduction));
  if (report.corrections.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(CORRECTIONS_HEADING)] }));
    for (const c of report.corrections) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(x(c.text))] }));
  }
  for (const s of report.sections) {
    children.push(numbered(s.paragraphNumber, s.heading, true));
    if (s.rows.length) children.push(boardTable(report, s.rows, usable));
    else children.push(text(s.emptyMessage ?? '', { italics: true }));
    for (const p of s.commentary) children.push(numbered(p.number, p.text));
  }
  if (report.appendix) {
    const a = report.appendix;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(a.heading)] }));
    const headings = ['Indicator', 'Direction', 'Baseline', 'Target', ...a.periods.map((p) => p.name), 'Meets target'];
    const cell = (value: string, bold = false) => new TableCell({ borders: BORDERS, children: [text(value, { bold })] });
    children.push(
      new Table({
        width: { size: usable, type: WidthType.DXA },
        rows: [
          new TableRow({ tableHeader: true, children: headings.map((h) => cell(h, true)) }),
          ...a.rows.map(
            (r) =>
              new TableRow({
                children: [
                  cell(`${r.name}${r.unit ? ` (${r.unit})` : ''}`),
                  cell(r.directionLabel),
                  cell(r.baseline === null ? '' : String(r.baseline)),
                  cell(r.target === null ? '' : String(r.target)),
                  ...r.values.map((v) => cell(v === null ? '' : String(v))),
                  cell(r.meetsTarget === null ? '' : r.meetsTarget ? 'Yes' : 'No'),
                ],
              }),
          ),
        ],
      }),
    );
  }
  return Packer.toBuffer(document(report.title, [section(report.landscape, children)]));
}

export async function renderChangesDocx(report: ChangesReport): Promise<Buffer> {
  const usable = A4.height - 2 * MARGIN;
  const cell = (value: string, bold = false) => new TableCell({ borders: BORDERS, children: [text(value, { bold })] });
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: x(report.title) })] }),
    text(`${report.period.name} · ${report.dateLabel}`),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('RAG distribution')] }),
    new Table({
      width: { size: usable, type: WidthType.DXA },
      rows: [
        new TableRow({ tableHeader: true, children: ['Theme', 'Red', 'Amber', 'Green', 'Not rated'].map((h) => cell(h, true)) }),
        ...report.distribution.map(
          (d) =>
            new TableRow({
              children: [
                cell(d.heading),
                ...(['red', 'amber', 'green', 'notRated'] as const).map((k) => cell(`${d.now[k]} (was ${d.previous ? d.previous[k] : '–'})`)),
              ],
            }),
        ),
      ],
    }),
  ];
  for (const [key, heading] of CHANGE_SECTIONS) {
    const items = report[key];
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${heading} (${items.length})`)] }));
    if (!items.length) {
      children.push(text('None.'));
      continue;
    }
    children.push(
      new Table({
        width: { size: usable, type: WidthType.DXA },
        rows: [
          new TableRow({ tableHeader: true, children: ['Ref', 'Action', 'Lead', 'Change'].map((h) => cell(h, true)) }),
          ...items.map((i) => new TableRow({ children: [cell(i.reference), cell(i.title), cell(i.lead ?? ''), cell(i.detail)] })),
        ],
      }),
    );
  }
  return Packer.toBuffer(document(report.title, [section(true, children)]));
}
