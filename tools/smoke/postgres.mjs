// A fresh embedded PostgreSQL for the smoke test, run by the harness (not by the app under test).
import { startScratchPostgres } from '../testing/scratch-postgres.mjs';

export { freePort } from '../testing/scratch-postgres.mjs';

export async function startPostgres() {
  const pg = await startScratchPostgres({ password: 'smoke' });
  await pg.createDatabase('waymark');
  return { url: pg.url('waymark'), createDatabase: pg.createDatabase, stop: pg.stop };
}
