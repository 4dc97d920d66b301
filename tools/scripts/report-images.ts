// `npm run docs:report-images`: the README's pictures of the board report, rendered as an officer gets them: the
// Word file (with a cover report) printed to PDF by LibreOffice headless, and the app's own PDF (Chromium), each
// page 1 (and the first table page) turned into PNG by poppler's pdftoppm. Writes docs/images/board-report-*.png.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxToPdf, pdfPagePng, PdfPrinter, renderReport } from '@waymark/api/reporting/data-access';
import { yorkExampleSource, type BoardReportOptions, type ReportSource } from '@waymark/shared/report-model';

const OUT = join(__dirname, '../../docs/images');

/** The York example with the plan's own refs and progress written in paragraphs and bullets. */
function source(): ReportSource {
  const york = yorkExampleSource();
  return {
    ...york,
    actions: york.actions.map((a, i) => ({ ...a, ref: `HC-${i + 1}` })),
    updates: york.updates.map((u) =>
      u.actionId === 't1o1a1' && u.periodId === 'q2'
        ? {
            ...u,
            narrative:
              'Training was developed and rolled out in 2014 after launch of the strategy.\n\nThis quarter:\n- 40 frontline staff trained\n- two sessions for school governors\n- an e-learning module agreed with the police',
          }
        : u,
    ),
  };
}

const OPTIONS: BoardReportOptions = {
  periodId: 'q2',
  generatedOn: '2015-10-20',
  columns: ['lead', 'due', 'rag'],
  cover: {
    committee: 'Safer York Partnership Board',
    meetingOn: '2015-11-12',
    author: 'Jo Hughes, Community Safety Officer',
    contactOfficer: 'Jo Hughes, jo.hughes@york.example, 01904 000000',
    purpose: 'To update the Board on the implementation of the Hate Crime Strategy in the second quarter of 2015-16.',
    recommendations: [
      'Note the progress made against each Strategic Aim.',
      'Agree the revised timetable for third party reporting centres.',
    ],
    background:
      'The strategy was adopted in 2013 after consultation with communities of interest.\n\nThe Board receives an update every quarter.',
  },
  closing: { heading: 'Next steps', text: 'The next update goes to the Board in February 2016.' },
};

async function main(): Promise<void> {
  const docx = await renderReport({ kind: 'board', source: source(), options: OPTIONS, format: 'docx' });
  const wordPdf = docxToPdf(docx.bytes);
  writeFileSync(join(OUT, 'board-report-word.png'), pdfPagePng(wordPdf, 1, 60));
  writeFileSync(join(OUT, 'board-report-word-table.png'), pdfPagePng(wordPdf, 2, 60));
  const html = await renderReport({ kind: 'board', source: source(), options: OPTIONS, format: 'html' });
  const printer = new PdfPrinter();
  try {
    const pdf = await printer.print(Buffer.from(html.bytes).toString('utf8'), html.landscape);
    writeFileSync(join(OUT, 'board-report-pdf.png'), pdfPagePng(pdf, 1, 60));
    writeFileSync(join(OUT, 'board-report-pdf-table.png'), pdfPagePng(pdf, 2, 60));
  } finally {
    await printer.close();
  }
  console.log(
    `Wrote board-report-word.png, board-report-word-table.png, board-report-pdf.png, board-report-pdf-table.png in ${OUT}`,
  );
}

main().catch((error: unknown) => {
  console.error('docs:report-images failed:', error);
  process.exit(1);
});
