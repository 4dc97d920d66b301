// `npm run bench:search`: action search at 6,000 actions (8 quarters of 300–400 character narratives, so 48,000
// updates), on a fresh embedded PostgreSQL in a temporary folder. Runs the real ActionSearchService 100 times over a
// mix of searches (title words, references, narrative words, a phrase, a common word matching most narratives) and
// prints, per search and overall, the median and p95 wall time of one search (every statement it makes, in process,
// no HTTP). Target: < 100 ms. Also the CPU time of one search (PostgreSQL's server processes plus this process, read
// from /proc on Linux): wall time on a shared machine measures the other work too, CPU time much less so.
import 'reflect-metadata';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, resolveDatabaseUrl } from '@waymark/api/database';
import { generateBenchData } from '@waymark/api/demo-data';
import { ActionFilterService, ActionSearchService } from '@waymark/api/strategy/data-access';

const ACTIONS = 6_000;
const RUNS = 100;
const QUERIES = [
  'referral pathway',
  '1.2.3',
  '4.1.7',
  'schools engagement',
  '"information sharing agreement"',
  'funding',
  'vacancies',
  'victim -schools',
  'social media campaign',
  'evaluation spring',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (values: number[], p: number) =>
  Number(
    percentile(
      [...values].sort((a, b) => a - b),
      p,
    ).toFixed(1),
  );

/** Parent pid and CPU time (user + system, ms) of a process, from /proc (Linux; clock ticks assumed 100 a second). */
function processCpu(pid: number): { ppid: number; cpuMs: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * 10 };
  } catch {
    return null;
  }
}

/** CPU time so far of every server process of the PostgreSQL whose postmaster is `postmaster`, plus this process. */
function cpuNow(postmaster: number | null): number {
  const own = process.cpuUsage();
  let total = (own.user + own.system) / 1000;
  if (postmaster === null) return total;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const proc = processCpu(Number(entry));
    if (proc?.ppid === postmaster) total += proc.cpuMs;
  }
  return total;
}

async function main(): Promise<void> {
  // --data-dir <dir>: keep the generated database there and reuse it on the next run (generating takes minutes).
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } });
  const keep = values['data-dir'];
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'waymark-bench-search-'));
  const reuse = keep !== undefined && existsSync(join(dir, 'pg'));
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777); // initdb runs as the postgres user when the bench runs as root
  const database = await resolveDatabaseUrl({ url: undefined, embeddedDataDir: join(dir, 'pg') });
  const dataSource = new DataSource(buildDataSourceOptions({ url: database.url, statementTimeoutMs: 120_000 }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    if (!reuse) {
      await generateBenchData(dataSource, { actions: ACTIONS, periods: 8, seed: 1 });
      await dataSource.query('ANALYZE');
    }
    // The bench partnership's delivery lead (the generated account), found again when the database is reused.
    const [person]: Array<{ personId: string; partnershipId: string; fullName: string }> = await dataSource.query(
      `SELECT p.id AS "personId", p.partnership_id AS "partnershipId", p.full_name AS "fullName"
       FROM person p JOIN strategy s ON s.partnership_id = p.partnership_id ORDER BY p.created_at, p.id LIMIT 1`,
    );
    const [{ actions, updates }]: Array<{ actions: number; updates: number }> = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM action a JOIN strategy s ON s.id = a.strategy_id WHERE s.partnership_id = $1) AS actions,
              (SELECT count(*)::int FROM progress_update u JOIN action a ON a.id = u.action_id JOIN strategy s ON s.id = a.strategy_id WHERE s.partnership_id = $1) AS updates`,
      [person.partnershipId],
    );
    const actor = {
      accountId: person.personId,
      personId: person.personId,
      partnershipId: person.partnershipId,
      fullName: person.fullName,
      isAdministrator: false,
      groupIds: [],
      reviewerOfStrategyIds: [],
      deliveryGroupIds: [],
    };
    const search = new ActionSearchService(dataSource, new ActionFilterService(dataSource));
    const [{ pid }]: Array<{ pid: number }> = await dataSource.query(`SELECT pg_backend_pid() AS pid`);
    const postmaster = existsSync('/proc/self/stat') ? (processCpu(pid)?.ppid ?? null) : null;
    for (const query of QUERIES) await search.search(actor, query); // warm the caches and the connection pool
    const wall: number[] = [];
    const cpu: number[] = [];
    const perQuery = new Map<string, { total: number; wall: number[]; cpu: number[] }>();
    for (let i = 0; i < RUNS; i++) {
      const query = QUERIES[i % QUERIES.length];
      const cpuBefore = cpuNow(postmaster);
      const started = performance.now();
      const result = await search.search(actor, query);
      const wallMs = performance.now() - started;
      const cpuMs = cpuNow(postmaster) - cpuBefore;
      wall.push(wallMs);
      cpu.push(cpuMs);
      const row = perQuery.get(query) ?? { total: result.total, wall: [], cpu: [] };
      row.wall.push(wallMs);
      row.cpu.push(cpuMs);
      perQuery.set(query, row);
    }
    const load = existsSync('/proc/loadavg')
      ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
      : 'unknown';
    console.log(
      `Action search: ${actions} actions, ${updates} updates (one partnership), ${RUNS} searches, load average ${load}`,
    );
    console.table(
      [...perQuery].map(([query, row]) => ({
        query,
        'matching actions': row.total,
        'median ms': ms(row.wall, 50),
        'p95 ms': ms(row.wall, 95),
        'CPU median ms': ms(row.cpu, 50),
        'CPU p95 ms': ms(row.cpu, 95),
      })),
    );
    console.log(`wall: median ${ms(wall, 50)} ms, p95 ${ms(wall, 95)} ms, max ${ms(wall, 100)} ms (target < 100 ms)`);
    console.log(`CPU (PostgreSQL + Node): median ${ms(cpu, 50)} ms, p95 ${ms(cpu, 95)} ms, max ${ms(cpu, 100)} ms`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('bench:search failed:', error);
  process.exit(1);
});
