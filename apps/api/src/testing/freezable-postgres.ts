import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface FreezablePostgres {
  readonly url: string;
  /** SIGSTOP the postmaster and every backend: connections stay open but nothing answers. */
  freeze(): void;
  thaw(): void;
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '../../../..');

/**
 * A PostgreSQL server of the test's own (never the run's shared one, which every other test file uses), started by
 * libs/api/database's startEmbeddedPostgres in a child process, in a temporary data directory whose postmaster.pid
 * names the processes to freeze.
 */
export async function startFreezablePostgres(): Promise<FreezablePostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-freeze-pg-'));
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(ROOT, 'apps/api/src/testing/freezable-postgres-server.ts'),
      dataDir,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json', TS_NODE_BASEURL: ROOT },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const url = await firstLine(child);
  let frozen: number[] = [];
  const signal = (pids: readonly number[], name: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, name);
      } catch {
        // the process ended meanwhile
      }
    }
  };
  const thaw = () => {
    signal(frozen, 'SIGCONT');
    frozen = [];
  };
  return {
    url,
    thaw,
    freeze() {
      const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      frozen = [postmaster, ...childrenOf(postmaster)];
      signal(frozen, 'SIGSTOP');
    },
    async stop() {
      thaw();
      const exited = new Promise((done) => child.once('exit', done));
      child.stdin?.end();
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    if (!child.stdout) return reject(new Error('no stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolvePromise((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the PostgreSQL child exited (${code}) before starting`)));
  });
}

function childrenOf(parent: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(parent)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}
