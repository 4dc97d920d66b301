// The API journeys the replica test runs through nginx: sign in, My updates, a strategy tree, saving an update.

export const ME = '{ me { personId email fullName } }';
export const MY_UPDATES = `{ myUpdates { actionId actionTitle actionLifecycleStatus status strategyId period { id name state } update { id version narrative reviewState proposedRag lifecycleStatus } } }`;
const UPDATE_FIELDS = 'id version narrative reviewState proposedRag';
export const STRATEGY_TREE = `query Tree($id: ID!) { strategy(id: $id) { id title periods { id name state }
  themes { id number title actions { id title latestUpdate { id version } } objectives { id number title actions { id title leadPersonName lifecycleStatus latestUpdate { id version reviewState } } } } } }`;
export const STRATEGIES = '{ strategies { id title } }';
const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { personId fullName } }';
const SAVE = `mutation Save($input: SaveProgressUpdateInput!) { saveProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;

const EDITABLE = ['not_started', 'draft', 'returned'];
/** The server requires a RAG in these lifecycle states and refuses one otherwise. */
const RAG_APPLIES = ['InProgress', 'Ongoing'];

function must(result, what) {
  if (!result.ok)
    throw new Error(`${what} failed: ${result.record.kind} ${JSON.stringify(result.errors ?? result.record.status)}`);
  return result.data;
}

export async function signIn(client, account) {
  const data = must(
    await client.mutate('signIn', SIGN_IN, { input: { email: account.email, password: account.password } }),
    `sign-in as ${account.email}`,
  );
  if (!client.cookie) throw new Error(`sign-in as ${account.email} set no session cookie`);
  return data.signIn;
}

export async function myUpdates(client) {
  return must(await client.query('myUpdates', MY_UPDATES), 'My updates').myUpdates;
}

/** Updates this person can save now: not started yet, a draft, or returned to them, in an open period. */
export async function editableUpdates(client) {
  return (await myUpdates(client)).filter((u) => EDITABLE.includes(u.status) && u.period.state === 'Open');
}

export async function strategyTree(client, strategyId) {
  return must(await client.query('strategy', STRATEGY_TREE, { id: strategyId }), 'strategy tree').strategy;
}

/** One save of an owed update; `version` null creates it. Returns the raw result (callers count failures). */
export function saveUpdate(client, owed, version, narrative) {
  const lifecycle = owed.update?.lifecycleStatus ?? owed.actionLifecycleStatus;
  const proposedRag = RAG_APPLIES.includes(lifecycle) ? (owed.update?.proposedRag ?? 'Green') : null;
  return client.mutate('saveProgressUpdate', SAVE, {
    input: { actionId: owed.actionId, periodId: owed.period.id, version, narrative, proposedRag },
  });
}

/** The journeys a lead and a senior officer go through, once, before the load. Throws on the first failure. */
export async function runJourneys({ lead, senior, accounts }) {
  const leadPerson = await signIn(lead, accounts.lead);
  const seniorPerson = await signIn(senior, accounts.senior);
  const owed = await myUpdates(lead);
  const seniorOwed = await myUpdates(senior);
  const strategies = must(await senior.query('strategies', STRATEGIES), 'strategies').strategies;
  if (strategies.length === 0) throw new Error('the demo partnership has no strategy');
  const tree = await strategyTree(senior, strategies[0].id);
  await strategyTree(lead, strategies[0].id);
  const editable = owed.filter((u) => EDITABLE.includes(u.status) && u.period.state === 'Open');
  if (editable.length === 0)
    throw new Error(`the demo lead owes no editable update (statuses: ${owed.map((u) => u.status).join(', ')})`);
  const first = editable[0];
  const saved = must(
    await saveUpdate(lead, first, first.update?.version ?? null, 'Journey: progress saved through nginx.'),
    'save progress update',
  ).saveProgressUpdate;
  const reread = (await myUpdates(lead)).find((u) => u.actionId === first.actionId);
  if (reread?.update?.narrative !== 'Journey: progress saved through nginx.')
    throw new Error('the saved update did not read back through nginx');
  return {
    lead: leadPerson,
    senior: seniorPerson,
    owed: owed.length,
    seniorOwed: seniorOwed.length,
    editable: editable.length,
    strategy: tree.title,
    themes: tree.themes.length,
    saved: { id: saved.id, version: saved.version, narrative: saved.narrative },
  };
}
