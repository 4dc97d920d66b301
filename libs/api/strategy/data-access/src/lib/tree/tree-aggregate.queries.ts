import { queryRows } from '@waymark/api/database';
import { effectiveRag, isStaleNarrative, type JsonTimestamps, type ReportingPeriod } from '@waymark/shared/domain';
import { TreeRows } from './tree.assembler';
import {
  ACTION_COLUMNS,
  ACTION_JOINS,
  ActionRow,
  ObjectiveRow,
  Queryable,
  STRATEGY_COLUMNS,
  STRATEGY_JOINS,
  StrategyRow,
  ThemeRow,
} from './tree.queries';
import { UpdateView } from './tree.views';

/**
 * The whole strategy tree in two set-based statements whatever its size (issue 7: ≤ 3 per request with the
 * session): (1) the strategies with their periods, themes and objectives as JSON aggregates; (2) their actions
 * with names, supporters and updates (every period, or only the latest three) as a JSON aggregate per action.
 * Both filter on the same strategy ids, so they run side by side.
 */

interface StrategyAggregateRow extends StrategyRow {
  periods: JsonTimestamps<ReportingPeriod>[];
  themes: ThemeRow[];
  objectives: ObjectiveRow[];
}

type UpdateJson = Omit<
  UpdateView,
  'effectiveRag' | 'isStale' | 'reviewedAt' | 'submittedAt' | 'createdAt' | 'updatedAt'
