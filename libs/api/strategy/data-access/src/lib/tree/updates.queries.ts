import { queryRows } from '@waymark/api/database';
import { effectiveRag, isStaleNarrative } from '@waymark/shared/domain';
import { Queryable } from './tree.queries';
import { UpdateView } from './tree.views';

type UpdateRow = Omit<UpdateView, 'effectiveRag' | 'isStale'>;
/** The recent-only statement's extra columns (period order and rank), dropped before the row becomes a view. */
type RankedUpdateRow = UpdateRow & { _startsOn?: string; _endsOn?: string; _periodId?: string; _rank?: string };

const UPDATE_COLUMNS = `u.id, u.action_id AS "actionId", u.period_id AS "periodId", u.narrative, u.proposed_rag AS "proposedRag",
  u.validated_rag AS "validatedRag", u.validation_reason AS "validationReason", u.percent_complete AS "percentComplete",
  u.lifecycle_status AS "lifecycleStatus", u.review_state AS "reviewState", u.review_comment AS "reviewComment",
  u.reviewed_by_id AS "reviewedById", u.reviewed_at AS "reviewedAt", u.submitted_at AS "submittedAt", u.author_id AS "authorId",
  au.full_name AS "authorName", u.correction_count AS "correctionCount", u.last_correction_reason AS "lastCorrectionReason",
  u.version, u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;

/**
 * Every progress update of the given actions (or of every action in the given strategies), in period order,
 * grouped by action. One statement; staleness is derived against the action's previous period.
 */
export async function loadUpdatesByAction(
  q: Queryable,
  where: { strategyIds?: readonly string[]; actionIds?: readonly string[] },
  options: { recentOnly?: boolean } = {},
): Promise<Map<string, UpdateView[]>> {
  const filter = `($1::uuid[] IS NULL OR a.strategy_id = ANY($1::uuid[])) AND ($2::uuid[] IS NULL OR u.action_id = ANY($2::uuid[]))`;
  const rows = await queryRows<RankedUpdateRow>(
    q,
    options.recentOnly
      ? // The latest three per action: enough for latest/previous and the staleness of both.
        `SELECT * FROM (
           SELECT ${UPDATE_COLUMNS}, rp.starts_on AS "_startsOn", rp.ends_on AS "_endsOn", rp.id AS "_periodId",
                  row_number() OVER (PARTITION BY u.action_id ORDER BY rp.starts_on DESC, rp.ends_on DESC, rp.id DESC) AS "_rank"
           FROM progress_update u JOIN action a ON a.id = u.action_id JOIN reporting_period rp ON rp.id = u.period_id
           LEFT JOIN person au ON au.id = u.author_id
           WHERE ${filter}) recent
         WHERE "_rank" <= 3 ORDER BY "actionId", "_startsOn", "_endsOn", "_periodId"`
      : `SELECT ${UPDATE_COLUMNS}
     FROM progress_update u JOIN action a ON a.id = u.action_id JOIN reporting_period rp ON rp.id = u.period_id
     LEFT JOIN person au ON au.id = u.author_id
     WHERE ${filter}
     ORDER BY u.action_id, rp.starts_on, rp.ends_on, rp.id`,
    [where.strategyIds ?? null, where.actionIds ?? null],
  );
  const byAction = new Map<string, UpdateView[]>();
  let list: UpdateView[] = [];
  for (const row of rows) {
    if (list[0]?.actionId !== row.actionId) byAction.set(row.actionId, (list = []));
    const previous = list[list.length - 1];
    const view = options.recentOnly ? withoutRankColumns(row) : row;
    list.push({
      ...view,
      effectiveRag: effectiveRag(view),
      isStale: isStaleNarrative(view.narrative, previous?.narrative),
    });
  }
  // Recent only: the oldest of the three served staleness; drop it so `updates` ends with previous, latest.
  if (options.recentOnly)
    for (const [id, updates] of byAction) if (updates.length > 2) byAction.set(id, updates.slice(-2));
  return byAction;
}

function withoutRankColumns(row: RankedUpdateRow): UpdateRow {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- destructured to leave them out
  const { _startsOn, _endsOn, _periodId, _rank, ...rest } = row;
  return rest;
}
