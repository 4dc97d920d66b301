import { PeriodState } from '@waymark/shared/domain';
import { defaultReportPeriod, type DefaultPeriodReason } from '@waymark/shared/report-model';
import { isUuid, type Queryable } from './load-report-source';
import { queryRows, type CamelRow, type ReportingPeriodRow, type StrategyRow } from '@waymark/api/database';

export interface ReportPeriodTarget {
  readonly strategyId: string;
  readonly partnershipId: string;
  /** Null when the strategy has no periods, or `periodId` is not one of them (the report builder says which). */
  readonly periodId: string | null;
  readonly state: PeriodState | null;
  /** Why this period, when it was not asked for. */
  readonly reason: DefaultPeriodReason | null;
}

/** A period as the statement's json_build_object writes it (`startsOn` as ISO text), its state as the domain's enum. */
type PeriodRow = CamelRow<Pick<ReportingPeriodRow, 'id' | 'starts_on'>> & { readonly state: PeriodState };

/**
 * The period a report is about and its state, in one statement: the one asked for, or the default period
 * (`defaultReportPeriod`: in review for someone preparing the next board, else the latest signed off).
 * Null when there is no such strategy.
 */
export async function findReportPeriod(
  db: Queryable,
  strategyId: string,
  periodId: string | null,
  options: { readonly preparingNextBoard: boolean; readonly today: string },
): Promise<ReportPeriodTarget | null> {
  if (!isUuid(strategyId)) return null;
  const rows = await queryRows<{
    strategyId: StrategyRow['id'];
    partnershipId: StrategyRow['partnership_id'];
    periods: PeriodRow[];
  }>(
    db,
    `SELECT s.id AS "strategyId", s.partnership_id AS "partnershipId",
            COALESCE((SELECT json_agg(json_build_object('id', rp.id, 'startsOn', to_char(rp.starts_on, 'YYYY-MM-DD'), 'state', rp.state))
                        FROM reporting_period rp WHERE rp.strategy_id = s.id), '[]'::json) AS periods
       FROM strategy s WHERE s.id = $1 AND s.archived_at IS NULL`,
    [strategyId],
  );
  const row = rows[0];
  if (!row) return null;
  const base = { strategyId: row.strategyId, partnershipId: row.partnershipId };
  if (periodId) {
    const asked = row.periods.find((p) => p.id === periodId);
    return { ...base, periodId: asked?.id ?? null, state: asked?.state ?? null, reason: null };
  }
  const chosen = defaultReportPeriod(row.periods, options.preparingNextBoard, options.today);
  return {
    ...base,
    periodId: chosen?.period.id ?? null,
    state: chosen?.period.state ?? null,
    reason: chosen?.reason ?? null,
  };
}
