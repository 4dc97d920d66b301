import { AccessPolicy } from '@waymark/api/identity/data-access';
import { isUuid, loadReportSource, type Queryable } from '@waymark/api/reporting/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import { PeriodState } from '@waymark/shared/domain';
import { buildBoardReport, type ReportRow } from '@waymark/shared/report-model';
import { queryRows } from '@waymark/api/database';

export type OutstandingKind = 'submitted' | 'returned' | 'draft' | 'missing';

export interface OutstandingItem {
  readonly actionId: string;
  /** "1.2 ii)", as the board report numbers the action. */
  readonly reference: string;
  readonly title: string;
  readonly lead: string | null;
  readonly kind: OutstandingKind;
  /** What signing off does to it, in words. */
  readonly consequence: string;
}

export const SIGN_OFF_CONSEQUENCE: Record<OutstandingKind, string> = {
  submitted:
    'It will not be reviewed: it is locked as submitted and left out of the board report. Only a correction can change it afterwards.',
  returned: 'Its lead can no longer resubmit it: it is locked as returned and left out of the board report.',
  draft: 'It is never submitted: the draft is locked and the board report shows "No update received".',
  // A correction changes an update that was given; it cannot create one, so only reopening lets the lead add it.
  missing:
    'The board report shows "No update received". A correction cannot add an update that was never given: to add one later, an administrator or the accountable group must reopen the period.',
};

export interface PeriodSignOffStatus {
  readonly periodId: string;
  readonly name: string;
  readonly state: PeriodState;
  readonly version: number;
  readonly signedOffAt: Date | null;
  readonly signedOffByName: string | null;
  readonly outstanding: readonly OutstandingItem[];
}

function kindOf(row: ReportRow): OutstandingKind | null {
  const state = row.progress.state;
  if (state === 'submitted' || state === 'returned' || state === 'draft') return state;
  // Closed and not-yet-started actions owe nothing: the report adds the 'missing' exception only when one is owed.
  return row.exceptions.includes('missing') ? 'missing' : null;
}

/**
 * A period's sign-off: who signed it off and when (null while it is not), and what is still outstanding in it, in report order: updates submitted but not reviewed,
 * returned, still in draft, or missing. Built from the same report model the sign-off freezes, so the list and the
 * frozen report agree on numbering, leads and who owes an update. Reviewers and administrators only.
 */
export async function periodSignOffStatus(
  db: Queryable,
  actor: Actor,
  periodId: string,
  today: string,
): Promise<PeriodSignOffStatus> {
  if (!isUuid(periodId)) throw notFound('ReportingPeriod', periodId);
  const [period] = await queryRows<{
    strategyId: string;
    partnershipId: string;
    name: string;
    state: PeriodState;
    version: number;
    signedOffAt: Date | null;
    signedOffByName: string | null;
  }>(
    db,
    `SELECT rp.strategy_id AS "strategyId", s.partnership_id AS "partnershipId", rp.name, rp.state, rp.version, rp.signed_off_at AS "signedOffAt",
            p.full_name AS "signedOffByName"
       FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id LEFT JOIN person p ON p.id = rp.signed_off_by_id
      WHERE rp.id = $1`,
    [periodId],
  );
  if (!period) throw notFound('ReportingPeriod', periodId);
  const strategy = { id: period.strategyId, partnershipId: period.partnershipId };
  AccessPolicy.assertCanRead(actor, strategy.partnershipId, { entity: 'ReportingPeriod', id: periodId });
  if (!actor.isAdministrator) AccessPolicy.assertCanReview(actor, strategy);
  const source = await loadReportSource(db, strategy.id);
  if (!source) throw notFound('ReportingPeriod', periodId);
  const report = buildBoardReport(source, { periodId, generatedOn: today, includeUnaccepted: true });
  const items: OutstandingItem[] = [];
  for (const row of report.sections.flatMap((s) => s.rows)) {
    const kind = kindOf(row);
    if (kind)
      items.push({
        actionId: row.actionId,
        reference: row.reference,
        title: row.title,
        lead: row.lead,
        kind,
        consequence: SIGN_OFF_CONSEQUENCE[kind],
      });
  }
  return {
    periodId,
    name: period.name,
    state: period.state,
    version: period.version,
    signedOffAt: period.signedOffAt,
    signedOffByName: period.signedOffByName,
    outstanding: items,
  };
}
