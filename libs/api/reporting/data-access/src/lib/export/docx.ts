import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import {
  CHANGE_SECTIONS,
  changeRef,
  COVER_SECTIONS,
  CORRECTIONS_HEADING,
  coverDetails,
  parseTextBlocks,
  type BoardReport,
  type ChangesReport,
} from '@waymark/shared/report-model';
import { BORDERS, heading, text } from './docx-blocks';
import { boardTable } from './docx-board-table';
import { appendixTable } from './docx-indicator-appendix';
import { ragTrendParagraphs } from './docx-rag-trend';
import { DOCX_NUMBERING, DocxText } from './docx-text';
import { REPORT_STYLE } from './report-style';
import { xmlSafe as x } from './text-safety';
import { BUILT_IN_PAGE, type PageGeometry } from './word-template';

const A4 = { width: BUILT_IN_PAGE.width, height: BUILT_IN_PAGE.height };
const MARGIN = BUILT_IN_PAGE.left; // 2 cm
function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
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

const headingStyle = (points: number) => ({
  run: { font: REPORT_STYLE.font, size: points * 2, bold: true, color: REPORT_STYLE.headingColour },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
});

function document(title: string, sections: ISectionOptions[]): Document {
  return new Document({
    creator: 'Waymark',
    title: x(title),
    numbering: DOCX_NUMBERING,
    styles: {
      default: {
        document: {
          run: { font: REPORT_STYLE.font, size: REPORT_STYLE.size.body * 2, color: REPORT_STYLE.textColour },
        },
        title: headingStyle(REPORT_STYLE.size.title),
        heading1: headingStyle(REPORT_STYLE.size.heading1),
        heading2: headingStyle(REPORT_STYLE.size.heading2),
        heading3: headingStyle(REPORT_STYLE.size.heading3),
      },
    },
    sections,
  });
}

/** The cover report: details, purpose, numbered recommendations and background, before the tables. */
function coverParagraphs(report: BoardReport, words: DocxText): Paragraph[] {
  const cover = report.cover;
  if (!cover) return [];
  const out: Paragraph[] = coverDetails(cover).map(
    ([label, value]) =>
      new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(x(value))] }),
  );
  if (cover.purpose)
    out.push(
      heading(COVER_SECTIONS.purpose, HeadingLevel.HEADING_2),
      ...words.paragraphs(parseTextBlocks(cover.purpose)),
    );
  if (cover.recommendations.length) {
    out.push(
      heading(COVER_SECTIONS.recommendations, HeadingLevel.HEADING_2),
      ...words.list('numbered', cover.recommendations),
    );
  }
  if (cover.background)
    out.push(
      heading(COVER_SECTIONS.background, HeadingLevel.HEADING_2),
      ...words.paragraphs(parseTextBlocks(cover.background)),
    );
  return out;
}

/**
 * Editable Word document in York's shape: the cover report, then Word-numbered headings (one list through headings
 * and commentary, so inserting a paragraph renumbers), one real table per theme with merged objective cells and a
 * repeating header row, headings kept with their tables.
 */
export async function renderBoardDocx(report: BoardReport, page: PageGeometry = BUILT_IN_PAGE): Promise<Buffer> {
  // Table widths fit the page the report is printed on: the built-in A4, or a council template's (turned when wide).
  const wide = report.landscape || page.width > page.height;
  const usable =
    (wide ? Math.max(page.width, page.height) : Math.min(page.width, page.height)) - page.left - page.right;
  const pageHeight =
    (wide ? Math.min(page.width, page.height) : Math.max(page.width, page.height)) - page.top - page.bottom;
  const words = new DocxText();
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, keepNext: true, children: [new TextRun({ text: x(report.title) })] }),
    text(
      `${report.period.name} · ${report.dateLabel}${report.edition ? ` · ${report.edition.label}` : ''}${report.onlyExceptions ? ' · Exceptions only (red, amber, overdue or missing update)' : ''}`,
    ),
    ...coverParagraphs(report, words),
  ];
  if (report.introduction) children.push(...words.paragraphs(parseTextBlocks(report.introduction)));
  if (report.corrections.length) {
    children.push(heading(CORRECTIONS_HEADING, HeadingLevel.HEADING_2));
    for (const c of report.corrections)
      children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(x(c.text))] }));
  }
  if (report.sections.length) children.push(heading(report.levelHeading, HeadingLevel.HEADING_1));
  for (const s of report.sections) {
    children.push(heading(s.heading, HeadingLevel.HEADING_2, true));
    if (s.rows.length) children.push(boardTable(report, words, s.rows, usable, pageHeight));
    else children.push(text(s.emptyMessage ?? '', { italics: true }));
    for (const p of s.commentary) children.push(...words.numbered(p.text));
  }
  if (report.closing) {
    if (report.closing.heading) children.push(heading(report.closing.heading, HeadingLevel.HEADING_2));
    children.push(...words.paragraphs(parseTextBlocks(report.closing.text)));
  }
  children.push(...ragTrendParagraphs(report, usable));
  const appendix = appendixTable(report, usable);
  if (report.appendix && appendix) children.push(heading(report.appendix.heading, HeadingLevel.HEADING_2), appendix);
  return Packer.toBuffer(document(report.title, [section(report.landscape, children)]));
}

export async function renderChangesDocx(report: ChangesReport): Promise<Buffer> {
  const usable = A4.height - 2 * MARGIN;
  const cell = (value: string, bold = false) =>
    new TableCell({ borders: BORDERS, children: [text(value, { bold, keepNext: bold })] });
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: x(report.title) })] }),
    text(`${report.period.name} · ${report.dateLabel}`),
    heading('RAG distribution', HeadingLevel.HEADING_2),
    new Table({
      width: { size: usable, type: WidthType.DXA },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: ['Theme', 'Red', 'Amber', 'Green', 'Not rated'].map((h) => cell(h, true)),
        }),
        ...report.distribution.map(
          (d) =>
            new TableRow({
              children: [
                cell(d.heading),
                ...(['red', 'amber', 'green', 'notRated'] as const).map((k) =>
                  cell(`${d.now[k]} (was ${d.previous ? d.previous[k] : '–'})`),
                ),
              ],
            }),
        ),
      ],
    }),
  ];
  for (const [key, title] of CHANGE_SECTIONS) {
    const items = report[key];
    children.push(heading(`${title} (${items.length})`, HeadingLevel.HEADING_2));
    if (!items.length) {
      children.push(text('None.'));
      continue;
    }
    children.push(
      new Table({
        width: { size: usable, type: WidthType.DXA },
        rows: [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: ['Ref', 'Action', 'Lead', 'Change'].map((h) => cell(h, true)),
          }),
          ...items.map(
            (i) =>
              new TableRow({
                cantSplit: true,
                children: [cell(changeRef(i)), cell(i.title), cell(i.lead ?? ''), cell(i.detail)],
              }),
          ),
        ],
      }),
    );
  }
  return Packer.toBuffer(document(report.title, [section(true, children)]));
}
