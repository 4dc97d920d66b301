// `npm run replicas` (issue 10, item 6): three Waymark instances on one fresh PostgreSQL behind Debian's nginx.
// Checks migrations/demo data ran once, runs the API journeys and a mixed read/write load through nginx,
// SIGKILLs one instance mid-load, then checks from the database that no accepted write was lost and that a
// session carries to every instance. Prints the figures; exits 1 on any failed check. Always cleans up.
// Flags: --duration S (load, default 24), --kill-at S (default 8), --skip-build
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSessionCarries, checkStartup, checkWrites, withDatabase } from './checks.mjs';
import { GraphQLClient } from './graphql-client.mjs';
import { startInstances, stopInstances } from './instances.mjs';
import { runJourneys, signIn } from './journeys.mjs';
import { runLoad } from './load.mjs';
import { startNginx, upstreamCounts } from './nginx.mjs';
import { startPostgres } from './postgres.mjs';
import { printTable, summarise } from './report.mjs';
import { sampleConnections } from './connections.mjs';
import { log } from './util.mjs';
import { buildApp, cleanupStack } from '../testing/harness.mjs';

const INSTANCES = 3;
const KILL_WINDOW_MS = 2_000;
/** Writers and as many readers: enough requests in flight that the kill cuts some off. */
const CLIENTS = 3;
const ACCOUNTS = {
  lead: { email: 'tom.reynolds@demo.waymark.test', password: 'waymark-demo-lead' },
  senior: { email: 'helen.barker@demo.waymark.test', password: 'waymark-demo-senior' },
};

