// Runs the schema emitter from TypeScript source (no build, no database).
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  [
    '-r',
    'ts-node/register/transpile-only',
    '-r',
    './tools/scripts/register-tsconfig-paths.cjs',
    'apps/api/src/schema/emit-schema.ts',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json' } },
);
process.exit(result.status ?? 1);
