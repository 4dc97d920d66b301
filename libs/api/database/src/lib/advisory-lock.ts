import { queryRows } from './query-rows';
import type { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/**
 * The PostgreSQL advisory lock key held while an instance migrates the schema and loads demo data:
 * the ASCII bytes of "Waymark" (0x5761796d61726b). Any tool that migrates the database should hold it too.
 */
export const PREPARE_DATABASE_LOCK_KEY = '24595497127866987';

export interface AdvisoryLockOptions {
  /** Time between attempts while another session holds the lock. */
  readonly pollMs?: number;
  /** Called once, when the first attempt finds the lock taken. */
  readonly onWait?: () => void;
}

/**
 * Runs `work` while this process holds a session-level advisory lock on one dedicated pooled connection;
 * the lock is released afterwards whatever happens (and PostgreSQL releases it itself if the process dies).
 *
 * It polls `pg_try_advisory_lock` instead of blocking in `pg_advisory_lock`: the pool's statement_timeout
 * (5 s) and client query_timeout would abort a blocking wait whenever another instance's migrations take longer.
 * `work` uses other pooled connections, so the pool needs at least two.
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  key: string,
  work: () => Promise<T>,
  options: AdvisoryLockOptions = {},
): Promise<T> {
  const pollMs = options.pollMs ?? 250;
  const runner = dataSource.createQueryRunner();
  try {
    let waited = false;
    for (;;) {
      const [{ locked }] = await queryRows<{ locked: boolean }>(
        runner,
        'SELECT pg_try_advisory_lock($1::bigint) AS locked',
        [key],
      );
      if (locked) break;
      if (!waited) options.onWait?.();
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  } catch (error) {
    await runner.release();
    throw error;
  }
  try {
    return await work();
  } finally {
    await unlockAndRelease(runner, key);
  }
}

type Runner = ReturnType<DataSource['createQueryRunner']>;

async function unlockAndRelease(runner: Runner, key: string): Promise<void> {
  try {
    await runner.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
  } catch (error) {
    // A connection that may still hold the lock must not go back to the pool: destroy it (PostgreSQL then releases the lock).
    // TypeORM's Postgres runner releases with an error (pg-pool then destroys the client).
    if (releasesWithError(runner))
      return runner.releasePostgresConnection(error instanceof Error ? error : new Error(String(error)));
  }
  await runner.release();
}

/** TypeORM's Postgres runner; its `releasePostgresConnection(err)` is private, so its typings leave the method untyped. */
function releasesWithError(
  runner: Runner,
): runner is Runner & { releasePostgresConnection(err?: Error): Promise<void> } {
  return (
    runner instanceof PostgresQueryRunner && typeof Reflect.get(runner, 'releasePostgresConnection') === 'function'
  );
}
