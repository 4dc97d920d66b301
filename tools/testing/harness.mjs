// Plumbing shared by the long-running harnesses (npm run replicas, npm run drill).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Teardown steps run last-in first-out, also on Ctrl-C; a step that fails is reported and the rest still run.
 * `steps` is the array to push `[what, fn]` onto.
 */
export function cleanupStack() {
  const steps = [];
  async function run() {
    while (steps.length) {
      const [what, fn] = steps.pop();
      try {
        await fn();
      } catch (error) {
        console.error(`cleanup (${what}) failed:`, error);
      }
    }
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void run().then(() => process.exit(130)));
  return { steps, run };
}

/** Builds the API and the web app unless both are built already and `force` is false. */
export function buildApp(root, { force, log }) {
  const built = existsSync(join(root, 'dist/apps/api/main.js')) && existsSync(join(root, 'dist/apps/web/browser'));
  if (built && !force) return;
  log('building api and web');
  const result = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('build failed');
}
