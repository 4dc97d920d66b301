// One built instance (`node dist/apps/api/main.js`) with the drill's environment, its log in a file.
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForOk } from '../replicas/util.mjs';

const READY_TIMEOUT_MS = 120_000;

/**
 * Spawns the instance and resolves once /health/ready answers 200. `env` adds to the production settings:
 * DATABASE_URL for a given PostgreSQL, or WAYMARK_DATA_DIR (and no DATABASE_URL) for the embedded one.
 */
export async function startInstance({ name, root, tempDir, port, sessionSecret, env }) {
  const logFile = join(tempDir, `${name}.log`);
  const out = openSync(logFile, 'a');
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: root,
    stdio: ['ignore', out, out],
    env: {
      ...inherited,
      PORT: String(port),
      SESSION_SECRET: sessionSecret,
      NODE_ENV: 'production',
      WAYMARK_DEMO_DATA: 'on',
      WAYMARK_WEB_ROOT: join(root, 'dist/apps/web/browser'),
      ...env,
    },
  });
  const instance = {
    name,
    port,
    child,
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    exit: null,
    log: () => readFileSync(logFile, 'utf8'),
    alive: () => instance.exit === null && child.exitCode === null,
  };
  child.on('exit', (code, signal) => (instance.exit = { code, signal }));
  try {
    await waitForOk(`${instance.url}/health/ready`, READY_TIMEOUT_MS, instance.alive);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(
      `${name} did not become ready: ${error.message}\n--- ${name} log (last lines) ---\n${tail(instance.log())}`,
    );
  }
  instance.readyMs = performance.now() - started;
  return instance;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export function stopInstance(instance, graceMs = 10_000) {
  if (!instance.alive()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => instance.child.kill('SIGKILL'), graceMs);
    instance.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    instance.child.kill('SIGTERM');
  });
}

/** SIGKILL, as the OOM killer or a crash would; resolves when the process is gone. */
export function killInstance(instance) {
  if (!instance.alive()) return Promise.resolve();
  return new Promise((resolve) => {
    instance.child.once('exit', resolve);
    instance.child.kill('SIGKILL');
  });
}

export const tail = (text, lines = 15) =>
  text
    .split('\n')
    .slice(-lines)
    .map((l) => l.slice(0, 300))
    .join('\n');
