import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { yorkExampleSource, type BoardReportOptions, type ReportSource } from '@waymark/shared/report-model';
import { pdfPages } from './paged-text';
import { PdfPrinter } from './pdf';
import { renderReport, type ReportFormat } from './render-report';

const NARRATIVE = 'Training was rolled out.\n\nThis quarter:\n- 40 staff trained\n- two sessions for governors';
const OPTIONS: BoardReportOptions = {
  periodId: 'q2',
  generatedOn: '2015-10-20',
  includeIndicators: true,
  cover: {
    committee: 'Safer York Partnership Board',
    meetingOn: '2015-11-12',
    recommendations: ['Note the progress', 'Agree the timetable'],
  },
};

function source(): ReportSource {
  const york = yorkExampleSource();
  return {
    ...york,
    actions: york.actions.map((a, i) => ({ ...a, ref: `HC-${i + 1}` })),
    updates: york.updates.map((u) =>
      u.actionId === 't1o1a2' && u.periodId === 'q2'
        ? { ...u, narrative: NARRATIVE, reviewState: 'accepted' as never, validatedRag: u.proposedRag }
        : u,
    ),
    commentary: york.commentary.map((c, i) =>
      i === 0 ? { ...c, body: 'Social media use rose.\n\nPartners now post weekly.' } : c,
    ),
  };
}

const render = (format: ReportFormat) => renderReport({ kind: 'board', source: source(), options: OPTIONS, format });

describe('what every format carries: structure, cover, refs, appendix', () => {
  it('Word: real paragraphs and a Word bullet list in the progress cell; numbered recommendations before the tables', async () => {
    const xml = String(
      await (await JSZip.loadAsync((await render('docx')).bytes)).file('word/document.xml')?.async('string'),
    );
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    const find = (t: string) => paragraphs.find((p) => textOf(p) === t) ?? '';
    expect(find('Training was rolled out.')).not.toContain('<w:numPr>');
    expect(find('This quarter:')).not.toContain('<w:numPr>');
    const bullets = [find('40 staff trained'), find('two sessions for governors')];
    for (const b of bullets) expect(b).toContain('<w:numPr>');
    expect(new Set(bullets.map((b) => /<w:numId w:val="(\d+)"/.exec(b)?.[1])).size).toBe(1);
    // Commentary in two paragraphs: the first carries the report number, the second follows unnumbered.
    expect(find('Social media use rose.')).toContain('<w:numPr>');
    expect(find('Partners now post weekly.')).not.toContain('<w:numPr>');
    const recommendation = find('Agree the timetable');
    expect(recommendation).toContain('<w:numPr>');
    expect(xml.indexOf('Agree the timetable')).toBeLessThan(xml.indexOf('<w:tbl>'));
    expect(xml).toContain('12 Nov 2015');
  });

  it('PDF: the paragraphs and bullets on their own lines, the cover first', async () => {
    const html = Buffer.from((await render('html')).bytes).toString('utf8');
    expect(html).toContain(
      '<p>Training was rolled out.</p><p>This quarter:</p><ul><li>40 staff trained</li><li>two sessions for governors</li></ul>',
    );
    expect(html).toContain('<ol><li>Note the progress</li><li>Agree the timetable</li></ol>');
    const printer = new PdfPrinter();
    try {
      const text = pdfPages(await printer.print(html, false)).join('\n');
      const lines = text.split('\n').map((l) => l.trim());
      // Each paragraph and item starts its own line (before, the update ran on: "rolled out. This quarter: - 40 staff…").
      expect(lines.some((l) => l.endsWith('40 staff trained'))).toBe(true);
      expect(
        lines.some((l) => /rolled out\.\s+This quarter|This quarter:.*40 staff|40 staff trained.*two sessions/.test(l)),
      ).toBe(false);
      expect(text.indexOf('Safer York Partnership Board')).toBeLessThan(text.indexOf('Strategic Aims'));
    } finally {
      await printer.close();
    }
  });

  it('Excel: full numbers and plan refs, line breaks in cells, row heights, Commentary, Cover and Indicators sheets', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await render('xlsx')).bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Q2 2015-16', 'Commentary', 'Cover', 'Indicators']);
    const actions = book.worksheets[0];
    const row = actions.getRow(3);
    expect([row.getCell(3).value, row.getCell(4).value]).toEqual(['1.1 ii)', 'HC-2']);
    expect(row.getCell(10).value).toBe(
      'Training was rolled out.\n\nThis quarter:\n\n• 40 staff trained\n• two sessions for governors',
    );
    expect(row.height).toBeGreaterThanOrEqual(5 * 15);
    const commentary = book.getWorksheet('Commentary') as ExcelJS.Worksheet;
    expect(commentary.getRow(1).values).toEqual([undefined, 'Paragraph', 'Heading', 'Text']);
    expect(commentary.getRow(3).values).toEqual([
      undefined,
      '2',
      expect.stringMatching(/^Strategic Aim 1:/),
      'Social media use rose.\n\nPartners now post weekly.',
    ]);
    const indicators = book.getWorksheet('Indicators') as ExcelJS.Worksheet;
    expect(indicators.getRow(2).getCell(1).value).toBe('Hate crimes reported');
    expect(indicators.getRow(1).values).toEqual([
      undefined,
      'Indicator',
      'Unit',
      'Direction',
      'Baseline',
      'Target',
      'Q1 2015-16',
      'Q2 2015-16',
      'Meets target',
    ]);
    const cover = book.getWorksheet('Cover') as ExcelJS.Worksheet;
    expect(cover.getColumn(2).values).toContain('1. Note the progress\n2. Agree the timetable');
  });

  it('CSV: the full number and the plan ref on every action', async () => {
    const text = Buffer.from((await render('csv')).bytes).toString('utf8');
    expect(text).toContain(',1.1 ii),HC-2,');
    expect(text).toContain(
      '"Training was rolled out.\n\nThis quarter:\n\n• 40 staff trained\n• two sessions for governors"',
    );
  });
});
