import { randomBytes } from 'node:crypto';
import type { ProgressFixture } from '../../testing/progress-fixture';
import type { MatrixDb } from '../matrix-row';

/** Fresh records for matrix rows, inserted directly so every cell acts on its own untouched rows. */
export type Versioned = { id: string; version: number };

export const unique = (prefix: string): string => `${prefix} ${randomBytes(4).toString('hex')}`;

async function insert(db: MatrixDb, sql: string, params: unknown[]): Promise<Versioned> {
  const [row] = await db<Versioned>(`${sql} RETURNING id, version`, params);
  return row;
}

export const organisation = (db: MatrixDb, fx: ProgressFixture): Promise<Versioned> =>
  insert(db, `INSERT INTO organisation (partnership_id, name) VALUES ($1, $2)`, [
    fx.partnershipId,
    unique('Organisation'),
  ]);

export const group = (db: MatrixDb, fx: ProgressFixture, kind = 'delivery_group'): Promise<Versioned> =>
  insert(db, `INSERT INTO partnership_group (partnership_id, name, kind) VALUES ($1, $2, $3)`, [
    fx.partnershipId,
    unique('Group'),
    kind,
  ]);

export const person = (db: MatrixDb, fx: ProgressFixture): Promise<Versioned> => {
  const name = unique('Pat Person');
  return insert(db, `INSERT INTO person (partnership_id, full_name, email) VALUES ($1, $2, $3)`, [
    fx.partnershipId,
    name,
    `${name.replace(/\W+/g, '.')}@example.org`,
  ]);
};

export const member = async (db: MatrixDb, groupId: string, personId: string): Promise<void> => {
  await db(`INSERT INTO group_membership (group_id, person_id) VALUES ($1, $2)`, [groupId, personId]);
};

/** A strategy of the fixture's partnership, accountable to its senior officer group. */
export const strategy = (
  db: MatrixDb,
  fx: ProgressFixture,
  startsOn = '2025-04-01',
  endsOn = '2028-03-31',
): Promise<Versioned> =>
  insert(
    db,
    `INSERT INTO strategy (partnership_id, title, starts_on, ends_on, accountable_group_id) VALUES ($1, $2, $3, $4, $5)`,
    [fx.partnershipId, unique('Strategy'), startsOn, endsOn, fx.seniorGroupId],
  );

export const theme = (db: MatrixDb, strategyId: string, sortOrder = 1): Promise<Versioned> =>
  insert(db, `INSERT INTO theme (strategy_id, title, sort_order) VALUES ($1, $2, $3)`, [
    strategyId,
    unique('Theme'),
    sortOrder,
  ]);

export const objective = async (db: MatrixDb, themeId: string, sortOrder = 1): Promise<Versioned> => {
  const [{ strategyId }] = await db<{ strategyId: string }>(
    `SELECT strategy_id AS "strategyId" FROM theme WHERE id = $1`,
    [themeId],
  );
  return insert(db, `INSERT INTO objective (strategy_id, theme_id, title, sort_order) VALUES ($1, $2, $3, $4)`, [
    strategyId,
    themeId,
    unique('Objective'),
    sortOrder,
  ]);
};

/** An action of group A under the objective (sort order given, so siblings are distinct). */
export const actionUnder = async (
  db: MatrixDb,
  fx: ProgressFixture,
  objectiveId: string,
  sortOrder: number,
): Promise<Versioned> => {
  const [o] = await db<{ strategyId: string; themeId: string }>(
    `SELECT strategy_id AS "strategyId", theme_id AS "themeId" FROM objective WHERE id = $1`,
    [objectiveId],
  );
  return insert(
    db,
    `INSERT INTO action (strategy_id, theme_id, objective_id, title, delivery_group_id, sort_order) VALUES ($1, $2, $3, $4, $5, $6)`,
    [o.strategyId, o.themeId, objectiveId, unique('Action'), fx.groupAId, sortOrder],
  );
};

export const versionOf = async (db: MatrixDb, table: string, id: string): Promise<number> => {
  const [row] = await db<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  return row.version;
};

/** A submitted update of group A's action in a strategy accountable to group B (so the fixture's senior officer is not its reviewer). */
export const submittedUpdateElsewhere = async (db: MatrixDb, fx: ProgressFixture): Promise<Versioned> => {
  const [s] = await db<{ id: string }>(
    `INSERT INTO strategy (partnership_id, title, starts_on, ends_on, accountable_group_id) VALUES ($1, $2, '2025-04-01', '2028-03-31', $3) RETURNING id`,
    [fx.partnershipId, unique('Community Safety Plan'), fx.groupBId],
  );
  const t = await theme(db, s.id);
  const [a] = await db<{ id: string }>(
    `INSERT INTO action (strategy_id, theme_id, title, delivery_group_id, lifecycle_status) VALUES ($1, $2, $3, $4, 'in_progress') RETURNING id`,
    [s.id, t.id, unique('Action'), fx.groupAId],
  );
  const [p] = await db<{ id: string }>(
    `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline) VALUES ($1, 'Q1', '2026-04-01', '2026-06-30', '2026-07-10') RETURNING id`,
    [s.id],
  );
  return insert(
    db,
    `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state) VALUES ($1, $2, 'Done.', 'green', 'submitted')`,
    [a.id, p.id],
  );
};
