// Measures importing a generated 600-action × 8-period plan (4,800 rows): dry run, apply, idempotent re-import,
// with the event-loop delay of this (the API's) thread meanwhile and the process's peak RSS.
// `npx node tools/scripts/run-ts.mjs libs/api/import-export/feature/src/cli/import-benchmark.ts [actions] [periods] [worker|thread]`
// `worker` (default) reads and plans in the import worker as the API does; `thread` does it all on this thread
// (the API before issue 11). Uses DATABASE_URL, else a throw-away embedded PostgreSQL.
import 'reflect-metadata';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, queryRows, startEmbeddedPostgres, type PartnershipRow } from '@waymark/api/database';
import {
  applyPlanImport,
  ImportWorkerPool,
  previewPlanImport,
  writeXlsx,
  type ImportOptions,
} from '@waymark/api/import-export/data-access';
import { TEMPLATE_HEADERS, toTemplateCells } from '@waymark/shared/plan-template';

const ACTIONS = Number(process.argv[2] ?? 600);
const PERIODS = Number(process.argv[3] ?? 8);
const MODE = process.argv[4] === 'thread' ? 'thread' : 'worker';
const RAGS = ['Green', 'Amber', 'Red'];
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

function quarter(i: number): string {
  const year = 2018 + Math.floor(i / 4);
  return `${year}/${String((year + 1) % 100).padStart(2, '0')} Q${(i % 4) + 1}`;
}

/** CPU ms so far of each PostgreSQL server process serving this database (Linux /proc; empty elsewhere). */
async function databaseCpuMs(dataSource: DataSource): Promise<Map<number, number>> {
  const rows = await queryRows<{ pid: number }>(
    dataSource,
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`,
  );
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS);
    } catch {
      // Not Linux, or the process has gone.
    }
  }
  return ticks;
}

async function measure<T>(label: string, dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  global.gc?.();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const db0 = await databaseCpuMs(dataSource);
  const result = await work();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const db1 = await databaseCpuMs(dataSource);
  const dbMs = [...db1].reduce((sum, [pid, after]) => sum + after - (db0.get(pid) ?? 0), 0);
  delay.disable();
  clearInterval(timer);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  const lag = (ns: number) => `${(ns / 1e6).toFixed(0)} ms`;
  console.log(
    `${label.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms (CPU: this process ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, PostgreSQL ${dbMs.toFixed(0)} ms)   event-loop delay p99 ${lag(delay.percentile(99))} max ${lag(delay.max)}   peak RSS ${mb(peakRss)}   peak heap (this thread) ${mb(peakHeap)}`,
  );
  return result;
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  for (let a = 0; a < ACTIONS; a++) {
    const theme = Math.floor(a / 100);
    const objective = Math.floor(a / 10);
    for (let p = 0; p < PERIODS; p++) {
      rows.push(
        toTemplateCells({
          themeNo: String(theme + 1),
          theme: `Theme ${theme + 1}: reduce harm in area ${theme + 1}`,
          objective: `Objective ${objective + 1}`,
          actionRef: `A-${a + 1}`,
          action: `Action ${a + 1}: deliver the commitment in full with partners`,
          leadOrganisation: `Organisation ${(a % 10) + 1}`,
          leadOfficer: `Officer ${(a % 40) + 1} <officer${(a % 40) + 1}@bench.example>`,
          deliveryGroup: `Delivery group ${(a % 5) + 1}`,
          supportingOrganisations: `Organisation ${((a + 3) % 10) + 1}; Organisation ${((a + 5) % 10) + 1}`,
          startDate: '2018-04-01',
          dueDate: '31/03/2021',
          status: 'In progress',
          rag: RAGS[(a + p) % 3],
          period: quarter(p),
          progress: `Quarter ${p + 1} update for action ${a + 1}: meetings held, referrals up, training delivered to ${10 + p} staff. Next steps agreed with the delivery group.`,
        }),
      );
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const file = join(dir, 'plan.xlsx');
  writeFileSync(file, await writeXlsx({ sheetName: 'Plan', headers: TEMPLATE_HEADERS, rows }));
  const content = readFileSync(file);
  console.log(
    `${ACTIONS} actions × ${PERIODS} periods = ${rows.length} rows; xlsx ${(content.length / 1024).toFixed(0)} KB`,
  );

  const pool = MODE === 'worker' ? new ImportWorkerPool({ heapMb: 256, perPartnershipLimit: 2 }) : null;
  console.log(`mode: ${MODE === 'worker' ? 'read and plan in the import worker (256 MB heap)' : 'all on this thread'}`);
  const embedded = process.env['DATABASE_URL']
    ? null
    : await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'waymark-bench-pg-')) });
  const dataSource = new DataSource({
    ...buildDataSourceOptions({ url: process.env['DATABASE_URL'] ?? (embedded?.url as string) }),
    extra: { statement_timeout: 120_000 },
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const [{ id: partnershipId }] = await queryRows<Pick<PartnershipRow, 'id'>>(
      dataSource,
      `INSERT INTO partnership (name) VALUES ('Benchmark ' || now()) RETURNING id`,
    );
    const request = {
      fileName: 'plan.xlsx',
      content,
      partnershipId,
      newStrategy: { title: 'Benchmark', startYear: 2018, endYear: 2021 },
      actorId: null,
    };
    const options: ImportOptions = pool ? { compute: pool.computeFor(partnershipId) } : {};
    // The API starts its import worker at start-up (ImportWorkerPool.warm): its start is not part of an import.
    await pool?.warm();
    global.gc?.();
    console.log(`before the first import: RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
    const preview = await measure('preview (new strategy)', dataSource, () =>
      previewPlanImport(dataSource, request, options),
    );
    if (preview.problems.length) throw new Error(JSON.stringify(preview.problems.slice(0, 5)));
    const applied = await measure('apply (new strategy)', dataSource, () =>
      applyPlanImport(dataSource, request, options),
    );
    console.log(applied.counts.map((c) => `${c.entity} +${c.created}`).join(', '));
    const again = { ...request, newStrategy: null, strategyId: applied.strategyId };
    await measure('preview (re-import)', dataSource, () => previewPlanImport(dataSource, again, options));
    const re = await measure('apply (re-import, no change)', dataSource, () =>
      applyPlanImport(dataSource, again, options),
    );
    console.log(`re-import: ${re.counts.reduce((n, c) => n + c.created + c.updated, 0)} changes`);
  } finally {
    await pool?.close();
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
