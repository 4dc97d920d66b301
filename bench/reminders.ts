// `npm run bench:reminders` (also the last part of `npm run bench`): one reminder cycle for a partnership of
// 6,000 actions and 500 lead officers, every action owed, on a fresh embedded PostgreSQL in a temporary folder.
// Runs the real ReminderRun on each step's day and reports SQL statements per step (BEGIN/COMMIT counted) and
// database time: the sum of every statement's execution time as the driver measured it, beside the step's wall time.
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbstractLogger, DataSource, type LogLevel, type LogMessage } from 'typeorm';
import { buildDataSourceOptions, resolveDatabaseUrl } from '@waymark/api/database';
import { generateBenchData } from '@waymark/api/demo-data';
import { REMINDER_CANDIDATES_SQL, ReminderRun } from '@waymark/api/reminders/data-access';

const ACTIONS = 6_000;
const PEOPLE = 500;

/** Counts statements and sums their execution time (TypeORM reports the time of every statement over 0 ms). */
class StatementClock extends AbstractLogger {
  statements = 0;
  ms = 0;
  override logQuery(): void {
    this.statements += 1;
  }
  override logQuerySlow(time: number): void {
    this.ms += time;
  }
  reset(): void {
    this.statements = 0;
    this.ms = 0;
  }
  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // measuring only
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-reminders-'));
  chmodSync(dir, 0o777); // initdb runs as the postgres user when the bench runs as root
  const database = await resolveDatabaseUrl({ url: undefined, embeddedDataDir: join(dir, 'pg') });
  const clock = new StatementClock();
  const dataSource = new DataSource({
    ...buildDataSourceOptions({ url: database.url, statementTimeoutMs: 120_000 }),
    logger: clock,
    logging: ['query'],
    maxQueryExecutionTime: 1e-9,
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const generated = await generateBenchData(dataSource, { actions: ACTIONS, periods: 2, seed: 1 });
    const [{ partnership_id: partnershipId }]: Array<{ partnership_id: string }> = await dataSource.query(
      `SELECT partnership_id FROM person WHERE id = $1`,
      [generated.account.personId],
    );
    // 500 lead officers, each leading 12 actions; a new open quarter (deadline 15 July 2026) where every update is owed.
    await dataSource.query(
      `INSERT INTO person (partnership_id, full_name, email)
       SELECT $1, 'Bench Lead ' || n, 'bench-lead-' || n || '@bench.example.org' FROM generate_series(1, $2::int - (SELECT count(*) FROM person WHERE partnership_id = $1)::int) n`,
      [partnershipId, PEOPLE],
    );
    await dataSource.query(
      `WITH people AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM person WHERE partnership_id = $1),
            actions AS (SELECT a.id, row_number() OVER (ORDER BY a.id) - 1 AS n FROM action a JOIN strategy s ON s.id = a.strategy_id WHERE s.partnership_id = $1)
       UPDATE action a SET lead_person_id = p.id, starts_on = NULL, lifecycle_status = 'in_progress', archived_at = NULL
         FROM actions x JOIN people p ON p.n = x.n % $2 WHERE a.id = x.id`,
      [partnershipId, PEOPLE],
    );
    await dataSource.query(
      `UPDATE reporting_period rp SET state = 'signed_off' FROM strategy s WHERE s.id = rp.strategy_id AND s.partnership_id = $1`,
      [partnershipId],
    );
    await dataSource.query(
      `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline)
       SELECT id, 'Bench Q1 2026/27', '2026-04-01', '2026-06-30', '2026-07-15' FROM strategy WHERE partnership_id = $1`,
      [partnershipId],
    );
    const [{ actions, people }]: Array<{ actions: number; people: number }> = await dataSource.query(
      `SELECT count(*)::int AS actions, count(DISTINCT lead_person_id)::int AS people FROM action a JOIN strategy s ON s.id = a.strategy_id WHERE s.partnership_id = $1`,
      [partnershipId],
    );
    const run = new ReminderRun(dataSource, 'https://waymark.example.org');
    const rows: Array<Record<string, string | number>> = [];
    for (const [step, day] of [
      ['reminder', '2026-07-08'],
      ['chaser', '2026-07-15'],
      ['second chaser', '2026-07-18'],
      ['escalation', '2026-07-22'],
      ['(nothing due: already sent)', '2026-07-23'],
    ] as const) {
      clock.reset();
      const started = performance.now();
      const result = await run.run(new Date(`${day}T09:00:00+01:00`), { dryRun: false, partnershipId });
      rows.push({
        step,
        messages: result.messages,
        'SQL statements': clock.statements,
        'database ms': Math.round(clock.ms),
        'wall ms': Math.round(performance.now() - started),
      });
    }
    if (process.argv.includes('--explain')) {
      const plan: Array<{ 'QUERY PLAN': string }> = await dataSource.query(
        `EXPLAIN (ANALYZE, BUFFERS) ${REMINDER_CANDIDATES_SQL}`,
        [new Date('2026-07-23T09:00:00+01:00').toISOString(), partnershipId, 3],
      );
      console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
    }
    console.log(`Reminder run: ${actions} actions owed by ${people} lead officers (one partnership)`);
    console.table(rows);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('bench:reminders failed:', error);
  process.exit(1);
});
