// `npm run drill` (issue 11): the fault drill against built instances (`dist/apps/api/main.js`), production settings.
//   1. crash and restart: an instance on the embedded PostgreSQL is SIGKILLed and started again on its data directory;
//   2. freeze: every process of a fresh PostgreSQL is SIGSTOPped for 15 s under a light read/write load;
//   3. uploads: 14 MB GraphQL bodies, a 12 MB file, and a zip bomb, a huge and a heavy sheet uploaded and previewed.
// Prints one table; exits 1 when a check fails (restart failed, sessions lost, a request hung past 10 s, the
// instance died, errors after recovery, an upload not refused). Always cleans up.
// Flags: --freeze-seconds S (default 15), --build (build even when dist exists; by default only when it is missing)
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgres } from '../replicas/postgres.mjs';
import { printTable } from '../replicas/report.mjs';
import { freePort } from '../replicas/util.mjs';
import { crashAndRestart } from './crash.mjs';
import { freezePostgres } from './freeze.mjs';
import { startInstance, stopInstance } from './instance.mjs';
import { sendUploads } from './uploads.mjs';
import { buildApp, cleanupStack } from '../testing/harness.mjs';

const ACCOUNTS = {
  admin: { email: 'priya.shah@demo.waymark.test', password: 'waymark-demo-admin' },
  senior: { email: 'helen.barker@demo.waymark.test', password: 'waymark-demo-senior' },
  lead: { email: 'tom.reynolds@demo.waymark.test', password: 'waymark-demo-lead' },
};

const root = resolve(new URL('../..', import.meta.url).pathname);
const { values: flags } = parseArgs({
  options: { 'freeze-seconds': { type: 'string', default: '15' }, build: { type: 'boolean', default: false } },
});
const started = Date.now();
const log = (...args) => console.log(`[drill ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...args);
const { steps: cleanups, run: cleanUp } = cleanupStack();
const failures = [];
const sections = [];

/** The last pino lines at warn level or above, shortened: what the instance said about the failures. */
function warnings(logText, count = 8) {
  return logText
    .split('\n')
    .filter((line) => /"level":(4|5|6)0/.test(line))
    .slice(-count)
    .map((line) => line.slice(0, 400))
    .join('\n');
}

async function main() {
  buildApp(root, { force: flags.build, log });
  const tempDir = mkdtempSync(join(tmpdir(), 'waymark-drill-'));
  // As root, PostgreSQL runs as `postgres`: it must traverse this folder.
  chmodSync(tempDir, 0o755);
  cleanups.push(['temp dir', () => rmSync(tempDir, { recursive: true, force: true })]);
  const sessionSecret = randomBytes(32).toString('hex');

  log('1. crash and restart on the embedded PostgreSQL');
  const crash = await crashAndRestart({ root, tempDir, sessionSecret, account: ACCOUNTS.lead, log, cleanups });
  failures.push(...crash.failures);
  sections.push(['1. crash (SIGKILL) and restart, embedded PostgreSQL', crash.rows]);

  const postgres = await startPostgres(tempDir);
  cleanups.push(['PostgreSQL', () => postgres.stop()]);
  const instance = await startInstance({
    name: 'api',
    root,
    tempDir,
    port: await freePort(),
    sessionSecret,
    env: { DATABASE_URL: postgres.url },
  });
  cleanups.push(['api', () => stopInstance(instance)]);
  log(`instance on a fresh PostgreSQL ready in ${(instance.readyMs / 1000).toFixed(1)} s (pid ${instance.pid})`);

  log('2. freeze PostgreSQL under load');
  const freeze = await freezePostgres({
    instance,
    dataDir: postgres.dataDir,
    accounts: ACCOUNTS,
    freezeMs: Number(flags['freeze-seconds']) * 1000,
    log,
  });
  failures.push(...freeze.failures);
  sections.push([`2. PostgreSQL frozen (SIGSTOP) ${flags['freeze-seconds']} s under load`, freeze.rows]);

  log('3. oversized and zip-bomb uploads');
  const uploads = await sendUploads({ instance, account: ACCOUNTS.admin, log });
  failures.push(...uploads.failures);
  sections.push(['3. oversized and zip-bomb uploads', uploads.rows]);
  if (failures.length) console.error(`--- ${instance.name}: last warnings and errors ---\n${warnings(instance.log())}`);
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error('The drill could not run:', error);
  failures.push(`the drill stopped: ${error.message.split('\n')[0]}`);
} finally {
  await cleanUp();
}
console.log('\nFault drill figures:');
for (const [title, rows] of sections) {
  console.log(`\n ${title}`);
  printTable(rows);
}
if (failures.length) {
  exitCode = 1;
  console.error(`\n${failures.length} check(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
} else console.log('\nAll drill checks passed.');
process.exit(exitCode);
