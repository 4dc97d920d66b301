// `node tools/scripts/run-ts.mjs tools/scripts/report-lane-wait.ts [--copies 150] [--workers 1]`: how long a small
// CSV (the York example, ~6 KB) waits while a large PDF prints, on the report worker pool with real threads
// and Chromium. One general worker is what WAYMARK_REPORT_WORKERS defaults to on a 2-core machine.
import { parseArgs } from 'node:util';
import { ReportWorkerPool, type ReportFormat, type ReportJob } from '@waymark/api/reporting/data-access';
import { repeatedYorkSource, yorkExampleSource, type ReportSource } from '@waymark/shared/report-model';

const job = (source: ReportSource, format: ReportFormat): ReportJob => ({
  kind: 'board',
  source,
  options: { periodId: 'q2' },
  format,
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { copies: { type: 'string', default: '150' }, workers: { type: 'string', default: '1' } },
  });
  const big = repeatedYorkSource(Number(values.copies));
  const pool = new ReportWorkerPool(Number(values.workers));
  try {
    await pool.warm();
    const pdfStarted = performance.now();
    const pdf = pool
      .render(job(big, 'pdf'))
      .then((file) => ({ ms: performance.now() - pdfStarted, bytes: file.bytes.length }));
    // The PDF is printing when the CSV is asked for, as when one person exports the plan and another a CSV.
    await new Promise((done) => setTimeout(done, 1_000));
    const csvStarted = performance.now();
    const csv = await pool.render(job(yorkExampleSource(), 'csv'));
    const csvMs = performance.now() - csvStarted;
    const printed = await pdf;
    console.log(
      JSON.stringify({
        actions: big.actions.length,
        pdfMs: Math.round(printed.ms),
        pdfBytes: printed.bytes,
        csvBytes: csv.bytes.length,
        csvWaitMs: Math.round(csvMs),
      }),
    );
  } finally {
    await pool.close();
  }
}

main().catch((error: unknown) => {
  console.error('report-lane-wait failed:', error);
  process.exit(1);
});
