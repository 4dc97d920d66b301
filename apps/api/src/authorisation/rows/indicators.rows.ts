import { ADMIN_ONLY, MatrixDb, MatrixRow, mutationDoc } from '../matrix-row';
import type { ProgressFixture } from '../../testing/progress-fixture';
import { strategy, unique, Versioned } from './records';

/** A live indicator of the strategy (the fixture's own by default). */
const indicator = async (db: MatrixDb, strategyId: string, sortOrder = 1): Promise<Versioned> => {
  const [row] = await db<Versioned>(
    `INSERT INTO indicator (strategy_id, name, unit, direction, baseline, target, sort_order) VALUES ($1, $2, '%', 'higher_is_better', 40, 60, $3) RETURNING id, version`,
    [strategyId, unique('Victim satisfaction'), sortOrder],
  );
  return row;
};

/** A value already recorded for a fresh indicator in a fresh open period of the fixture's strategy. */
const recordedValue = async (fx: ProgressFixture, db: MatrixDb) => {
  const i = await indicator(db, fx.strategyId);
  const period = await fx.period('open');
  const [value] = await db<Versioned>(
    `INSERT INTO indicator_value (indicator_id, period_id, value) VALUES ($1, $2, 52) RETURNING id, version`,
    [i.id, period.id],
  );
  return { indicatorId: i.id, periodId: period.id, version: value.version };
};

const REVIEWERS_AND_ADMIN = ['admin', 'senior'] as const;

/** Indicator definitions: administrators. Values: administrators or the strategy's accountable group. */
export const INDICATOR_ROWS: MatrixRow[] = [
  {
    mutation: 'createIndicator',
    document: mutationDoc('createIndicator', 'CreateIndicatorInput'),
    prepare: (fx) => ({
      input: {
        strategyId: fx.strategyId,
        name: unique('Hate crimes reported'),
        unit: 'reports',
        direction: 'HigherIsBetter',
        baseline: 412,
      },
    }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updateIndicator',
    document: mutationDoc('updateIndicator', 'UpdateIndicatorInput'),
    prepare: async (fx, db) => {
      const i = await indicator(db, fx.strategyId);
      return { input: { id: i.id, version: i.version, target: 75 } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'archiveIndicator',
    document: mutationDoc('archiveIndicator', 'VersionedRefInput'),
    prepare: async (fx, db) => ({ input: await indicator(db, fx.strategyId) }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'reorderIndicators',
    document: mutationDoc('reorderIndicators', 'ReorderIndicatorsInput'),
    prepare: async (fx, db) => {
      const s = await strategy(db, fx);
      const first = await indicator(db, s.id, 1);
      const second = await indicator(db, s.id, 2);
      return { input: { strategyId: s.id, orderedIds: [second.id, first.id] } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'moveIndicator',
    document: mutationDoc('moveIndicator', 'MoveIndicatorInput'),
    prepare: async (fx, db) => {
      const s = await strategy(db, fx);
      await indicator(db, s.id, 1);
      const second = await indicator(db, s.id, 2);
      return { input: { id: second.id, version: second.version, direction: 'Up' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'recordIndicatorValue (new value, open period)',
    document: mutationDoc('recordIndicatorValue', 'RecordIndicatorValueInput'),
    prepare: async (fx, db) => {
      const i = await indicator(db, fx.strategyId);
      const period = await fx.period('open');
      return { input: { indicatorId: i.id, periodId: period.id, value: 48.5, note: 'From the quarterly survey.' } };
    },
    allowed: REVIEWERS_AND_ADMIN,
  },
  {
    mutation: 'recordIndicatorValue (update an existing value)',
    document: mutationDoc('recordIndicatorValue', 'RecordIndicatorValueInput'),
    prepare: async (fx, db) => ({ input: { ...(await recordedValue(fx, db)), value: 53 } }),
    allowed: REVIEWERS_AND_ADMIN,
  },
  {
    mutation: 'recordIndicatorValue (strategy accountable to another group)',
    document: mutationDoc('recordIndicatorValue', 'RecordIndicatorValueInput'),
    prepare: async (fx, db) => {
      const [s] = await db<{ id: string }>(
        `INSERT INTO strategy (partnership_id, title, starts_on, ends_on, accountable_group_id) VALUES ($1, $2, '2025-04-01', '2028-03-31', $3) RETURNING id`,
        [fx.partnershipId, unique('Community Safety Plan'), fx.groupBId],
      );
      const i = await indicator(db, s.id);
      const [p] = await db<{ id: string }>(
        `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline) VALUES ($1, 'Q1', '2026-04-01', '2026-06-30', '2026-07-10') RETURNING id`,
        [s.id],
      );
      return { input: { indicatorId: i.id, periodId: p.id, value: 3 } };
    },
    allowed: ADMIN_ONLY,
  },
];

/** The partnership's own settings (name, RAG definitions): administrators. */
export const PARTNERSHIP_SETTINGS_ROWS: MatrixRow[] = [
  {
    mutation: 'updatePartnership',
    document: mutationDoc('updatePartnership', 'UpdatePartnershipInput'),
    prepare: async (fx, db) => {
      const [p] = await db<{ version: number }>(`SELECT version FROM partnership WHERE id = $1`, [fx.partnershipId]);
      return {
        input: {
          version: p.version,
          ragDefinitions: { amber: unique('Some slippage; the delivery group has a recovery plan') },
        },
      };
    },
    allowed: ADMIN_ONLY,
  },
];
