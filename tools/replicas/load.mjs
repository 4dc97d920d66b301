// A mixed read/write load through nginx: lead sessions save their owed updates (recording what the server
// accepted: id, version, text) between reads; senior-officer sessions read trees and My updates.
import { editableUpdates, ME, MY_UPDATES, saveUpdate, STRATEGY_TREE } from './journeys.mjs';
import { sleep } from './util.mjs';

const THINK_MS = 15;
const SERVER_DOWN = /^(network|timeout|http-5\d\d)$/;

/**
 * Runs until `deadline`. `writers` and `readers` are signed-in GraphQLClients. Writers share the lead's
 * editable updates round-robin, so no two clients edit the same update and a conflict means a lost or
 * doubled write. Returns { accepted, unanswered }: unanswered writes may or may not have committed.
 */
export async function runLoad({ writers, readers, strategyId, deadline }) {
  const accepted = [];
  const unanswered = [];
  const owned = await editableUpdates(writers[0]);
  if (owned.length < writers.length)
    throw new Error(`the lead owes ${owned.length} editable updates; need one per writer`);
  const shares = writers.map((_, w) =>
    owned
      .filter((_, i) => i % writers.length === w)
      .map((o) => ({ owed: o, version: o.update?.version ?? null, stale: false })),
  );
  await Promise.all([
    ...writers.map((client, w) => writeLoop(client, w, shares[w], deadline, accepted, unanswered)),
    ...readers.map((client) => readLoop(client, strategyId, deadline)),
  ]);
  return { accepted, unanswered };
}

async function writeLoop(client, writer, share, deadline, accepted, unanswered) {
  for (let seq = 0; Date.now() < deadline; seq++) {
    const target = share[seq % share.length];
    if (target.stale && !(await refresh(client, target))) {
      await sleep(THINK_MS);
      continue;
    }
    const narrative = `Replica load: writer ${writer} save ${seq} at ${new Date().toISOString()}.`;
    const result = await saveUpdate(client, target.owed, target.version, narrative);
    const saved = result.data?.saveProgressUpdate;
    if (result.ok && saved) {
      accepted.push({
        updateId: saved.id,
        actionId: target.owed.actionId,
        version: saved.version,
        narrative: saved.narrative,
        at: result.record.end,
      });
      target.version = saved.version;
    } else {
      // The outcome of a request cut off by a dying instance is unknown: re-read the version before the next save.
      if (SERVER_DOWN.test(result.record.kind))
        unanswered.push({ actionId: target.owed.actionId, narrative, at: result.record.start });
      target.stale = true;
    }
    await client.query('me', ME);
    await client.query('myUpdates', MY_UPDATES);
    await sleep(THINK_MS);
  }
}

async function refresh(client, target) {
  const result = await client.query('myUpdates', MY_UPDATES);
  const current = result.data?.myUpdates.find(
    (u) => u.actionId === target.owed.actionId && u.period.id === target.owed.period.id,
  );
  if (!current) return false;
  target.owed = current;
  target.version = current.update?.version ?? null;
  target.stale = false;
  return true;
}

async function readLoop(client, strategyId, deadline) {
  while (Date.now() < deadline) {
    await client.query('strategy', STRATEGY_TREE, { id: strategyId });
    await client.query('myUpdates', MY_UPDATES);
    await client.query('me', ME);
    await sleep(THINK_MS);
  }
}
