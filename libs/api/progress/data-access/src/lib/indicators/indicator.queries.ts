import { compareOrdered } from '@waymark/shared/domain';
import { IndicatorValueView, IndicatorView } from './indicator.views';
import {
  queryRows,
  type CamelRow,
  type DomainRow,
  type IndicatorRow,
  type IndicatorValueRow,
  type ReportingPeriodRow,
  type StrategyRow,
} from '@waymark/api/database';

/** An indicator as INDICATOR_COLUMNS selects it (numbers as text: `::text` keeps numeric precision to the mapper). */
export type IndicatorRecord = CamelRow<
  DomainRow<
    Pick<
      IndicatorRow,
      | 'id'
      | 'strategy_id'
      | 'objective_id'
      | 'name'
      | 'unit'
      | 'direction'
      | 'baseline'
      | 'target'
      | 'tolerance'
      | 'sort_order'
      | 'version'
      | 'archived_at'
    >
  >
>;

/** An indicator value with its period's name, value as text (`value::text`, or the stored row's value). */
export type IndicatorValueRecord = CamelRow<Pick<IndicatorValueRow, 'id' | 'indicator_id' | 'period_id' | 'note'>> & {
  readonly value: string;
  readonly version: number;
  readonly periodName: ReportingPeriodRow['name'];
};

/** The strategy's columns of the LEFT JOIN, with an indicator's (all null for a strategy without indicators). */
type StrategyIndicatorRow = {
  sId: StrategyRow['id'];
  sPartnershipId: StrategyRow['partnership_id'];
  sArchivedAt: StrategyRow['archived_at'];
} & { [K in keyof IndicatorRecord]: IndicatorRecord[K] | null };

/** Anything that can run SQL: the DataSource or a transaction's EntityManager. */
export interface IndicatorQueryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

const INDICATOR_COLUMNS = `i.id, i.strategy_id AS "strategyId", i.objective_id AS "objectiveId", i.name, i.unit, i.direction,
  i.baseline::text AS baseline, i.target::text AS target, i.tolerance::text AS tolerance, i.sort_order AS "sortOrder", i.version, i.archived_at AS "archivedAt"`;

const num = (value: string | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

export interface StrategyIndicatorRows {
  /** Null when there is no such strategy. */
  readonly strategy: { id: string; partnershipId: string; archivedAt: Date | null } | null;
  readonly indicators: IndicatorRecord[];
}

/**
 * Statement 1 of 2: the strategy (for its existence and partnership) with its live indicators,
 * one LEFT JOIN row per indicator (a single row with null indicator columns when it has none).
 */
export async function selectStrategyIndicators(
  q: IndicatorQueryable,
  strategyId: string,
): Promise<StrategyIndicatorRows> {
  const rows = await queryRows<StrategyIndicatorRow>(
    q,
    `SELECT s.id AS "sId", s.partnership_id AS "sPartnershipId", s.archived_at AS "sArchivedAt", ${INDICATOR_COLUMNS}
       FROM strategy s LEFT JOIN indicator i ON i.strategy_id = s.id AND i.archived_at IS NULL
      WHERE s.id = $1`,
    [strategyId],
  );
  if (rows.length === 0) return { strategy: null, indicators: [] };
  const first = rows[0];
  return {
    strategy: { id: first.sId, partnershipId: first.sPartnershipId, archivedAt: first.sArchivedAt ?? null },
    indicators: rows.filter(hasIndicator),
  };
}

function hasIndicator(row: StrategyIndicatorRow): row is StrategyIndicatorRow & IndicatorRecord {
  return row.id !== null;
}

/** Indicators by id (archived ones included, so an archive can answer with the archived record). One statement. */
export async function selectIndicatorsById(q: IndicatorQueryable, ids: readonly string[]): Promise<IndicatorRecord[]> {
  return await queryRows<IndicatorRecord>(
    q,
    `SELECT ${INDICATOR_COLUMNS} FROM indicator i WHERE i.id = ANY($1::uuid[])`,
    [ids],
  );
}

/** Statement 2 of 2: every value of the given indicators with its period name, in period order. */
export async function selectIndicatorValues(
  q: IndicatorQueryable,
  indicatorIds: readonly string[],
): Promise<IndicatorValueView[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await queryRows<IndicatorValueRecord>(
    q,
    `SELECT v.id, v.indicator_id AS "indicatorId", v.period_id AS "periodId", rp.name AS "periodName", v.value::text AS value, v.note, v.version
       FROM indicator_value v JOIN reporting_period rp ON rp.id = v.period_id
      WHERE v.indicator_id = ANY($1::uuid[])
      ORDER BY rp.starts_on, rp.ends_on, rp.id`,
    [indicatorIds],
  );
  return rows.map(toIndicatorValueView);
}

export function toIndicatorValueView(row: IndicatorValueRecord): IndicatorValueView {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    periodId: row.periodId,
    periodName: row.periodName,
    value: Number(row.value),
    note: row.note ?? null,
    version: row.version,
  };
}

/** Indicator rows plus their values (already in period order) → views, indicators in their stable order. */
export function assembleIndicators(
  rows: readonly IndicatorRecord[],
  values: readonly IndicatorValueView[],
): IndicatorView[] {
  const byIndicator = new Map<string, IndicatorValueView[]>();
  for (const value of values) {
    const list = byIndicator.get(value.indicatorId) ?? [];
    list.push(value);
    byIndicator.set(value.indicatorId, list);
  }
  return rows
    .map((r) => ({
      id: r.id,
      strategyId: r.strategyId,
      objectiveId: r.objectiveId ?? null,
      name: r.name,
      unit: r.unit ?? '',
      direction: r.direction,
      baseline: num(r.baseline),
      target: num(r.target),
      tolerance: num(r.tolerance),
      sortOrder: r.sortOrder,
      version: r.version,
      archivedAt: r.archivedAt ?? null,
      values: byIndicator.get(r.id) ?? [],
    }))
    .sort(compareOrdered);
}
