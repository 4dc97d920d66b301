import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The e2e harness runs in Node, not in the browser: like globalSetup it may reach the app's PostgreSQL.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { Client } from 'pg';

/**
 * Runs SQL on the e2e app's embedded PostgreSQL (found through its postmaster.pid, whose fourth line is the port),
 * for what a browser cannot do, such as ending a session server-side.
 */
export async function queryAppDatabase<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const dataDir = process.env['WAYMARK_E2E_DATA_DIR'];
  if (!dataDir)
    throw new Error('WAYMARK_E2E_DATA_DIR is not set: run through `npx nx e2e web-e2e` (globalSetup starts the app).');
  const port = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  // The embedded server's fixed local credentials (libs/api/database embedded-postgres-server.ts).
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password: 'waymark-local',
    database: 'waymark',
  });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Moves the end of every session of the person with this e-mail address to `seconds` from now (negative: already ended). */
export async function endSessionsIn(email: string, seconds: number): Promise<void> {
  await queryAppDatabase(
    `UPDATE user_session SET expire = (now() + make_interval(secs => $2))::timestamp
      WHERE sess->>'personId' = (SELECT id::text FROM person WHERE lower(email) = lower($1))`,
    [email, seconds],
  );
}

/** Seconds until the person's latest session ends, as the server's store has it. */
export async function sessionSecondsLeft(email: string): Promise<number> {
  const [row] = await queryAppDatabase<{ seconds: number }>(
    `SELECT max(extract(epoch FROM expire::timestamptz - now()))::float AS seconds FROM user_session
      WHERE sess->>'personId' = (SELECT id::text FROM person WHERE lower(email) = lower($1))`,
    [email],
  );
  return row.seconds;
}
