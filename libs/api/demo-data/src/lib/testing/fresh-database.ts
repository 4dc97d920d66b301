import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@waymark/api/database';

/** A new, migrated database on the jest run's embedded PostgreSQL (see tools/testing/postgres-global-setup.mjs). */
export async function freshMigratedDatabase(): Promise<DataSource> {
  const serverUrl = process.env['WAYMARK_TEST_DATABASE_URL'];
  if (!serverUrl)
    throw new Error('WAYMARK_TEST_DATABASE_URL is not set: run through jest (its globalSetup starts PostgreSQL).');
  const name = `waymark_demo_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = new DataSource(buildDataSourceOptions({ url: url.toString(), poolSize: 2 }));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
