import { PeriodState } from '@waymark/shared/domain';
import {
  buildRagTrend,
  ragTrendPeriods,
  type BoardReport,
  type RagTrend,
  type ReportSource,
} from '@waymark/shared/report-model';
import type { Queryable } from '../load/load-report-source';
import { freezeUnfrozen, loadSnapshot } from './board-report-snapshots';

/**
 * The RAG trend of a strategy up to `upToPeriodId` (else the current period): signed-off periods counted from the
 * latest version of their frozen board report (frozen now, as a report would be, when signed off before snapshots
 * existed), so the trend agrees with the reports the board received; other periods from live data.
 */
export async function loadRagTrend(
  db: Queryable,
  source: ReportSource,
  today: string,
  upToPeriodId: string | null = null,
): Promise<RagTrend> {
  const periods = ragTrendPeriods(source.periods, today, upToPeriodId);
  const frozen = new Map<string, BoardReport>();
  for (const period of periods) {
    if (period.state !== PeriodState.SignedOff) continue;
    const snapshot = (await loadSnapshot(db, period.id, null)) ?? (await freezeUnfrozen(db, period.id));
    frozen.set(period.id, snapshot.model);
  }
  return buildRagTrend(source, periods, frozen);
}
