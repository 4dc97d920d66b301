// One embedded PostgreSQL server per jest run; each test file creates its own database on it.
import { startScratchPostgres } from './scratch-postgres.mjs';

export default async function globalSetup() {
  if (process.env.WAYMARK_TEST_DATABASE_URL) return;
  const pg = await startScratchPostgres({ password: 'test' });
  globalThis.__WAYMARK_PG__ = pg;
  process.env.WAYMARK_TEST_DATABASE_URL = pg.url('postgres');
}
