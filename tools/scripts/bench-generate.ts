// `npm run bench:generate -- --actions 600 [--periods 8] [--seed 1]`: migrates and writes a deterministic
// benchmark partnership into DATABASE_URL, or the embedded PostgreSQL in WAYMARK_DATA_DIR (default .data/postgres).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, resolveDatabaseUrl } from '@waymark/api/database';
import { generateBenchData } from '@waymark/api/demo-data';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      actions: { type: 'string', default: '600' },
      periods: { type: 'string', default: '8' },
      seed: { type: 'string', default: '1' },
    },
  });
  const actions = Number(values.actions);
  const periods = Number(values.periods);
  const seed = Number(values.seed);
  if (!Number.isInteger(actions) || actions < 1) throw new Error('--actions must be a positive whole number');
  if (!Number.isInteger(periods) || periods < 2) throw new Error('--periods must be a whole number, at least 2');
  const database = await resolveDatabaseUrl();
  const dataSource = new DataSource(buildDataSourceOptions({ url: database.url }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const started = Date.now();
    const result = await generateBenchData(dataSource, { actions, periods, seed });
    console.log(JSON.stringify({ ...result, ms: Date.now() - started }, null, 2));
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error('bench:generate failed:', error);
  process.exit(1);
});
