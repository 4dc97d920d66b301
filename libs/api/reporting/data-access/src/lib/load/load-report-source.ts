import {
  queryRows,
  type CamelRow,
  type IndicatorRow,
  type IndicatorValueRow,
  type SqlRunner,
  type ReportingPeriodRow,
  type StrategyRow,
} from '@waymark/api/database';
import type { ReportSource, SourceIndicator } from '@waymark/shared/report-model';

/** Anything that runs SQL with positional parameters: a DataSource, an EntityManager, a QueryRunner. */
export type Queryable = SqlRunner;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

const num = (value: Numeric | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/** A numeric column: text as pg answers it, a number in `json_agg`'s JSON (the text path). */
type Numeric = string | number;
type IndicatorRead = CamelRow<Pick<IndicatorRow, 'id' | 'objective_id' | 'name' | 'unit' | 'sort_order'>> & {
  readonly direction: SourceIndicator['direction'];
  readonly baseline: Numeric | null;
  readonly target: Numeric | null;
  readonly tolerance: Numeric | null;
};
type IndicatorValueRead = CamelRow<Pick<IndicatorValueRow, 'indicator_id' | 'period_id' | 'note'>> & {
  readonly value: Numeric;
};

/** Statements one load issues, whatever the size of the strategy. */
export const REPORT_SOURCE_STATEMENTS = 10;

/**
 * Loads everything a report needs for one strategy in a fixed number of set-based statements
 * (strategy, periods, themes, objectives, actions with names, updates, commentary, indicators,
 * indicator values, due-date moves). Archived records are left out. Null when no such strategy.
 */
export async function loadReportSource(db: Queryable, strategyId: string): Promise<ReportSource | null> {
  if (!isUuid(strategyId)) return null;
  const raw = await loadRows(db, strategyId);
  return raw && assembleReportSource(raw);
}

/**
 * The same data as `loadReportSource`, in the same statements, but each statement answers one JSON text
 * (`json_agg(...)::text`): the API's main thread only receives ten strings and hands them to the report worker
 * (strings are copied, not walked, by postMessage), which parses and assembles them (`reportSourceFromText`).
 * Null when no such strategy. `partnershipId` is for the access check.
 */
export async function loadReportSourceText(db: Queryable, strategyId: string): Promise<ReportSourceText | null> {
  if (!isUuid(strategyId)) return null;
  const parts = await loadTexts(db, strategyId);
  if (!parts) return null;
  const strategy = JSON.parse(parts.strategy) as RawSource['strategy'];
  return { kind: 'report-source-text', partnershipId: strategy[0].partnershipId, parts };
}

/** A report source as JSON texts, one per statement; parsed where the report is rendered. */
export interface ReportSourceText {
  readonly kind: 'report-source-text';
  readonly partnershipId: string;
  readonly parts: Readonly<Record<RawKey, string>>;
}

export function reportSourceFromText(text: ReportSourceText): ReportSource {
  const parse = <K extends RawKey>(key: K) => JSON.parse(text.parts[key]) as RawSource[K];
  return assembleReportSource({
    strategy: parse('strategy'),
    periods: parse('periods'),
    themes: parse('themes'),
    objectives: parse('objectives'),
    actions: parse('actions'),
    updates: parse('updates'),
    commentary: parse('commentary'),
    indicators: parse('indicators'),
    indicatorValues: parse('indicatorValues'),
    dueDateChanges: parse('dueDateChanges'),
  });
}

type RawKey =
  | 'strategy'
  | 'periods'
  | 'themes'
  | 'objectives'
  | 'actions'
  | 'updates'
  | 'commentary'
  | 'indicators'
  | 'indicatorValues'
  | 'dueDateChanges';

/** Each statement's rows (the strategy's: one, or none when there is no such strategy). */
interface RawSource {
  strategy: Array<ReportSource['strategy']>;
  periods: ReportSource['periods'];
  themes: ReportSource['themes'];
  objectives: ReportSource['objectives'];
  actions: ReportSource['actions'];
  updates: ReportSource['updates'];
  commentary: ReportSource['commentary'];
  indicators: IndicatorRead[];
  indicatorValues: IndicatorValueRead[];
  dueDateChanges: ReportSource['dueDateChanges'];
}

/** The ten statements, in the order they run; each takes the strategy id as $1. */
const STATEMENTS: Readonly<Record<RawKey, string>> = {
  strategy: `
    SELECT s.id, s.partnership_id AS "partnershipId", p.name AS "partnershipName", s.title, s.starts_on AS "startsOn", s.ends_on AS "endsOn",
           s.description, s.theme_label AS "themeLabel", s.objective_label AS "objectiveLabel", s.action_label AS "actionLabel",
           s.has_objective_level AS "hasObjectiveLevel"
      FROM strategy s JOIN partnership p ON p.id = s.partnership_id
     WHERE s.id = $1 AND s.archived_at IS NULL`,
  periods: `
    SELECT id, name, starts_on AS "startsOn", ends_on AS "endsOn", update_deadline AS "updateDeadline", state
      FROM reporting_period WHERE strategy_id = $1 ORDER BY starts_on, id`,
  themes: `
    SELECT id, title, sort_order AS "sortOrder" FROM theme WHERE strategy_id = $1 AND archived_at IS NULL`,
  objectives: `
    SELECT o.id, o.theme_id AS "themeId", o.title, o.sort_order AS "sortOrder"
      FROM objective o JOIN theme t ON t.id = o.theme_id
     WHERE o.strategy_id = $1 AND o.archived_at IS NULL AND t.archived_at IS NULL`,
  actions: `
    SELECT a.id, a.theme_id AS "themeId", a.objective_id AS "objectiveId", a.ref, a.title,
           COALESCE(org.short_name, org.name) AS "leadOrganisation", person.full_name AS "leadPerson", g.name AS "deliveryGroup",
           a.original_due_on AS "originalDueOn", a.current_due_on AS "currentDueOn", a.reschedule_count AS "rescheduleCount",
           a.lifecycle_status AS "lifecycleStatus", a.sort_order AS "sortOrder", to_char(a.created_at, 'YYYY-MM-DD') AS "createdOn", to_char(a.starts_on, 'YYYY-MM-DD') AS "startsOn"
      FROM action a
      JOIN theme t ON t.id = a.theme_id AND t.archived_at IS NULL
      LEFT JOIN objective o ON o.id = a.objective_id
      LEFT JOIN organisation org ON org.id = a.lead_organisation_id
      LEFT JOIN person ON person.id = a.lead_person_id
      LEFT JOIN partnership_group g ON g.id = a.delivery_group_id
     WHERE a.strategy_id = $1 AND a.archived_at IS NULL AND (o.id IS NULL OR o.archived_at IS NULL)`,
  updates: `
    SELECT u.action_id AS "actionId", u.period_id AS "periodId", u.narrative, u.proposed_rag AS "proposedRag", u.validated_rag AS "validatedRag",
           u.lifecycle_status AS "lifecycleStatus", u.review_state AS "reviewState", u.percent_complete AS "percentComplete"
      FROM progress_update u JOIN reporting_period rp ON rp.id = u.period_id
     WHERE rp.strategy_id = $1`,
  commentary: `
    SELECT c.id, c.theme_id AS "themeId", c.period_id AS "periodId", c.body, c.sort_order AS "sortOrder"
      FROM theme_commentary c JOIN theme t ON t.id = c.theme_id
     WHERE t.strategy_id = $1 AND c.archived_at IS NULL`,
  indicators: `
    SELECT id, objective_id AS "objectiveId", name, unit, direction, baseline, target, tolerance, sort_order AS "sortOrder"
      FROM indicator WHERE strategy_id = $1 AND archived_at IS NULL`,
  indicatorValues: `
    SELECT v.indicator_id AS "indicatorId", v.period_id AS "periodId", v.value, v.note
      FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
     WHERE i.strategy_id = $1 AND i.archived_at IS NULL`,
  dueDateChanges: `
    SELECT e.entity_id AS "actionId",
           COALESCE(e.changes->'currentDueOn'->>'before', e.changes->'current_due_on'->>'before') AS "from",
           COALESCE(e.changes->'currentDueOn'->>'after', e.changes->'current_due_on'->>'after') AS "to",
           to_char(e.occurred_at, 'YYYY-MM-DD') AS "changedOn"
      FROM audit_entry e JOIN action a ON a.id = e.entity_id
     WHERE a.strategy_id = $1 AND e.entity_type = 'action' AND e.operation <> 'create'
       AND (e.changes ? 'currentDueOn' OR e.changes ? 'current_due_on')`,
};

/** Runs the ten statements, one after another (one connection may be a transaction's); null when there is no such strategy. */
async function loadRows(db: Queryable, strategyId: string): Promise<RawSource | null> {
  const rows = <K extends RawKey>(key: K) => queryRows<RawSource[K][number]>(db, STATEMENTS[key], [strategyId]);
  const strategy = await rows('strategy');
  if (!strategy[0]) return null;
  return {
    strategy,
    periods: await rows('periods'),
    themes: await rows('themes'),
    objectives: await rows('objectives'),
    actions: await rows('actions'),
    updates: await rows('updates'),
    commentary: await rows('commentary'),
    indicators: await rows('indicators'),
    indicatorValues: await rows('indicatorValues'),
    dueDateChanges: await rows('dueDateChanges'),
  };
}

/** The same statements, each answering `coalesce(json_agg(row), '[]')::text` instead of rows. */
async function loadTexts(db: Queryable, strategyId: string): Promise<Record<RawKey, string> | null> {
  const text = async (key: RawKey) => {
    const [row] = await queryRows<{ json: string }>(
      db,
      `SELECT coalesce(json_agg(q), '[]'::json)::text AS json FROM (${STATEMENTS[key]}) q`,
      [strategyId],
    );
    return row.json;
  };
  // The JSON array as it came: '[]' when there is no such strategy.
  const strategy = await text('strategy');
  if (strategy === '[]') return null;
  return {
    strategy,
    periods: await text('periods'),
    themes: await text('themes'),
    objectives: await text('objectives'),
    actions: await text('actions'),
    updates: await text('updates'),
    commentary: await text('commentary'),
    indicators: await text('indicators'),
    indicatorValues: await text('indicatorValues'),
    dueDateChanges: await text('dueDateChanges'),
  };
}

function assembleReportSource(raw: RawSource): ReportSource {
  const { periods, themes, objectives, actions, updates, commentary, indicators, indicatorValues, dueDateChanges } =
    raw;
  return {
    strategy: raw.strategy[0],
    periods,
    themes,
    objectives,
    actions: actions.map((a) => ({ ...a, rescheduleCount: Number(a.rescheduleCount) })),
    updates: updates.map((u) => ({ ...u, percentComplete: num(u.percentComplete) })),
    commentary,
    indicators: indicators.map((i) => ({
      id: i.id,
      objectiveId: i.objectiveId ?? null,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baseline: num(i.baseline),
      target: num(i.target),
      tolerance: num(i.tolerance),
      sortOrder: Number(i.sortOrder),
    })),
    indicatorValues: indicatorValues.map((v) => ({
      indicatorId: v.indicatorId,
      periodId: v.periodId,
      value: Number(v.value),
      note: v.note ?? null,
    })),
    dueDateChanges: dueDateChanges.map((c) => ({
      ...c,
      from: c.from?.slice(0, 10) ?? null,
      to: c.to?.slice(0, 10) ?? null,
    })),
  };
}

/** Resolves a strategy by id or (case-insensitive) title, for the CLI. */
export async function findStrategyId(db: Queryable, idOrTitle: string): Promise<string | null> {
  const found = await queryRows<Pick<StrategyRow, 'id'>>(
    db,
    `SELECT id FROM strategy WHERE archived_at IS NULL AND (id::text = $1 OR lower(title) = lower($1) OR lower(short_title) = lower($1)) ORDER BY created_at LIMIT 1`,
    [idOrTitle],
  );
  return found[0]?.id ?? null;
}

/** Resolves a reporting period of a strategy by id or name. */
export async function findPeriodId(db: Queryable, strategyId: string, idOrName: string): Promise<string | null> {
  const found = await queryRows<Pick<ReportingPeriodRow, 'id'>>(
    db,
    `SELECT id FROM reporting_period WHERE strategy_id = $1 AND (id::text = $2 OR lower(name) = lower($2)) LIMIT 1`,
    [strategyId, idOrName],
  );
  return found[0]?.id ?? null;
}
