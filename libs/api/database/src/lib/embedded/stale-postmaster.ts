import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { commandLine, isPostgresOn, isRunning, parentOf, waitForExit } from './postgres-processes';

const STOP_TIMEOUT_MS = 30_000;

/**
 * Makes the data directory startable after a crash. A postmaster.pid naming no running PostgreSQL on this
 * directory is removed. A PostgreSQL still running on it whose parent is gone (Waymark killed with -9 or by
 * the OOM killer: postgres is reparented, to init or a subreaper) is stopped with a fast shutdown, which
 * keeps every committed write. A PostgreSQL whose parent is a live Node process belongs to a running
 * Waymark and is left alone: starting is refused instead. Answers what it did, for the log.
 */
export async function clearStalePostmaster(dataDir: string): Promise<string | null> {
  const file = join(dataDir, 'postmaster.pid');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const pid = Number(text.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid) || !isPostgresOn(pid, dataDir)) {
    rmSync(file, { force: true });
    return `removed a stale postmaster.pid (process ${pid} is not a running PostgreSQL on this directory)`;
  }
  const parent = parentOf(pid);
  const parentCommand = parent !== null && parent !== 1 ? commandLine(parent) : null;
  if (parentCommand && basename(parentCommand[0] ?? '').startsWith('node')) {
    throw new Error(
      `PostgreSQL (pid ${pid}) on ${dataDir} belongs to a running process (pid ${parent}): stop that Waymark before starting another on the same data directory.`,
    );
  }
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
    throw new Error(
      `PostgreSQL (pid ${pid}) left running on ${dataDir} by a previous Waymark did not stop within ${STOP_TIMEOUT_MS / 1000} s after SIGINT.`,
    );
  }
  return `stopped PostgreSQL (pid ${pid}) left running on ${dataDir} by a previous Waymark`;
}
