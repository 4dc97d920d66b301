import { buildBoardReport, generatedPlanSource, type BoardReportOptions } from '@waymark/shared/report-model';
import { strandedPageEnds } from './page-ends';
import { docxToPdf, pdfPages } from './paged-text';
import { PdfPrinter } from './pdf';
import { renderReport } from './render-report';

// As page-layout.spec.ts, for a 600-action plan (`npm run test:pages`; minutes on a busy two-core machine).
const OPTIONS: BoardReportOptions = {
  periodId: 'q2',
  generatedOn: '2015-10-20',
  columns: ['lead', 'due', 'rag'],
  includeIndicators: true,
};

describe('page ends of a 600-action board report', () => {
  const source = generatedPlanSource(600, 600);
  const model = buildBoardReport(source, OPTIONS);

  it('the PDF keeps every heading and header row with the rows that follow', async () => {
    const printer = new PdfPrinter();
    try {
      const html = await renderReport({ kind: 'board', source, options: OPTIONS, format: 'html' });
      const pages = pdfPages(await printer.print(Buffer.from(html.bytes).toString('utf8'), model.landscape));
      expect(pages.length).toBeGreaterThan(50);
      expect(strandedPageEnds(model, pages)).toEqual([]);
    } finally {
      await printer.close();
    }
  });

  it('the Word file, printed by LibreOffice, keeps every heading and header row with the rows that follow', async () => {
    const docx = await renderReport({ kind: 'board', source, options: OPTIONS, format: 'docx' });
    const pages = pdfPages(docxToPdf(docx.bytes));
    expect(pages.length).toBeGreaterThan(50);
    expect(strandedPageEnds(model, pages)).toEqual([]);
  });
});
