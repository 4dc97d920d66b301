// Check 2: under a light read/write load, every PostgreSQL process of the drill's server is stopped (SIGSTOP)
// for `freezeMs`, then continued. Counts what failed and how fast, whether sessions survived, and whether
// requests succeed again once PostgreSQL is back.
import { GraphQLClient } from '../replicas/graphql-client.mjs';
import { ME, signIn } from '../replicas/journeys.mjs';
import { runLoad } from '../replicas/load.mjs';
import { postgresProcesses } from './processes.mjs';

const WRITERS = 2;
const READERS = 2;
const WARM_MS = 5_000;
/** Requests that start this long after SIGCONT must all succeed. */
export const RECOVERY_GRACE_MS = 3_000;
const AFTER_MS = 10_000;
export const FAIL_WITHIN_TARGET_MS = 5_000;

function signal(pids, name) {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // gone already
    }
  }
}

export async function freezePostgres({ instance, dataDir, accounts, freezeMs, log }) {
  const failures = [];
  const records = [];
  const signedIn = async (account) => {
    const client = new GraphQLClient(instance.url, records);
    const person = await signIn(client, account);
    return { client, person, cookie: client.cookie };
  };
  const writers = [];
  const readers = [];
  for (let i = 0; i < WRITERS; i++) writers.push(await signedIn(accounts.lead));
  for (let i = 0; i < READERS; i++) readers.push(await signedIn(accounts.senior));
  const strategyId = (await readers[0].client.query('strategies', '{ strategies { id } }')).data.strategies[0].id;
  records.length = 0;

  let stoppedAt = null;
  let continuedAt = null;
  let frozen = [];
  const start = Date.now();
  const freezeTimer = setTimeout(() => {
    frozen = postgresProcesses(dataDir);
    stoppedAt = Date.now();
    signal(frozen, 'SIGSTOP');
    log(`SIGSTOP ${frozen.length} PostgreSQL processes for ${freezeMs / 1000} s`);
  }, WARM_MS);
  const thawTimer = setTimeout(() => {
    signal(frozen, 'SIGCONT');
    continuedAt = Date.now();
    log('SIGCONT');
  }, WARM_MS + freezeMs);
  try {
    await runLoad({
      writers: writers.map((w) => w.client),
      readers: readers.map((r) => r.client),
      strategyId,
      deadline: start + WARM_MS + freezeMs + AFTER_MS,
    });
  } finally {
    clearTimeout(freezeTimer);
    clearTimeout(thawTimer);
    signal(frozen, 'SIGCONT');
  }
  if (frozen.length === 0) failures.push('found no PostgreSQL process to freeze');

  const failed = records.filter((r) => r.kind !== 'ok');
  const recoveredFrom = (continuedAt ?? Date.now()) + RECOVERY_GRACE_MS;
  const afterRecovery = failed.filter((r) => r.start >= recoveredFrom);
  const hung = records.filter((r) => r.kind === 'timeout');
  const maxFailMs = Math.max(0, ...failed.map((r) => r.ms));
  const maxMs = Math.max(0, ...records.map((r) => r.ms));
  const inWindow = records.filter((r) => r.end >= stoppedAt && r.start < recoveredFrom);
  const firstOk = records.filter((r) => r.kind === 'ok' && r.end >= continuedAt).sort((a, b) => a.end - b.end)[0];
  const byKind = (list) =>
    Object.entries(Object.groupBy(list, (r) => r.kind))
      .map(([kind, group]) => `${kind} ×${group.length}`)
      .join(', ');
  const failedInWindow = failed.filter((r) => r.start < recoveredFrom);

  const kept = [];
  for (const { cookie, person } of [...writers, ...readers]) {
    const me = await new GraphQLClient(instance.url, [], cookie).query('me after the freeze', ME);
    kept.push(me.data?.me?.personId === person.personId);
  }
  const sessionsKept = kept.filter(Boolean).length;

  if (hung.length) failures.push(`${hung.length} requests hung past 10 s`);
  if (sessionsKept < kept.length)
    failures.push(`${kept.length - sessionsKept} of ${kept.length} sessions lost in the freeze`);
  if (afterRecovery.length)
    failures.push(
      `${afterRecovery.length} failed requests after recovery (${RECOVERY_GRACE_MS / 1000} s after SIGCONT)`,
    );
  if (!instance.alive()) failures.push(`the instance died during the freeze (${JSON.stringify(instance.exit)})`);
  return {
    failures,
    maxFailMs,
    rows: [
      [
        'freeze',
        `${frozen.length} PostgreSQL processes stopped ${freezeMs / 1000} s under ${WRITERS} writers + ${READERS} readers`,
      ],
      [
        'requests',
        `${records.length} in all, ${inWindow.length} in the freeze window (SIGSTOP to SIGCONT + ${RECOVERY_GRACE_MS / 1000} s)`,
      ],
      [
        'failed in the freeze window',
        `${failedInWindow.length}${failedInWindow.length ? `: ${byKind(failedInWindow)}` : ''}`,
      ],
      [
        'max time to fail',
        `${(maxFailMs / 1000).toFixed(1)} s (target ≤ ${FAIL_WITHIN_TARGET_MS / 1000} s: ${maxFailMs <= FAIL_WITHIN_TARGET_MS ? 'met' : 'MISSED'})`,
      ],
      [
        'hung past 10 s',
        `${hung.length} (longest request ${(maxMs / 1000).toFixed(1)} s; the client gives up at 10 s)`,
      ],
      ['sessions after the freeze', `${sessionsKept} of ${kept.length} kept (same cookie signed in)`],
      ['first success after SIGCONT', firstOk ? `${((firstOk.end - continuedAt) / 1000).toFixed(1)} s` : 'none'],
      [
        'errors after recovery',
        `${afterRecovery.length} of ${records.filter((r) => r.start >= recoveredFrom).length} requests started ${RECOVERY_GRACE_MS / 1000} s or more after SIGCONT${afterRecovery.length ? `: ${byKind(afterRecovery)}` : ''}`,
      ],
    ],
  };
}
