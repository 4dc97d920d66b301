// Check 1: an instance on the EMBEDDED PostgreSQL is killed with SIGKILL and started again on the same data
// directory; it must become ready and a session signed in before the crash must still work.
import { join } from 'node:path';
import { GraphQLClient } from '../replicas/graphql-client.mjs';
import { ME, signIn } from '../replicas/journeys.mjs';
import { freePort, sleep } from '../replicas/util.mjs';
import { killInstance, startInstance, stopInstance } from './instance.mjs';
import { isAlive, postmasterPid } from './processes.mjs';

export async function crashAndRestart({ root, tempDir, sessionSecret, account, log, cleanups }) {
  const dataDir = join(tempDir, 'embedded-postgres');
  const port = await freePort();
  const start = (name) =>
    startInstance({ name, root, tempDir, port, sessionSecret, env: { WAYMARK_DATA_DIR: dataDir } });
  const failures = [];

  const first = await start('embedded-1');
  cleanups.push(['embedded-1', () => stopInstance(first)]);
  log(`embedded instance up in ${(first.readyMs / 1000).toFixed(1)} s (initdb, migrations, demo data)`);
  const client = new GraphQLClient(first.url, []);
  const person = await signIn(client, account);
  const cookie = client.cookie;
  const postgresBefore = postmasterPid(dataDir);

  await killInstance(first);
  const killedAt = performance.now();
  // What the app's parent watchdog did with its PostgreSQL, seen just before the restart begins.
  await sleep(500);
  const orphanLeft = postgresBefore !== null && isAlive(postgresBefore);
  log(
    `SIGKILL ${first.name} (pid ${first.pid}); its PostgreSQL (pid ${postgresBefore}) ${orphanLeft ? 'still runs' : 'stopped'}`,
  );

  let second = null;
  try {
    second = await start('embedded-2');
    cleanups.push(['embedded-2', () => stopInstance(second)]);
  } catch (error) {
    failures.push(`restart after SIGKILL failed: ${error.message}`);
  }
  const restartMs = performance.now() - killedAt;
  let sessionKept = false;
  if (second) {
    log(`restarted on the same data directory: ready ${(restartMs / 1000).toFixed(1)} s after the kill`);
    const me = await new GraphQLClient(second.url, [], cookie).query('me after restart', ME);
    sessionKept = me.data?.me?.personId === person.personId;
    if (!sessionKept) failures.push(`the session signed in before the crash was lost: ${me.record.kind}`);
    await stopInstance(second);
  }
  const postgresAfter = postmasterPid(dataDir);
  if (postgresAfter !== null && isAlive(postgresAfter)) {
    failures.push(`PostgreSQL (pid ${postgresAfter}) still runs after the restarted instance stopped`);
    process.kill(postgresAfter, 'SIGINT');
  }
  return {
    failures,
    rows: [
      [
        'first start (embedded)',
        `${(first.readyMs / 1000).toFixed(1)} s to /health/ready (initdb, migrations, demo data)`,
      ],
      [
        'restart after SIGKILL',
        second
          ? `${(restartMs / 1000).toFixed(1)} s from the kill to /health/ready (start-up ${(second.readyMs / 1000).toFixed(1)} s); orphaned PostgreSQL ${orphanLeft ? 'still ran 0.5 s after the kill (stopped at start)' : 'had stopped with its parent'}`
          : 'FAILED',
      ],
      ['session across the crash', second ? (sessionKept ? 'kept (same cookie signed in)' : 'LOST') : 'not checked'],
    ],
  };
}
