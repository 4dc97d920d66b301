import { queryRows, type StrategyRow } from '@waymark/api/database';
import type { TestApp } from '../testing/test-app';
import { createSignedInPerson } from '../testing/sign-in';

/** A signed-in administrator (and their partnership) for structure tests. */
export async function signedInAdmin(
  api: TestApp,
  email = 'admin@example.org',
): Promise<{ cookie: string; personId: string; partnershipId: string }> {
  const admin = await createSignedInPerson(api, { email, isAdministrator: true, fullName: 'Ada Admin' });
  return { cookie: admin.cookie, personId: admin.personId, partnershipId: admin.partnershipId };
}

/** Runs a GraphQL operation and fails the test with the errors when there are any. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests navigate responses loosely
export async function gqlOk<T = Record<string, any>>(
  api: TestApp,
  cookie: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const response = await api.graphql<T>(query, variables, cookie);
  if (response.errors?.length || !response.data) throw new Error(`GraphQL failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

export interface SeededStrategy {
  readonly strategyId: string;
  readonly themeIds: string[];
  readonly periodIds: string[];
  readonly actionIds: string[];
}

/**
 * Bulk-inserts a strategy with set-based SQL (fast at any size): `themes` themes, two objectives per
 * theme, `actions` actions spread across objectives plus one theme-level action per theme, `periods`
 * periods and an update per action per period.
 */
export async function seedStrategy(
  api: TestApp,
  partnershipId: string,
  size: { themes: number; actions: number; periods: number },
): Promise<SeededStrategy> {
  // Every statement here answers the new records' ids (all the tables' ids are uuids).
  const q = (sql: string, params: unknown[]) => queryRows<Pick<StrategyRow, 'id'>>(api.dataSource, sql, params);
  const [org] = await q(
    `INSERT INTO organisation (partnership_id, name) VALUES ($1, 'Org ' || gen_random_uuid()) RETURNING id`,
    [partnershipId],
  );
  const [group] = await q(
    `INSERT INTO partnership_group (partnership_id, name, kind) VALUES ($1, 'Group ' || gen_random_uuid(), 'delivery_group') RETURNING id`,
    [partnershipId],
  );
  const [strategy] = await q(
    `INSERT INTO strategy (partnership_id, title, starts_on, ends_on, accountable_group_id) VALUES ($1, 'Seeded strategy ' || left(gen_random_uuid()::text, 8), '2018-04-01', '2021-03-31', $2) RETURNING id`,
    [partnershipId, group.id],
  );
  const themes = await q(
    `INSERT INTO theme (strategy_id, title, sort_order) SELECT $1, 'Theme ' || n, n FROM generate_series(1, $2) n RETURNING id`,
    [strategy.id, size.themes],
  );
  await q(
    `INSERT INTO objective (strategy_id, theme_id, title, sort_order)
     SELECT $1, t.id, 'Objective ' || n, n FROM theme t CROSS JOIN generate_series(1, 2) n WHERE t.strategy_id = $1 RETURNING id`,
    [strategy.id],
  );
  const themeLevel = await q(
    `INSERT INTO action (strategy_id, theme_id, title, sort_order, lead_organisation_id, delivery_group_id, lifecycle_status)
     SELECT $1, t.id, 'Theme-level action', 1, $2, $3, 'in_progress' FROM theme t WHERE t.strategy_id = $1 RETURNING id`,
    [strategy.id, org.id, group.id],
  );
  const remaining = Math.max(0, size.actions - themeLevel.length);
  const objectiveActions = await q(
    `WITH objs AS (SELECT id, theme_id, row_number() OVER (ORDER BY theme_id, sort_order) - 1 AS i, count(*) OVER () AS c FROM objective WHERE strategy_id = $1)
     INSERT INTO action (strategy_id, theme_id, objective_id, title, sort_order, lead_organisation_id, delivery_group_id, lifecycle_status, starts_on, original_due_on, current_due_on)
     SELECT $1, o.theme_id, o.id, 'Action ' || n, n, $2, $3, 'in_progress', '2018-04-01', '2019-03-31', '2019-03-31'
     FROM generate_series(1, $4) n JOIN objs o ON o.i = n % o.c RETURNING id`,
    [strategy.id, org.id, group.id, remaining],
  );
  await q(
    `INSERT INTO action_supporting_organisation (action_id, organisation_id) SELECT id, $2 FROM action WHERE strategy_id = $1 RETURNING action_id AS id`,
    [strategy.id, org.id],
  );
  const periods = await q(
    `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline)
     SELECT $1, 'Quarter ' || n, DATE '2018-04-01' + (n - 1) * INTERVAL '3 months', DATE '2018-04-01' + n * INTERVAL '3 months' - INTERVAL '1 day',
            DATE '2018-04-01' + n * INTERVAL '3 months' + INTERVAL '14 days'
     FROM generate_series(1, $2) n ORDER BY n RETURNING id`,
    [strategy.id, size.periods],
  );
  await q(
    `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, lifecycle_status)
     SELECT a.id, p.id, 'Progress in ' || p.name, (ARRAY['green','amber','red']::rag[])[1 + (abs(hashtext(a.id::text || p.id::text)) % 3)], 'in_progress'
     FROM action a CROSS JOIN reporting_period p WHERE a.strategy_id = $1 AND p.strategy_id = $1 RETURNING id`,
    [strategy.id],
  );
  return {
    strategyId: strategy.id,
    themeIds: themes.map((t) => t.id),
    periodIds: periods.map((p) => p.id),
    actionIds: [...themeLevel, ...objectiveActions].map((a) => a.id),
  };
}

export const TREE_QUERY = `query Tree($id: ID!) {
  strategy(id: $id) {
    id title themeLabel objectiveLabel actionLabel hasObjectiveLevel version accountableGroupName
    ragDefinitions { red amber green }
    periods { id name startsOn state }
    themes {
      id number title
      actions { id numberLabel title leadOrganisationName deliveryGroupName supportingOrganisations { id name } isOverdue
        updates { id periodId narrative effectiveRag isStale } latestUpdate { periodId effectiveRag } previousUpdate { periodId } }
      objectives { id number title
        actions { id number numberLabel title lifecycleStatus currentDueOn originalDueOn rescheduleCount leadOrganisationName
          supportingOrganisations { id name } isOverdue
          updates { id periodId narrative effectiveRag isStale } latestUpdate { periodId effectiveRag } previousUpdate { periodId } } }
    }
  }
}`;
