// `NODE_OPTIONS=--expose-gc node tools/scripts/run-ts.mjs tools/scripts/strategies-list-bench.ts [--statement-timeout-ms 5000]`:
// statements, time and heap of the `strategies` list loaded whole (what `{ strategies { id } }` did before) and as a
// summary, for the partnership with the most actions in DATABASE_URL or the embedded PostgreSQL in WAYMARK_DATA_DIR
// (fill it with `npm run bench:generate`).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, resolveDatabaseUrl, StatementCounter } from '@waymark/api/database';
import { StrategyTreeService } from '@waymark/api/strategy/data-access';
import type { Actor } from '@waymark/api/shared/util';

async function main(): Promise<void> {
  // The app's limit by default: a whole load that exceeds it is what a request would get.
  const { values } = parseArgs({ options: { 'statement-timeout-ms': { type: 'string', default: '5000' } } });
  const statementTimeoutMs = Number(values['statement-timeout-ms']);
  const database = await resolveDatabaseUrl();
  const statements = new StatementCounter();
  const dataSource = new DataSource(
    buildDataSourceOptions({ url: database.url, logger: statements, statementTimeoutMs }),
  );
  try {
    await dataSource.initialize();
    const [largest] = (await dataSource.query(
      `SELECT s.partnership_id AS "partnershipId", count(a.id)::int AS actions FROM strategy s JOIN action a ON a.strategy_id = s.id
       WHERE s.archived_at IS NULL GROUP BY s.partnership_id ORDER BY actions DESC LIMIT 1`,
    )) as Array<{ partnershipId: string; actions: number }>;
    if (!largest) throw new Error('no strategy with actions: run `npm run bench:generate` first');
    const actor: Actor = {
      accountId: 'bench',
      personId: 'bench',
      partnershipId: largest.partnershipId,
      fullName: 'Bench',
      isAdministrator: true,
      groupIds: [],
      reviewerOfStrategyIds: [],
      deliveryGroupIds: [],
    };
    const trees = new StrategyTreeService(dataSource);
    for (const depth of ['whole', 'summary'] as const) {
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      statements.reset();
      const started = performance.now();
      const outcome = await trees.strategies(actor, depth).then(
        (list) => ({ strategies: list.length }),
        (error: Error) => ({ error: error.message }),
      );
      const ms = performance.now() - started;
      const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
      const rssMb = process.memoryUsage().rss / 1024 / 1024;
      console.log(
        JSON.stringify({
          depth,
          statementTimeoutMs,
          actions: largest.actions,
          ...outcome,
          statements: statements.statements,
          ms: Math.round(ms),
          heapGrowthMb: Math.round(heapMb),
          rssMb: Math.round(rssMb),
        }),
      );
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error('strategies-list-bench failed:', error);
  process.exit(1);
});
