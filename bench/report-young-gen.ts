// Export time and RSS of the report worker with and without a young-generation cap (issue 17 item 4, `idlemem`).
// `node tools/scripts/run-ts.mjs bench/report-young-gen.ts [--copies 30] [--rounds 3] [--caps 0,16]`
// (`npx nx build api` first: the built dist/apps/api/report-worker.js runs, as in production). Per round and cap,
// interleaved: a fresh one-worker pool, warmed, then one DOCX and one PDF of `copies` × the York example
// (20 actions each: 30 copies = 600 actions); prints ms of each and the process RSS after them. Cap 0 = no cap.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ReportWorkerPool } from '@waymark/api/reporting/data-access';
import { repeatedYorkSource } from '@waymark/shared/report-model';

const { values } = parseArgs({
  options: {
    copies: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '3' },
    caps: { type: 'string', default: '0,16' },
  },
});
const workerFile = join(process.cwd(), 'dist/apps/api/report-worker.js');
if (!existsSync(workerFile)) throw new Error(`${workerFile} is missing: npx nx build api first`);
const source = repeatedYorkSource(Number(values.copies));
const periodId = source.periods[source.periods.length - 1]?.id;
const caps = values.caps.split(',').map(Number);

async function once(cap: number): Promise<string> {
  const pool = new ReportWorkerPool(1, 300_000, {
    workerFile,
    smallLane: false,
    preloadPdfDriver: true,
    youngGenerationMb: cap > 0 ? cap : undefined,
  });
  try {
    await pool.warm();
    const timed = async (format: 'docx' | 'pdf') => {
      const started = performance.now();
      await pool.render({ kind: 'board', source, options: { periodId }, format });
      return performance.now() - started;
    };
    const docx = await timed('docx');
    const pdf = await timed('pdf');
    const rss = process.memoryUsage().rss / 1024 / 1024;
    return `cap ${cap || 'none'}: docx ${docx.toFixed(0)} ms, pdf ${pdf.toFixed(0)} ms, RSS ${rss.toFixed(0)} MB, load ${loadavg()[0].toFixed(1)}`;
  } finally {
    await pool.close();
  }
}

async function main(): Promise<void> {
  console.log(`${source.actions.length} actions`);
  for (let round = 1; round <= Number(values.rounds); round++)
    for (const cap of round % 2 ? caps : [...caps].reverse()) console.log(`round ${round} ${await once(cap)}`);
}

void main();
