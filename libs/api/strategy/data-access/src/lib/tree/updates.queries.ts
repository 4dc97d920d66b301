import { effectiveRag, isStaleNarrative } from '@waymark/shared/domain';
import { Queryable } from './tree.queries';
import { UpdateView } from './tree.views';

type UpdateRow = Omit<UpdateView, 'effectiveRag' | 'isStale'>;

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
): Promise<Map<string, UpdateView[]>> {
  const rows: UpdateRow[] = await q.query(
    `SELECT ${UPDATE_COLUMNS}
     FROM progress_update u JOIN action a ON a.id = u.action_id JOIN reporting_period rp ON rp.id = u.period_id
     LEFT JOIN person au ON au.id = u.author_id
     WHERE ($1::uuid[] IS NULL OR a.strategy_id = ANY($1::uuid[])) AND ($2::uuid[] IS NULL OR u.action_id = ANY($2::uuid[]))
     ORDER BY u.action_id, rp.starts_on, rp.ends_on, rp.id`,
    [where.strategyIds ?? null, where.actionIds ?? null],
  );
  const byAction = new Map<string, UpdateView[]>();
  for (const row of rows) {
    const list = byAction.get(row.actionId) ?? [];
    const previous = list[list.length - 1];
    list.push({ ...row, effectiveRag: effectiveRag(row), isStale: isStaleNarrative(row.narrative, previous?.narrative) });
    byAction.set(row.actionId, list);
  }
  return byAction;
}
