import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Creates an empty database on the test run's PostgreSQL server; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const serverUrl = process.env['WAYMARK_TEST_DATABASE_URL'];
  if (!serverUrl) throw new Error('WAYMARK_TEST_DATABASE_URL is not set: run tests through jest (its globalSetup starts PostgreSQL).');
  const name = `waymark_test_${randomBytes(6).toString('hex')}`;
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
