// Starts the built API (`node dist/apps/api/main.js`) N times at once on one database, as N replicas would.
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, waitForOk } from './util.mjs';

/** Spawns every instance before waiting for any, so they race on migrations and demo data like real replicas. */
export async function startInstances({ count, root, tempDir, databaseUrl, sessionSecret }) {
  const instances = [];
  for (let i = 0; i < count; i++) {
    const name = `api-${i + 1}`;
    const port = await freePort();
    const logFile = join(tempDir, `${name}.log`);
    const out = openSync(logFile, 'a');
    const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
      cwd: root,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        SESSION_SECRET: sessionSecret,
        NODE_ENV: 'production',
        WAYMARK_DEMO_DATA: 'on',
        TRUST_PROXY: 'loopback', // nginx on the same host sets X-Forwarded-For/-Proto
        WAYMARK_WEB_ROOT: join(root, 'dist/apps/web/browser'),
      },
    });
    const instance = { name, port, child, logFile, exit: null, log: () => readFileSync(logFile, 'utf8') };
    child.on('exit', (code, signal) => (instance.exit = { code, signal }));
    instances.push(instance);
  }
  await Promise.all(
    instances.map((i) => waitForOk(`http://127.0.0.1:${i.port}/health`, 90_000, () => i.exit === null)),
  );
  return instances;
}

/** SIGTERM, then SIGKILL whatever is still running after `graceMs`. */
export async function stopInstances(instances, graceMs = 5_000) {
  const running = instances.filter((i) => i.exit === null && i.child.exitCode === null);
  await Promise.all(
    running.map(
      (i) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => i.child.kill('SIGKILL'), graceMs);
          i.child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          i.child.kill('SIGTERM');
        }),
    ),
  );
}
