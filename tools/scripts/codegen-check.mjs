// Fails when the committed Angular GraphQL types are stale against schema.graphql and the operations.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'libs/web/shared/data-access/src/lib/generated';
const fresh = mkdtempSync(join(tmpdir(), 'waymark-codegen-'));
const run = spawnSync('npx', ['graphql-codegen', '--config', 'libs/web/shared/data-access/codegen.ts', '--silent'], {
  stdio: 'inherit',
  env: { ...process.env, CODEGEN_OUT: `${fresh}/` },
});
if (run.status !== 0) process.exit(run.status ?? 1);
const names = (dir) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .sort();
const stale = [...new Set([...names(committed), ...names(fresh)])].filter((name) => {
  try {
    return readFileSync(join(committed, name), 'utf8') !== readFileSync(join(fresh, name), 'utf8');
  } catch {
    return true;
  }
});
rmSync(fresh, { recursive: true, force: true });
if (stale.length > 0) {
  console.error(
    `Generated GraphQL types are stale (${stale.join(', ')}): run "npx nx run web-shared-data-access:codegen" and commit.`,
  );
  process.exit(1);
}
console.log('Generated GraphQL types are up to date.');
