// The yardstick: the smallest honest server for the same two reads Waymark serves over GraphQL,
// node:http + pg + plain SQL + JSON.stringify, same JSON shape as the GraphQL `data`.
// Auth is a header (x-person-id) instead of a session: the baseline measures the read path only.
//   GET /strategy-tree?id=<strategyId>   -> { data: { strategy: {...} } }
//   GET /my-updates                       -> { data: { myUpdates: [...] } }
import { createServer } from 'node:http';
import pg from 'pg';

pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, connectionTimeoutMillis: 2000 });
pool.on('error', (error) => console.error('baseline: idle client error', error.message));

const pascal = (v) => (v == null ? null : v.replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase()));
const ROMAN = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];
function roman(n) {
  let out = '';
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
const today = () => new Date().toISOString().slice(0, 10);
const normalise = (t) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

function updateJson(u, previousNarrative) {
  if (!u) return null;
  return {
    id: u.id,
    periodId: u.period_id,
    narrative: u.narrative,
    proposedRag: pascal(u.proposed_rag),
    validatedRag: pascal(u.validated_rag),
    effectiveRag: pascal(u.validated_rag ?? u.proposed_rag),
    reviewState: pascal(u.review_state),
    percentComplete: u.percent_complete,
    isStale:
      previousNarrative != null &&
      normalise(u.narrative) !== '' &&
      normalise(u.narrative) === normalise(previousNarrative),
  };
}

async function strategyTree(id) {
  const client = await pool.connect();
  try {
    const [s, nodes, actions, updates] = [
      await client.query(
        `SELECT s.id, s.title, s.short_title, s.theme_label, s.objective_label, s.action_label, s.has_objective_level, s.starts_on, s.ends_on,
                COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'state', p.state, 'startsOn', p.starts_on,
                  'endsOn', p.ends_on, 'updateDeadline', p.update_deadline) ORDER BY p.starts_on) FROM reporting_period p WHERE p.strategy_id = s.id), '[]') periods
           FROM strategy s WHERE s.id = $1`,
        [id],
      ),
      await client.query(
        `SELECT 'theme' kind, id, NULL::uuid theme_id, title, sort_order FROM theme WHERE strategy_id = $1 AND archived_at IS NULL
         UNION ALL SELECT 'objective', id, theme_id, title, sort_order FROM objective WHERE strategy_id = $1 AND archived_at IS NULL
         ORDER BY sort_order, title`,
        [id],
      ),
      await client.query(
        `SELECT a.id, a.theme_id, a.objective_id, a.ref, a.title, a.current_due_on, a.lifecycle_status, a.sort_order,
                o.name org, p.full_name person, g.name grp
           FROM action a LEFT JOIN organisation o ON o.id = a.lead_organisation_id LEFT JOIN person p ON p.id = a.lead_person_id
           LEFT JOIN partnership_group g ON g.id = a.delivery_group_id
          WHERE a.strategy_id = $1 AND a.archived_at IS NULL ORDER BY a.sort_order, a.title`,
        [id],
      ),
      await client.query(
        `SELECT * FROM (SELECT u.id, u.action_id, u.period_id, u.narrative, u.proposed_rag, u.validated_rag, u.review_state, u.percent_complete,
                row_number() OVER (PARTITION BY u.action_id ORDER BY rp.starts_on DESC) rn
           FROM progress_update u JOIN reporting_period rp ON rp.id = u.period_id WHERE rp.strategy_id = $1) x WHERE rn <= 3`,
        [id],
      ),
    ];
    const row = s.rows[0];
    if (!row) return null;
    const byAction = new Map();
    for (const u of updates.rows) {
      let list = byAction.get(u.action_id);
      if (!list) byAction.set(u.action_id, (list = []));
      list[u.rn - 1] = u;
    }
    const day = today();
    const objectives = new Map();
    const themes = [];
    for (const n of nodes.rows) {
      if (n.kind === 'theme') themes.push({ id: n.id, number: themes.length + 1, title: n.title, objectives: [] });
    }
    const themeById = new Map(themes.map((t) => [t.id, t]));
    for (const n of nodes.rows) {
      if (n.kind !== 'objective') continue;
      const t = themeById.get(n.theme_id);
      const o = { id: n.id, number: t.objectives.length + 1, title: n.title, actions: [] };
      t.objectives.push(o);
      objectives.set(n.id, o);
    }
    for (const a of actions.rows) {
      const parent = objectives.get(a.objective_id);
      if (!parent) continue;
      const [latest, previous, before] = byAction.get(a.id) ?? [];
      const open = !['complete', 'cancelled', 'ongoing'].includes(a.lifecycle_status);
      parent.actions.push({
        id: a.id,
        numberLabel: `${roman(parent.actions.length + 1)})`,
        title: a.title,
        ref: a.ref,
        leadOrganisationName: a.org,
        leadPersonName: a.person,
        deliveryGroupName: a.grp,
        currentDueOn: a.current_due_on,
        lifecycleStatus: pascal(a.lifecycle_status),
        isOverdue: open && a.current_due_on != null && a.current_due_on < day,
        latestUpdate: updateJson(latest, previous?.narrative),
        previousUpdate: updateJson(previous, before?.narrative),
      });
    }
    return {
      id: row.id,
      title: row.title,
      shortTitle: row.short_title,
      themeLabel: row.theme_label,
      objectiveLabel: row.objective_label,
      actionLabel: row.action_label,
      hasObjectiveLevel: row.has_objective_level,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      periods: row.periods.map((p) => ({ ...p, state: pascal(p.state) })),
      themes,
    };
  } finally {
    client.release();
  }
}

async function myUpdates(personId) {
  const { rows } = await pool.query(
    `WITH me AS (SELECT p.partnership_id, p.id, COALESCE(array_agg(m.group_id) FILTER (WHERE g.kind = 'delivery_group'), '{}') groups
                   FROM person p LEFT JOIN group_membership m ON m.person_id = p.id LEFT JOIN partnership_group g ON g.id = m.group_id
                  WHERE p.id = $1 GROUP BY p.id),
     current_period AS (
       SELECT DISTINCT ON (rp.strategy_id) rp.* FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id
        WHERE s.partnership_id = (SELECT partnership_id FROM me) AND s.archived_at IS NULL AND rp.state <> 'signed_off'
        ORDER BY rp.strategy_id, (rp.state = 'open') DESC, rp.starts_on ASC)
     SELECT a.id action_id, a.ref, a.title, a.lifecycle_status, a.current_due_on, s.id strategy_id, s.title strategy_title,
            cp.id period_id, cp.name period_name, cp.state period_state, cp.update_deadline,
            pu.id u_id, pu.narrative u_narrative, pu.proposed_rag u_rag, pu.review_state u_state, pu.version u_version,
            prev.name previous_period_name, pp.narrative p_narrative, pp.proposed_rag p_rag, pp.validated_rag p_vrag
       FROM action a JOIN strategy s ON s.id = a.strategy_id JOIN current_period cp ON cp.strategy_id = a.strategy_id
       JOIN theme t ON t.id = a.theme_id LEFT JOIN objective o ON o.id = a.objective_id
       LEFT JOIN progress_update pu ON pu.action_id = a.id AND pu.period_id = cp.id
       LEFT JOIN LATERAL (SELECT p.id, p.name FROM reporting_period p WHERE p.strategy_id = cp.strategy_id AND p.starts_on < cp.starts_on
                          ORDER BY p.starts_on DESC LIMIT 1) prev ON true
       LEFT JOIN progress_update pp ON pp.action_id = a.id AND pp.period_id = prev.id
      WHERE a.archived_at IS NULL AND a.lifecycle_status NOT IN ('complete', 'cancelled')
        AND (a.lead_person_id = $1 OR a.delivery_group_id = ANY((SELECT groups FROM me)::uuid[]))
      ORDER BY cp.update_deadline, s.sort_order, s.title, t.archived_at IS NOT NULL, CASE WHEN t.archived_at IS NULL THEN t.sort_order END,
               a.theme_id, o.sort_order NULLS FIRST, a.objective_id NULLS FIRST, a.sort_order, a.id`,
    [personId],
  );
  const day = today();
  return rows.map((r) => {
    const status = r.u_state ?? 'not_started';
    return {
      actionId: r.action_id,
      actionRef: r.ref,
      actionTitle: r.title,
      actionDueOn: r.current_due_on,
      actionLifecycleStatus: pascal(r.lifecycle_status),
      deadline: r.update_deadline,
      isOverdue: r.update_deadline < day && ['not_started', 'draft', 'returned'].includes(status),
      status,
      strategyId: r.strategy_id,
      strategyTitle: r.strategy_title,
      previousPeriodName: r.previous_period_name,
      period: {
        id: r.period_id,
        name: r.period_name,
        state: pascal(r.period_state),
        updateDeadline: r.update_deadline,
      },
      update: r.u_id
        ? {
            id: r.u_id,
            narrative: r.u_narrative,
            proposedRag: pascal(r.u_rag),
            reviewState: pascal(r.u_state),
            version: r.u_version,
          }
        : null,
      previousUpdate:
        r.p_narrative != null
          ? { narrative: r.p_narrative, proposedRag: pascal(r.p_rag), effectiveRag: pascal(r.p_vrag ?? r.p_rag) }
          : null,
    };
  });
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const send = (status, body) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const work =
    url.pathname === '/strategy-tree'
      ? strategyTree(url.searchParams.get('id')).then((strategy) => ({ data: { strategy } }))
      : url.pathname === '/my-updates'
        ? myUpdates(String(req.headers['x-person-id'])).then((list) => ({ data: { myUpdates: list } }))
        : url.pathname === '/health'
          ? Promise.resolve({ status: 'ok' })
          : null;
  if (!work) return send(404, { error: 'not found' });
  work.then(
    (body) => send(200, body),
    (error) => send(500, { error: String(error.message) }),
  );
});
server.listen(Number(process.env.PORT ?? 3999), '127.0.0.1', () =>
  console.log(`baseline listening on ${process.env.PORT ?? 3999}`),
);
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
