import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@waymark/api/database';

/** A fresh, migrated database on the jest run's embedded PostgreSQL (see tools/testing/postgres-global-setup.mjs). */
export async function createMigratedDatabase(): Promise<{ dataSource: DataSource; url: string }> {
  const serverUrl = process.env['WAYMARK_TEST_DATABASE_URL'];
  if (!serverUrl) throw new Error('WAYMARK_TEST_DATABASE_URL is not set: run tests through jest (its globalSetup starts PostgreSQL).');
  const name = `waymark_ie_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = new DataSource({ ...buildDataSourceOptions({ url: url.toString() }), extra: { statement_timeout: 60_000 } });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, url: url.toString() };
}

export async function createPartnership(dataSource: DataSource, name = 'Test Community Safety Partnership'): Promise<string> {
  const id = randomUUID();
  await dataSource.query(`INSERT INTO partnership (id, name) VALUES ($1, $2)`, [id, name]);
  return id;
}
