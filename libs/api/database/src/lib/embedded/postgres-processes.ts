import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

/** What /proc says about a process; null off Linux or when the process is gone. */
function procText(pid: number, file: 'stat' | 'cmdline'): string | null {
  if (process.platform !== 'linux') return null;
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/** Fields after the command name of /proc/<pid>/stat (the name may hold spaces and parentheses). */
function statFields(pid: number): string[] | null {
  const stat = procText(pid, 'stat');
  return stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ') : null;
}

/** True while the process exists and is not a zombie waiting to be reaped. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user (PostgreSQL runs as `postgres` when Waymark runs as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return statFields(pid)?.[0] !== 'Z';
}

export function parentOf(pid: number): number | null {
  const ppid = Number(statFields(pid)?.[1]);
  return Number.isInteger(ppid) && ppid > 0 ? ppid : null;
}

export function commandLine(pid: number): string[] | null {
  const text = procText(pid, 'cmdline');
  return text === null ? null : text.split('\0').filter(Boolean);
}

/** Whether pid is a postgres server on dataDir; assumed so where /proc is unavailable. */
export function isPostgresOn(pid: number, dataDir: string): boolean {
  const argv = commandLine(pid);
  if (argv === null) return process.platform !== 'linux';
  return basename(argv[0] ?? '') === 'postgres' && argv.some((arg) => resolve(arg) === resolve(dataDir));
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, 100));
  }
  return true;
}
