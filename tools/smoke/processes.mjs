// Runs the artefact's `node main.js …` as a child process, keeping its output for failure messages.
import { spawn } from 'node:child_process';

export class SmokeFailure extends Error {}

/** Runs one CLI command to completion; fails with its output unless it exits 0. */
export function runCommand(appDir, env, args, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['main.js', ...args], {
      cwd: appDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new SmokeFailure(`"node main.js ${args.join(' ')}" exited ${code ?? signal}:\n${output}`));
    });
  });
}

/** Starts `node main.js` (the server); `log()` is everything it printed so far. */
export function startServer(appDir, env) {
  const child = spawn(process.execPath, ['main.js'], { cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(String(chunk)));
  child.stderr.on('data', (chunk) => chunks.push(String(chunk)));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    exited,
    log: () => chunks.join(''),
    /** SIGTERM, then the exit status, or null when it did not exit within the time (it is then killed). */
    async stop(timeoutMs) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const status = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
      if (status === null) child.kill('SIGKILL');
      return status;
    },
  };
}

/** Polls a URL until it answers 200; fails early when the server exits. */
export async function waitForOk(url, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.child.exitCode !== null)
      throw new SmokeFailure(`The server exited (${server.child.exitCode}) before ${url} answered.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new SmokeFailure(`${url} did not answer 200 within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
