import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../data-source-options';

/**
 * Creates an empty database, named `<prefix>_<random>`, on the PostgreSQL server the jest run started
 * (tools/testing/postgres-global-setup.mjs, `WAYMARK_TEST_DATABASE_URL`); returns its URL. Every test file gets its own.
 */
export async function createTestDatabase(prefix = 'waymark_test'): Promise<string> {
  const serverUrl = process.env['WAYMARK_TEST_DATABASE_URL'];
  if (!serverUrl)
    throw new Error(
      'WAYMARK_TEST_DATABASE_URL is not set: run tests through jest (its globalSetup starts PostgreSQL).',
    );
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface MigratedTestDatabaseOptions {
  readonly prefix?: string;
  readonly poolSize?: number;
  /** Instead of the app's 5 s: a test that loads a whole plan on a busy machine must not fail on the clock. */
  readonly statementTimeoutMs?: number;
}

/** A new database as `createTestDatabase` makes one, with every migration applied and a DataSource open on it. */
export async function createMigratedTestDatabase(
  options: MigratedTestDatabaseOptions = {},
): Promise<{ dataSource: DataSource; url: string }> {
  const url = await createTestDatabase(options.prefix);
  const dataSource = new DataSource(
    buildDataSourceOptions({ url, poolSize: options.poolSize, statementTimeoutMs: options.statementTimeoutMs }),
  );
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, url };
}
