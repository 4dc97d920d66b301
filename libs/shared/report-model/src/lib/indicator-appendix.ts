import { compareOrdered, IndicatorDirection, indicatorStatus, INDICATOR_STATUS_LABEL } from '@waymark/shared/domain';
import type { IndicatorAppendix } from './board-report';
import type { ReportSource, SourcePeriod } from './report-source';

/** The report's appendix: each indicator's value per period, its latest value and whether it meets the target. */
export function buildAppendix(source: ReportSource, periods: readonly SourcePeriod[]): IndicatorAppendix {
  const values = new Map(source.indicatorValues.map((v) => [`${v.indicatorId}|${v.periodId}`, v.value]));
  const rows = [...source.indicators].sort(compareOrdered).map((indicator) => {
    const series = periods.map((p) => values.get(`${indicator.id}|${p.id}`) ?? null);
    const latest = [...series].reverse().find((v) => v !== null) ?? null;
    const meetsTarget =
      latest === null || indicator.target === null
        ? null
        : indicator.direction === IndicatorDirection.HigherIsBetter
          ? latest >= indicator.target
          : latest <= indicator.target;
    const measure = {
      direction: indicator.direction,
      target: indicator.target,
      tolerance: indicator.tolerance ?? null,
    };
    const statuses = series.map((value) => (value === null ? null : indicatorStatus(value, measure)));
    const latestStatus = latest === null ? null : indicatorStatus(latest, measure);
    return {
      indicatorId: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      directionLabel:
        indicator.direction === IndicatorDirection.HigherIsBetter ? 'Higher is better' : 'Lower is better',
      baseline: indicator.baseline,
      target: indicator.target,
      values: series,
      latest,
      meetsTarget,
      statuses,
      latestStatusLabel: latestStatus ? INDICATOR_STATUS_LABEL[latestStatus] : null,
    };
  });
  return {
    heading: 'Appendix: performance indicators',
    periods: periods.map((p) => ({ id: p.id, name: p.name })),
    rows,
  };
}
