// Runs Debian's nginx in the foreground from a temp prefix, and reads back which instance served each request.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderNginxConfig } from './nginx-config.mjs';
import { freePort, waitForOk } from './util.mjs';

export const NGINX = '/usr/sbin/nginx';

export async function startNginx({ tempDir, upstreamPorts }) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install -y nginx (.ci/run does it)`);
  const prefix = join(tempDir, 'nginx');
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true });
  const listenPort = await freePort();
  const config = renderNginxConfig({ prefix, listenPort, upstreamPorts });
  writeFileSync(join(prefix, 'nginx.conf'), config);
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const state = { exited: false };
  child.on('exit', () => (state.exited = true));
  const url = `http://127.0.0.1:${listenPort}`;
  await waitForOk(`${url}/health`, 15_000, () => !state.exited);
  return {
    url,
    config,
    accessLog: () => readFileSync(join(prefix, 'logs/access.log'), 'utf8'),
    errorLog: () => readFileSync(join(prefix, 'logs/error.log'), 'utf8'),
    stop: () =>
      new Promise((resolve) => {
        if (state.exited) return resolve();
        child.once('exit', resolve);
        child.kill('SIGQUIT'); // graceful: lets in-flight requests finish
        setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
      }),
  };
}

/** Per instance: attempts nginx made and responses it got ("a, b" in the log when it moved on to the next instance). */
export function upstreamCounts(accessLog) {
  const counts = new Map();
  for (const line of accessLog.split('\n')) {
    const match = / upstream=(.*?) upstream_status=(.*?) rt=/.exec(line);
    if (!match) continue;
    const addrs = match[1].replace(/ : /g, ', ').split(', ');
    const statuses = match[2].replace(/ : /g, ', ').split(', ');
    addrs.forEach((addr, i) => {
      if (addr === '-') return;
      const entry = counts.get(addr) ?? { attempts: 0, served: 0 };
      entry.attempts++;
      // 502/504 here are nginx's own: the instance could not be reached or did not answer.
      if (!['502', '504', '-'].includes(statuses[i])) entry.served++;
      counts.set(addr, entry);
    });
  }
  return counts;
}
