import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { resolveDatabaseUrl, type ResolvedDatabase } from './resolve-database-url';

export interface CliDatabaseOptions {
  /** Apply pending migrations before running (the CLIs work on a database the app could serve). */
  readonly migrate: boolean;
  /** Longer than the app's request timeout: imports and backups touch whole partnerships. */
  readonly statementTimeoutMs?: number;
}

/**
 * Runs one command-line task against DATABASE_URL (or the embedded PostgreSQL) and always releases the pool and
 * stops the embedded server afterwards, so the process can exit with the task's result.
 */
export async function withCliDatabase<T>(
  options: CliDatabaseOptions,
  task: (dataSource: DataSource, database: ResolvedDatabase) => Promise<T>,
): Promise<T> {
  const database = await resolveDatabaseUrl();
  const base = buildDataSourceOptions({ url: database.url, entities: [] });
  const extra: Record<string, unknown> = { ...(base.extra as Record<string, unknown>) };
  if (options.statementTimeoutMs !== undefined) {
    extra['statement_timeout'] = options.statementTimeoutMs;
    extra['query_timeout'] = options.statementTimeoutMs + 1_000;
  }
  const dataSource = new DataSource({ ...base, extra });
  try {
    await dataSource.initialize();
    if (options.migrate) await dataSource.runMigrations({ transaction: 'each' });
    return await task(dataSource, database);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
  }
}
