import { queryRows } from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { isUuid, type Queryable } from '@waymark/api/reporting/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import type { LifecycleStatus, Rag } from '@waymark/shared/domain';

/** Where a proposed correction stands (the column `correction_proposal.state`). */
export enum CorrectionProposalState {
  Pending = 'pending',
  Accepted = 'accepted',
  Declined = 'declined',
}

/** A proposed correction as the review screens show it: what the lead would change, beside the update as signed off. */
export interface CorrectionProposalView {
  readonly id: string;
  readonly version: number;
  readonly state: CorrectionProposalState;
  readonly updateId: string;
  readonly actionId: string;
  readonly actionTitle: string;
  readonly periodId: string;
  readonly reason: string;
  readonly narrative: string | null;
  readonly proposedRag: Rag | null;
  readonly percentComplete: number | null;
  readonly lifecycleStatus: LifecycleStatus | null;
  readonly proposedByName: string | null;
  readonly createdAt: Date;
  readonly decidedByName: string | null;
  readonly decidedAt: Date | null;
  readonly decisionReason: string | null;
}

const PROPOSAL_SELECT = `SELECT cp.id, cp.version, cp.state, cp.progress_update_id AS "updateId", pu.action_id AS "actionId", a.title AS "actionTitle",
   pu.period_id AS "periodId", cp.reason, cp.narrative, cp.proposed_rag AS "proposedRag", cp.percent_complete AS "percentComplete",
   cp.lifecycle_status AS "lifecycleStatus", proposer.full_name AS "proposedByName", cp.created_at AS "createdAt",
   decider.full_name AS "decidedByName", cp.decided_at AS "decidedAt", cp.decision_reason AS "decisionReason"
  FROM correction_proposal cp
  JOIN progress_update pu ON pu.id = cp.progress_update_id
  JOIN action a ON a.id = pu.action_id
  LEFT JOIN person proposer ON proposer.id = cp.proposed_by_id
  LEFT JOIN person decider ON decider.id = cp.decided_by_id`;

/**
 * Corrections proposed to a period's updates, waiting ones first, then newest first. Two statements.
 * A proposal is a lead's pending change, not yet part of the record: the strategy's reviewers and administrators see
 * every one, anyone else only those they proposed themselves (none, for a viewer). Filtered rather than refused, so
 * a lead's correction page, which asks for the period's proposals, still works.
 */
export async function correctionProposals(
  db: Queryable,
  actor: Actor,
  periodId: string,
): Promise<CorrectionProposalView[]> {
  if (!isUuid(periodId)) throw notFound('ReportingPeriod', periodId);
  const [period] = await queryRows<{ strategyId: string; partnershipId: string }>(
    db,
    `SELECT s.id AS "strategyId", s.partnership_id AS "partnershipId" FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id WHERE rp.id = $1`,
    [periodId],
  );
  if (!period) throw notFound('ReportingPeriod', periodId);
  AccessPolicy.assertCanRead(actor, period.partnershipId, { entity: 'ReportingPeriod', id: periodId });
  const seesAll =
    actor.isAdministrator ||
    AccessPolicy.canReview(actor, { id: period.strategyId, partnershipId: period.partnershipId });
  return queryRows<CorrectionProposalView>(
    db,
    `${PROPOSAL_SELECT} WHERE pu.period_id = $1 AND ($2::boolean OR cp.proposed_by_id = $3) ORDER BY cp.state = 'pending' DESC, cp.created_at DESC, cp.id`,
    [periodId, seesAll, actor.personId],
  );
}

/** One proposal as the lists show it, after a write that has checked access. One statement. */
export async function correctionProposalById(db: Queryable, id: string): Promise<CorrectionProposalView> {
  const [view] = await queryRows<CorrectionProposalView>(db, `${PROPOSAL_SELECT} WHERE cp.id = $1`, [id]);
  if (!view) throw notFound('CorrectionProposal', id);
  return view;
}
