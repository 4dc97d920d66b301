import { PeriodState } from '@waymark/shared/domain';
import { isUuid, type Queryable } from './load-report-source';

export interface ReportPeriodTarget {
  readonly strategyId: string;
  readonly partnershipId: string;
  /** Null when the strategy has no periods, or `periodId` is not one of them (the report builder says which). */
  readonly periodId: string | null;
  readonly state: PeriodState | null;
}

/**
 * The period a report is about and its state, in one statement: the one asked for, or by default the latest that
 * has started by `today`. Null when there is no such strategy.
 */
export async function findReportPeriod(db: Queryable, strategyId: string, periodId: string | null, today: string): Promise<ReportPeriodTarget | null> {
  if (!isUuid(strategyId)) return null;
  const rows = (await db.query(
    `SELECT s.id AS "strategyId", s.partnership_id AS "partnershipId", rp.id AS "periodId", rp.state
       FROM strategy s
       LEFT JOIN LATERAL (
         SELECT id, state FROM reporting_period
          WHERE strategy_id = s.id AND CASE WHEN $2::text IS NULL THEN true ELSE id::text = $2 END
          ORDER BY (starts_on <= $3::date) DESC, CASE WHEN starts_on <= $3::date THEN starts_on END DESC, CASE WHEN starts_on <= $3::date THEN id END DESC, starts_on, id
          LIMIT 1
       ) rp ON true
      WHERE s.id = $1 AND s.archived_at IS NULL`,
    [strategyId, periodId, today],
  )) as ReportPeriodTarget[];
  return rows[0] ?? null;
}
