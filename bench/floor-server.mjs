// The floor: the same two reads as bench/baseline-server.mjs, but PostgreSQL builds the complete response JSON
// (byte for byte what JSON.stringify gives in the baseline) in one statement, and Node only passes the text on:
// no row objects, no assembly, no JSON.stringify. Compressed with gzip level 1 (as Waymark) when the client asks.
// `row_to_json` / `array_to_json` are used rather than `json_build_object` / `json_agg`, which add spaces.
// Auth is a header (x-person-id), as in the baseline.
//   GET /strategy-tree?id=<strategyId>   -> {"data":{"strategy":{...}}}
//   GET /my-updates                       -> {"data":{"myUpdates":[...]}}
import { createServer } from 'node:http';
import { pipeline } from 'node:stream';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, connectionTimeoutMillis: 2000 });
pool.on('error', (error) => console.error('floor: idle client error', error.message));

const GZIP_LEVEL = 1; // as Waymark's `compression` middleware
const GZIP_THRESHOLD = 1024;

/** snake_case enum label -> PascalCase, as GraphQL enums are named ('not_started' -> 'NotStarted'). */
const pascal = (column) => `replace(initcap(${column}::text), '_', '')`;
/** The shared domain's stale-narrative comparison: whitespace runs collapsed, trimmed, lower-cased. */
const normalised = (column) => `lower(btrim(regexp_replace(coalesce(${column}, ''), '\\s+', ' ', 'g')))`;

const TREE_SQL = `
WITH u AS (
  SELECT x.*, ${normalised('x.narrative')} AS norm FROM (
    SELECT u.id, u.action_id, u.period_id, u.narrative, u.proposed_rag, u.validated_rag, u.review_state, u.percent_complete,
           row_number() OVER (PARTITION BY u.action_id ORDER BY rp.starts_on DESC) AS rn
      FROM progress_update u JOIN reporting_period rp ON rp.id = u.period_id WHERE rp.strategy_id = $1) x
   WHERE x.rn <= 3),
uj AS (
  SELECT a.action_id, a.rn, row_to_json(r) AS j
    FROM u a LEFT JOIN u b ON b.action_id = a.action_id AND b.rn = a.rn + 1
   CROSS JOIN LATERAL (SELECT a.id, a.period_id AS "periodId", a.narrative, ${pascal('a.proposed_rag')} AS "proposedRag",
          ${pascal('a.validated_rag')} AS "validatedRag", ${pascal('coalesce(a.validated_rag, a.proposed_rag)')} AS "effectiveRag",
          ${pascal('a.review_state')} AS "reviewState", a.percent_complete AS "percentComplete",
          (b.narrative IS NOT NULL AND a.norm <> '' AND a.norm = b.norm) AS "isStale") r
   WHERE a.rn <= 2),
an AS (
  SELECT a.*, row_number() OVER (PARTITION BY a.objective_id ORDER BY a.sort_order, a.title) AS n
    FROM action a JOIN objective ob ON ob.id = a.objective_id AND ob.archived_at IS NULL
   WHERE a.strategy_id = $1 AND a.archived_at IS NULL),
actions_by_objective AS (
  SELECT an.objective_id, array_to_json(array_agg(row_to_json(r) ORDER BY an.n)) AS actions
    FROM an
    LEFT JOIN organisation o ON o.id = an.lead_organisation_id
    LEFT JOIN person p ON p.id = an.lead_person_id
    LEFT JOIN partnership_group g ON g.id = an.delivery_group_id
    LEFT JOIN uj u1 ON u1.action_id = an.id AND u1.rn = 1
    LEFT JOIN uj u2 ON u2.action_id = an.id AND u2.rn = 2
   CROSS JOIN LATERAL (SELECT an.id, lower(to_char(an.n, 'FMRN')) || ')' AS "numberLabel", an.title, an.ref,
          o.name AS "leadOrganisationName", p.full_name AS "leadPersonName", g.name AS "deliveryGroupName",
          an.current_due_on AS "currentDueOn", ${pascal('an.lifecycle_status')} AS "lifecycleStatus",
          (an.lifecycle_status NOT IN ('complete', 'cancelled', 'ongoing') AND an.current_due_on IS NOT NULL
            AND an.current_due_on < $2::date) AS "isOverdue",
          u1.j AS "latestUpdate", u2.j AS "previousUpdate") r
   GROUP BY an.objective_id),
objectives_by_theme AS (
  SELECT o.theme_id, array_to_json(array_agg(row_to_json(r) ORDER BY o.number)) AS objectives
    FROM (SELECT ob.*, row_number() OVER (PARTITION BY ob.theme_id ORDER BY ob.sort_order, ob.title) AS number
            FROM objective ob WHERE ob.strategy_id = $1 AND ob.archived_at IS NULL) o
    LEFT JOIN actions_by_objective x ON x.objective_id = o.id
   CROSS JOIN LATERAL (SELECT o.id, o.number, o.title, coalesce(x.actions, '[]'::json) AS actions) r
   GROUP BY o.theme_id),
themes AS (
  SELECT array_to_json(array_agg(row_to_json(r) ORDER BY t.number)) AS themes
    FROM (SELECT th.*, row_number() OVER (ORDER BY th.sort_order, th.title) AS number
            FROM theme th WHERE th.strategy_id = $1 AND th.archived_at IS NULL) t
    LEFT JOIN objectives_by_theme x ON x.theme_id = t.id
   CROSS JOIN LATERAL (SELECT t.id, t.number, t.title, coalesce(x.objectives, '[]'::json) AS objectives) r)
SELECT '{"data":{"strategy":' || coalesce((
  SELECT row_to_json(r)::text FROM strategy s
   CROSS JOIN LATERAL (SELECT s.id, s.title, s.short_title AS "shortTitle", s.theme_label AS "themeLabel",
          s.objective_label AS "objectiveLabel", s.action_label AS "actionLabel", s.has_objective_level AS "hasObjectiveLevel",
          s.starts_on AS "startsOn", s.ends_on AS "endsOn",
          coalesce((SELECT array_to_json(array_agg(row_to_json(p) ORDER BY p."startsOn"))
                      FROM (SELECT id, name, ${pascal('state')} AS state, starts_on AS "startsOn", ends_on AS "endsOn",
                                   update_deadline AS "updateDeadline"
                              FROM reporting_period WHERE strategy_id = s.id) p), '[]'::json) AS periods,
          coalesce((SELECT themes FROM themes), '[]'::json) AS themes) r
   WHERE s.id = $1), 'null') || '}}' AS body`;

