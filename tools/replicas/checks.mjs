// Checks against the database and the instances themselves. Each returns a list of failures (empty = passed).
import pg from 'pg';
import { GraphQLClient } from './graphql-client.mjs';
import { ME } from './journeys.mjs';

export async function withDatabase(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Migrations applied once each, each demo partnership once (the demo holds two), one account per e-mail and one
 * membership per partnership and e-mail, exactly one instance loaded it.
 */
export async function checkStartup(db, instances) {
  const failures = [];
  const migrations = (await db.query('SELECT name, count(*)::int AS n FROM schema_migration GROUP BY name')).rows;
  if (migrations.length === 0) failures.push('no migration recorded in schema_migration');
  for (const m of migrations.filter((m) => m.n !== 1)) failures.push(`migration ${m.name} recorded ${m.n} times`);
  const partnerships = (await db.query('SELECT name, count(*)::int AS n FROM partnership GROUP BY name')).rows;
  if (partnerships.length === 0) failures.push('no partnership after three starts (expected the demo partnerships)');
  for (const p of partnerships.filter((p) => p.n !== 1))
    failures.push(`partnership ${p.name} exists ${p.n} times after three starts`);
  const accounts = (await db.query('SELECT email, count(*)::int AS n FROM account GROUP BY email HAVING count(*) > 1'))
    .rows;
  for (const a of accounts) failures.push(`account ${a.email} exists ${a.n} times`);
  const memberships = (
    await db.query('SELECT email, count(*)::int AS n FROM person GROUP BY partnership_id, email HAVING count(*) > 1')
  ).rows;
  for (const m of memberships) failures.push(`person ${m.email} exists ${m.n} times in one partnership`);
  const loaders = instances.filter((i) => i.log().includes('Loaded the demo partnership')).map((i) => i.name);
  if (loaders.length !== 1) failures.push(`demo data loaded by ${loaders.length} instances (${loaders.join(', ')})`);
  const waited = instances.filter((i) => i.log().includes('Waiting for another instance')).map((i) => i.name);
  return { failures, migrations: migrations.length, loader: loaders[0] ?? null, waited };
}

/**
 * Every write answered with success committed (its audit row carries its text), and each update's row holds the
 * last accepted version and text, unless a later unanswered write committed over it (then that text, newer version).
 */
export async function checkWrites(db, accepted, unanswered) {
  const failures = [];
  const auditRows = (
    await db.query(
      `SELECT entity_id::text AS id, changes->'narrative'->>'after' AS narrative FROM audit_entry WHERE entity_type = 'progress_update'`,
    )
  ).rows;
  const audited = new Set(auditRows.map((r) => `${r.id} ${r.narrative}`));
  const auditedTexts = new Set(auditRows.map((r) => r.narrative));
  let verified = 0;
  for (const w of accepted) {
    if (audited.has(`${w.updateId} ${w.narrative}`)) verified++;
    else failures.push(`accepted write lost: update ${w.updateId} v${w.version} "${w.narrative}"`);
  }
  const last = new Map();
  for (const w of accepted) if ((last.get(w.updateId)?.version ?? -1) < w.version) last.set(w.updateId, w);
  const rows = new Map(
    (
      await db.query('SELECT id::text, version, narrative FROM progress_update WHERE id = ANY($1::uuid[])', [
        [...last.keys()],
      ])
    ).rows.map((r) => [r.id, r]),
  );
  let laterUnanswered = 0;
  for (const [id, w] of last) {
    const row = rows.get(id);
    if (!row) failures.push(`update ${id} is missing`);
    else if (row.version === w.version && row.narrative === w.narrative) continue;
    else if (
      row.version > w.version &&
      unanswered.some((u) => u.actionId === w.actionId && u.narrative === row.narrative)
    )
      laterUnanswered++;
    else
      failures.push(
        `update ${id}: database has v${row.version} "${row.narrative}", last accepted v${w.version} "${w.narrative}"`,
      );
  }
  const committedUnanswered = unanswered.filter((u) => auditedTexts.has(u.narrative)).length;
  return { failures, verified, updates: last.size, laterUnanswered, committedUnanswered };
}

/** A session signed in through nginx is recognised by each given instance when its cookie is sent straight to it. */
export async function checkSessionCarries(cookie, personId, instances) {
  const failures = [];
  for (const instance of instances) {
    const direct = new GraphQLClient(`http://127.0.0.1:${instance.port}`, [], cookie);
    const result = await direct.query('me (direct)', ME);
    if (result.data?.me?.personId !== personId)
      failures.push(`${instance.name} did not recognise the session: ${result.record.kind}`);
  }
  return failures;
}
