// One fresh embedded PostgreSQL for the run (the same scratch server the jest setup and the smoke test use).
import { startScratchPostgres } from '../testing/scratch-postgres.mjs';

/** Starts PostgreSQL in a folder under `tempDir` on a free loopback port; returns it and a `waymark` database URL. */
export async function startPostgres(tempDir) {
  const pg = await startScratchPostgres({ parentDir: tempDir, password: 'replicas' });
  await pg.createDatabase('waymark');
  return { url: pg.url('waymark'), dataDir: pg.dataDir, stop: pg.stop };
}