> & {
  reviewedAt: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

interface ActionAggregateRow extends ActionRow {
  updates: UpdateJson[];
}

export function selectStrategyAggregates(
  q: Queryable,
  where: { ids?: readonly string[]; partnershipId?: string },
): Promise<StrategyAggregateRow[]> {
  return queryRows<StrategyAggregateRow>(
    q,
    `SELECT ${STRATEGY_COLUMNS},
       coalesce((SELECT json_agg(json_build_object('id', rp.id, 'strategyId', rp.strategy_id, 'name', rp.name, 'startsOn', rp.starts_on,
                   'endsOn', rp.ends_on, 'updateDeadline', rp.update_deadline, 'state', rp.state, 'signedOffAt', rp.signed_off_at,
                   'signedOffById', rp.signed_off_by_id, 'version', rp.version) ORDER BY rp.starts_on, rp.ends_on, rp.id)
                 FROM reporting_period rp WHERE rp.strategy_id = s.id), '[]'::json) AS periods,
       coalesce((SELECT json_agg(json_build_object('id', t.id, 'strategyId', t.strategy_id, 'title', t.title, 'description', t.description,
                   'sortOrder', t.sort_order, 'version', t.version))
                 FROM theme t WHERE t.strategy_id = s.id AND t.archived_at IS NULL), '[]'::json) AS themes,
       coalesce((SELECT json_agg(json_build_object('id', o.id, 'strategyId', o.strategy_id, 'themeId', o.theme_id, 'title', o.title,
                   'sortOrder', o.sort_order, 'version', o.version))
                 FROM objective o WHERE o.strategy_id = s.id AND o.archived_at IS NULL), '[]'::json) AS objectives
     FROM strategy s ${STRATEGY_JOINS}
     WHERE ($1::uuid[] IS NULL OR s.id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR (s.partnership_id = $2 AND s.archived_at IS NULL))
     ORDER BY s.sort_order, s.starts_on, s.title, s.id`,
    [where.ids ?? null, where.partnershipId ?? null],
  );
}

/** Live actions of live themes/objectives, each with its updates in period order (the latest `limit`, or all). */
export function selectActionAggregates(
  q: Queryable,
  strategyIds: readonly string[] | null,
  partnershipId: string | null,
  limit: number | null,
): Promise<ActionAggregateRow[]> {
  return queryRows<ActionAggregateRow>(
    q,
    `SELECT ${ACTION_COLUMNS},
       coalesce((SELECT json_agg(v ORDER BY r.starts_on, r.ends_on, r.period_id)
                 FROM (SELECT u.*, au.full_name AS author_name, rp.starts_on, rp.ends_on
                       FROM progress_update u JOIN reporting_period rp ON rp.id = u.period_id LEFT JOIN person au ON au.id = u.author_id
                       WHERE u.action_id = a.id
                       ORDER BY rp.starts_on DESC, rp.ends_on DESC, rp.id DESC LIMIT $3::int) r
                 CROSS JOIN LATERAL (SELECT r.id, r.action_id AS "actionId", r.period_id AS "periodId", r.narrative,
                         r.proposed_rag AS "proposedRag", r.validated_rag AS "validatedRag", r.validation_reason AS "validationReason",
                         r.percent_complete AS "percentComplete", r.lifecycle_status AS "lifecycleStatus", r.review_state AS "reviewState",
                         r.review_comment AS "reviewComment", r.reviewed_by_id AS "reviewedById", r.reviewed_at AS "reviewedAt",
                         r.submitted_at AS "submittedAt", r.author_id AS "authorId", r.author_name AS "authorName",
                         r.correction_count AS "correctionCount", r.last_correction_reason AS "lastCorrectionReason", r.version,
                         r.created_at AS "createdAt", r.updated_at AS "updatedAt") v), '[]'::json) AS updates
     FROM action a ${ACTION_JOINS}
     JOIN theme t ON t.id = a.theme_id AND t.archived_at IS NULL
     LEFT JOIN objective ob ON ob.id = a.objective_id
     WHERE ($1::uuid[] IS NULL OR a.strategy_id = ANY($1::uuid[]))
       AND ($2::uuid IS NULL OR a.strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $2 AND archived_at IS NULL))
       AND a.archived_at IS NULL AND (a.objective_id IS NULL OR ob.archived_at IS NULL)`,
    [strategyIds, partnershipId, limit],
  );
}

const date = (value: string | null): Date | null => (value === null ? null : new Date(value));

/**
 * JSON updates (period order) → views with effective RAG and staleness, their timestamps as Dates (a shallow copy
 * each); `keep` drops the oldest beyond it.
 */
function toUpdateViews(json: UpdateJson[], keep: number | null): UpdateView[] {
  const views: UpdateView[] = [];
  let previousNarrative: string | undefined;
  const first = keep === null ? 0 : Math.max(0, json.length - keep);
  for (let i = 0; i < json.length; i += 1) {
    const u = json[i];
    if (i >= first) {
      const derived = {
        reviewedAt: date(u.reviewedAt),
        submittedAt: date(u.submittedAt),
        createdAt: new Date(u.createdAt),
        updatedAt: new Date(u.updatedAt),
        effectiveRag: effectiveRag(u),
        isStale: isStaleNarrative(u.narrative, previousNarrative),
      };
      const view: UpdateView = { ...u, ...derived };
      views.push(view);
    }
    previousNarrative = u.narrative;
  }
  return views;
}

/**
 * How much of the tree to load: `whole`; `recent-updates`: each action's `updates` holds its previous and latest
 * update (the third latest is read only for the previous update's staleness); `summary`: the strategies and their
 * periods only, in one statement (no themes, objectives or actions), for reads that ask for nothing below.
 */
export type TreeDepth = 'whole' | 'recent-updates' | 'summary';

/** Tree rows for the strategy ids given (or every live strategy of a partnership) in two statements (one for a summary). */
export async function loadTreeRows(
  q: Queryable,
  where: { ids?: readonly string[]; partnershipId?: string },
  depth: TreeDepth,
): Promise<TreeRows> {
  const recentOnly = depth === 'recent-updates';
  const [strategyRows, actionRows] = await Promise.all([
    selectStrategyAggregates(q, where),
    depth === 'summary'
      ? []
      : selectActionAggregates(q, where.ids ?? null, where.partnershipId ?? null, recentOnly ? 3 : null),
  ]);
  const strategies: StrategyRow[] = [];
  const periods: ReportingPeriod[] = [];
  const themes: ThemeRow[] = [];
  const objectives: ObjectiveRow[] = [];
  const live = new Set<string>();
  for (const { periods: p, themes: t, objectives: o, ...strategy } of strategyRows) {
    strategies.push(strategy);
    live.add(strategy.id);
    for (const period of p) periods.push({ ...period, signedOffAt: date(period.signedOffAt) });
    if (depth === 'summary') continue;
    themes.push(...t);
    objectives.push(...o);
  }
  const actions: ActionRow[] = [];
  const updates = new Map<string, UpdateView[]>();
  for (const action of actionRows) {
    if (!live.has(action.strategyId)) continue;
    // Its `updates` (JSON) is replaced by the views in `toActionView`; no copy of the row here.
    actions.push(action);
    if (action.updates.length > 0) updates.set(action.id, toUpdateViews(action.updates, recentOnly ? 2 : null));
  }
  return { strategies, periods, themes, objectives, actions, updates };
}
