// Exports a report from the command line (see libs/api/reporting/feature/src/lib/cli/report-cli.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const result = spawnSync(
  process.execPath,
  ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'libs/api/reporting/feature/src/lib/cli/report-cli.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json', TS_NODE_BASEURL: root } },
);
process.exit(result.status ?? 1);
