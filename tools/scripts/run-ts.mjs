// Runs a TypeScript tool script from source with the workspace path aliases (no build needed).
// Usage: node tools/scripts/run-ts.mjs tools/scripts/<script>.ts [args...]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// tsconfig.base.json has `paths` but no `baseUrl`: tell tsconfig-paths they are relative to the repo root.
const root = fileURLToPath(new URL('../..', import.meta.url));

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node tools/scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
// The project's Node (a devDependency), also when this file is started with another `node` on the PATH: figures and
// behaviour are Node 24's, as in production.
const projectNode = join(root, 'node_modules', '.bin', 'node');
const result = spawnSync(
  existsSync(projectNode) ? projectNode : process.execPath,
  ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script, ...args],
  { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json', TS_NODE_BASEURL: root } },
);
process.exit(result.status ?? 1);