const MY_UPDATES_SQL = `
WITH me AS (SELECT p.partnership_id, p.id, COALESCE(array_agg(m.group_id) FILTER (WHERE g.kind = 'delivery_group'), '{}') groups
              FROM person p LEFT JOIN group_membership m ON m.person_id = p.id LEFT JOIN partnership_group g ON g.id = m.group_id
             WHERE p.id = $1 GROUP BY p.id),
current_period AS (
  SELECT DISTINCT ON (rp.strategy_id) rp.* FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id
   WHERE s.partnership_id = (SELECT partnership_id FROM me) AND s.archived_at IS NULL AND rp.state <> 'signed_off'
   ORDER BY rp.strategy_id, (rp.state = 'open') DESC, rp.starts_on ASC),
rows AS (
  SELECT cp.update_deadline, s.sort_order AS s_sort, s.title AS s_title, t.archived_at IS NOT NULL AS t_archived,
         CASE WHEN t.archived_at IS NULL THEN t.sort_order END AS t_sort, a.theme_id, o.sort_order AS o_sort, a.objective_id,
         a.sort_order, a.id AS action_id, row_to_json(r) AS j
    FROM action a JOIN strategy s ON s.id = a.strategy_id JOIN current_period cp ON cp.strategy_id = a.strategy_id
    JOIN theme t ON t.id = a.theme_id LEFT JOIN objective o ON o.id = a.objective_id
    LEFT JOIN progress_update pu ON pu.action_id = a.id AND pu.period_id = cp.id
    LEFT JOIN LATERAL (SELECT p.id, p.name FROM reporting_period p WHERE p.strategy_id = cp.strategy_id AND p.starts_on < cp.starts_on
                        ORDER BY p.starts_on DESC LIMIT 1) prev ON true
    LEFT JOIN progress_update pp ON pp.action_id = a.id AND pp.period_id = prev.id
   CROSS JOIN LATERAL (SELECT coalesce(pu.review_state::text, 'not_started') AS status) st
   CROSS JOIN LATERAL (SELECT a.id AS "actionId", a.ref AS "actionRef", a.title AS "actionTitle", a.current_due_on AS "actionDueOn",
          ${pascal('a.lifecycle_status')} AS "actionLifecycleStatus", cp.update_deadline AS deadline,
          coalesce(cp.update_deadline < $2::date AND st.status IN ('not_started', 'draft', 'returned'), false) AS "isOverdue",
          st.status, s.id AS "strategyId", s.title AS "strategyTitle", prev.name AS "previousPeriodName",
          (SELECT row_to_json(x) FROM (SELECT cp.id, cp.name, ${pascal('cp.state')} AS state, cp.update_deadline AS "updateDeadline") x) AS period,
          (SELECT row_to_json(x) FROM (SELECT pu.id, pu.narrative, ${pascal('pu.proposed_rag')} AS "proposedRag",
                  ${pascal('pu.review_state')} AS "reviewState", pu.version) x WHERE pu.id IS NOT NULL) AS update,
          (SELECT row_to_json(x) FROM (SELECT pp.narrative, ${pascal('pp.proposed_rag')} AS "proposedRag",
                  ${pascal('coalesce(pp.validated_rag, pp.proposed_rag)')} AS "effectiveRag") x WHERE pp.narrative IS NOT NULL) AS "previousUpdate") r
   WHERE a.archived_at IS NULL AND a.lifecycle_status NOT IN ('complete', 'cancelled')
     AND (a.lead_person_id = $1 OR a.delivery_group_id = ANY((SELECT groups FROM me)::uuid[])))
SELECT '{"data":{"myUpdates":' || coalesce(array_to_json(array_agg(j ORDER BY update_deadline, s_sort, s_title, t_archived, t_sort,
       theme_id, o_sort NULLS FIRST, objective_id NULLS FIRST, sort_order, action_id))::text, '[]') || '}}' AS body
  FROM rows`;

const today = () => new Date().toISOString().slice(0, 10);

function send(req, res, status, text) {
  const gzip = text.length >= GZIP_THRESHOLD && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (!gzip) {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
  pipeline(Readable.from([text]), createGzip({ level: GZIP_LEVEL }), res, () => undefined);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const query =
    url.pathname === '/strategy-tree'
      ? pool.query(TREE_SQL, [url.searchParams.get('id'), today()])
      : url.pathname === '/my-updates'
        ? pool.query(MY_UPDATES_SQL, [String(req.headers['x-person-id']), today()])
        : null;
  if (url.pathname === '/health') return send(req, res, 200, '{"status":"ok"}');
  if (!query) return send(req, res, 404, '{"error":"not found"}');
  query.then(
    ({ rows }) => send(req, res, 200, rows[0].body),
    (error) => send(req, res, 500, JSON.stringify({ error: String(error.message) })),
  );
});
server.listen(Number(process.env.PORT ?? 3998), '127.0.0.1', () =>
  console.log(`floor listening on ${process.env.PORT ?? 3998}`),
);
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