const root = resolve(new URL('../..', import.meta.url).pathname);
const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '24' },
    'kill-at': { type: 'string', default: '8' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const { steps: cleanups, run: cleanUp } = cleanupStack();
const failures = [];

async function main() {
  buildApp(root, { force: !flags['skip-build'], log });
  const tempDir = mkdtempSync(join(tmpdir(), 'waymark-replicas-'));
  // As root, PostgreSQL runs as `postgres` and nginx's worker as `nobody`: both must traverse this folder.
  chmodSync(tempDir, 0o755);
  cleanups.push(['temp dir', () => rmSync(tempDir, { recursive: true, force: true })]);
  const postgres = await startPostgres(tempDir);
  cleanups.push(['PostgreSQL', () => postgres.stop()]);
  log(`PostgreSQL up; starting ${INSTANCES} instances at once`);

  const startedAt = Date.now();
  const instances = [];
  cleanups.push(['instances', () => stopInstances(instances)]);
  try {
    instances.push(
      ...(await startInstances({
        count: INSTANCES,
        root,
        tempDir,
        databaseUrl: postgres.url,
        sessionSecret: randomBytes(32).toString('hex'),
      })),
    );
  } catch (error) {
    for (const i of instances) console.error(`--- ${i.name} log ---\n${i.log()}`);
    throw error;
  }
  const startup = await withDatabase(postgres.url, (db) => checkStartup(db, instances));
  failures.push(...startup.failures);
  log(
    `${INSTANCES} instances healthy in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${startup.migrations} migration(s) applied once each, demo data loaded by ${startup.loader}; waited on the lock: ${startup.waited.join(', ') || 'none'}`,
  );

  const nginx = await startNginx({ tempDir, upstreamPorts: instances.map((i) => i.port) });
  cleanups.push(['nginx', () => nginx.stop()]);
  log(`nginx on ${nginx.url}`);

  const journeyRecords = [];
  const lead = new GraphQLClient(nginx.url, journeyRecords);
  const senior = new GraphQLClient(nginx.url, journeyRecords);
  const journeys = await runJourneys({ lead, senior, accounts: ACCOUNTS });
  log(
    `journeys passed: ${journeys.lead.fullName} owes ${journeys.owed} updates (${journeys.editable} editable), saved one; ${journeys.senior.fullName} read "${journeys.strategy}" (${journeys.themes} themes)`,
  );
  failures.push(...(await checkSessionCarries(lead.cookie, journeys.lead.personId, instances)));

  const records = [];
  const signedIn = async (account) => {
    const client = new GraphQLClient(nginx.url, records);
    await signIn(client, account);
    return client;
  };
  const writers = [];
  const readers = [];
  for (let i = 0; i < CLIENTS; i++) {
    writers.push(await signedIn(ACCOUNTS.lead));
    readers.push(await signedIn(ACCOUNTS.senior));
  }
  records.length = 0; // the figures cover the load only
  const strategyId = (await senior.query('strategies', '{ strategies { id } }')).data.strategies[0].id;

  const victim = instances[1];
  let killedAt = null;
  const loadStart = Date.now();
  const killTimer = setTimeout(
    () => {
      killedAt = Date.now();
      victim.killed = true;
      victim.child.kill('SIGKILL');
      log(`SIGKILL ${victim.name} (port ${victim.port}) mid-load`);
    },
    Number(flags['kill-at']) * 1000,
  );
  const sampler = sampleConnections(postgres.url);
  log(`load: ${writers.length} writers + ${readers.length} readers for ${flags.duration} s`);
  const load = await runLoad({
    writers,
    readers,
    strategyId,
    deadline: loadStart + Number(flags.duration) * 1000,
  }).finally(() => clearTimeout(killTimer));
  const connections = await sampler.stop();
  if (killedAt === null) failures.push('the load ended before the instance was killed');

  const survivors = instances.filter((i) => !i.killed);
  const accepted = [{ ...journeys.saved, updateId: journeys.saved.id, actionId: null }, ...load.accepted];
  const writes = await withDatabase(postgres.url, (db) => checkWrites(db, accepted, load.unanswered));
  failures.push(...writes.failures);
  failures.push(
    ...(await checkSessionCarries(lead.cookie, journeys.lead.personId, survivors)).map((f) => `after the kill: ${f}`),
  );
  const fresh = new GraphQLClient(nginx.url, []);
  const freshPerson = await signIn(fresh, ACCOUNTS.senior);
  failures.push(
    ...(await checkSessionCarries(fresh.cookie, freshPerson.personId, survivors)).map(
      (f) => `signed in after the kill: ${f}`,
    ),
  );

  const upstreams = upstreamCounts(nginx.accessLog());
  for (const i of instances)
    if (!(upstreams.get(`127.0.0.1:${i.port}`)?.served > 0)) failures.push(`${i.name} served no request through nginx`);
  const summary = summarise({
    records,
    killedAt,
    killWindowMs: KILL_WINDOW_MS,
    writes: {
      accepted: accepted.length,
      verified: writes.verified,
      updates: writes.updates,
      unanswered: load.unanswered.length,
      committedUnanswered: writes.committedUnanswered,
    },
    upstreams,
    instances,
  });
  if (summary.outsideErrors > 0) failures.push(`${summary.outsideErrors} failed requests outside the kill window`);
  summary.rows.push([
    'PostgreSQL connections',
    `peak ${connections.peak} of max_connections ${connections.max} (${INSTANCES} instances × pool 10)`,
  ]);
  summary.rows.push([
    'sessions',
    `carried to all ${INSTANCES} instances before the kill and to the ${survivors.length} survivors after it`,
  ]);
  summary.rows.push([
    'startup',
    `${startup.migrations} migration(s), each applied once; demo data loaded once (${startup.loader})`,
  ]);
  console.log(
    `\nReplica run (${INSTANCES} instances behind nginx, ${victim.name} killed at ${flags['kill-at']} s of ${flags.duration} s, kill window ${KILL_WINDOW_MS / 1000} s):`,
  );
  printTable(summary.rows);
  if (failures.length) {
    console.error(`\n${failures.length} check(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    console.error(
      `--- nginx error log ---\n${nginx
        .errorLog()
        .split('\n')
        .slice(-10)
        .map((l) => l.slice(0, 240))
        .join('\n')}`,
    );
  }
}

let exitCode = 0;
try {
  await main();
  if (failures.length) exitCode = 1;
  else console.log('\nAll replica checks passed.');
} catch (error) {
  console.error('Replica run failed:', error);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
