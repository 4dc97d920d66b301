import { loadConfig, type WaymarkConfig } from '@waymark/api/shared/config';
import { DataSource } from 'typeorm';
import { PREPARE_DATABASE_LOCK_KEY, withAdvisoryLock } from './advisory-lock';
import { buildDataSourceOptions } from './data-source-options';
import { resolveDatabaseUrl, type ResolvedDatabase } from './resolve-database-url';

export interface CliDatabaseOptions {
  /** Apply pending migrations before running (the CLIs work on a database the app could serve). */
  readonly migrate: boolean;
  /** Longer than the app's request timeout: imports and backups touch whole partnerships. */
  readonly statementTimeoutMs?: number;
}

/** Pending migrations, under the same advisory lock the app's instances take at start. */
export function migrateUnderLock(dataSource: DataSource): ReturnType<DataSource['runMigrations']> {
  return withAdvisoryLock(dataSource, PREPARE_DATABASE_LOCK_KEY, () =>
    dataSource.runMigrations({ transaction: 'each' }),
  );
}

/**
 * Runs one command-line task against DATABASE_URL (or the embedded PostgreSQL) with the validated configuration
 * (TLS included) and always releases the pool and stops the embedded server afterwards, so the process can exit
 * with the task's result.
 */
export async function withCliDatabase<T>(
  options: CliDatabaseOptions,
  task: (dataSource: DataSource, database: ResolvedDatabase) => Promise<T>,
  config: WaymarkConfig = loadConfig(),
): Promise<T> {
  const database = await resolveDatabaseUrl(config.database);
  const dataSource = new DataSource(
    buildDataSourceOptions({
      url: database.url,
      poolSize: 3,
      statementTimeoutMs: options.statementTimeoutMs ?? config.database.statementTimeoutMs,
      ssl: config.database.ssl,
      sslCaFile: config.database.sslCaFile,
    }),
  );
  try {
    await dataSource.initialize();
    if (options.migrate) await migrateUnderLock(dataSource);
    return await task(dataSource, database);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
  }
}
