import { buildBoardReport, generatedPlanSource, type BoardReportOptions } from '@waymark/shared/report-model';
import { strandedPageEnds } from './page-ends';
import { docxToPdf, pdfPages } from './paged-text';
import { PdfPrinter } from './pdf';
import { renderReport } from './render-report';

// Rendered to pages as an officer reads them: the app's own PDF (Chromium) and the Word file printed by LibreOffice.
// No page may end with a heading or a table's header row. The 600-action plan runs in `npm run test:pages`.
const OPTIONS: BoardReportOptions = {
  periodId: 'q2',
  generatedOn: '2015-10-20',
  columns: ['lead', 'due', 'rag'],
  includeIndicators: true,
};

describe.each([25, 100])('page ends of a %i-action board report', (actions) => {
  const source = generatedPlanSource(actions, actions);
  const model = buildBoardReport(source, OPTIONS);
  const printer = new PdfPrinter();
  afterAll(() => printer.close());

  it('the PDF keeps every heading and header row with the rows that follow', async () => {
    const html = await renderReport({ kind: 'board', source, options: OPTIONS, format: 'html' });
    const pages = pdfPages(await printer.print(Buffer.from(html.bytes).toString('utf8'), model.landscape));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join('')).toContain(model.sections[model.sections.length - 1].heading.slice(0, 30));
    expect(strandedPageEnds(model, pages)).toEqual([]);
  });

  it('the Word file, printed by LibreOffice, keeps every heading and header row with the rows that follow', async () => {
    const docx = await renderReport({ kind: 'board', source, options: OPTIONS, format: 'docx' });
    const pages = pdfPages(docxToPdf(docx.bytes));
    expect(pages.length).toBeGreaterThan(1);
    expect(strandedPageEnds(model, pages)).toEqual([]);
  });
});
