import { randomBytes } from 'node:crypto';
import { addToGroup, createPartnership, createSignedInPerson } from './sign-in';
import type { TestApp } from './test-app';

export type Role = 'admin' | 'senior' | 'leadA' | 'viewer' | 'anonymous';
export const ROLES: readonly Role[] = ['admin', 'senior', 'leadA', 'viewer', 'anonymous'];

export interface ProgressFixture {
  readonly partnershipId: string;
  readonly seniorGroupId: string;
  readonly groupAId: string;
  readonly groupBId: string;
  readonly strategyId: string;
  readonly themeId: string;
  readonly people: Record<Exclude<Role, 'anonymous'>, { personId: string; cookie: string; email: string }>;
  /** Cookie per role ('' for anonymous). */
  cookie(role: Role): string | undefined;
  /** A new action owned by delivery group A (or B), in progress. */
  action(group?: 'A' | 'B', lifecycle?: string): Promise<{ id: string; version: number }>;
  /** A new reporting period of the strategy in the given state. */
  period(state?: 'open' | 'in_review' | 'signed_off', startsOn?: string): Promise<{ id: string; version: number }>;
  /** A progress update in the given review state for a new action of group A in a new period. */
  update(options?: {
    reviewState?: string;
    periodState?: 'open' | 'in_review' | 'signed_off';
    group?: 'A' | 'B';
  }): Promise<{ id: string; version: number; actionId: string; periodId: string }>;
  commentary(periodState?: 'open' | 'in_review' | 'signed_off'): Promise<{ id: string; version: number }>;
}

const suffix = () => randomBytes(4).toString('hex');

/**
 * A partnership with a senior officer group accountable for one strategy, delivery groups A and B,
 * and one signed-in person per role: administrator, senior officer (SOG member), delivery lead of A, viewer.
 */
export async function createProgressFixture(api: TestApp): Promise<ProgressFixture> {
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    api.dataSource.query(sql, params) as Promise<T[]>;
  const partnershipId = await createPartnership(api);
  const group = async (name: string, kind: string) =>
    (
      await q<{ id: string }>(
        `INSERT INTO partnership_group (partnership_id, name, kind) VALUES ($1, $2, $3) RETURNING id`,
        [partnershipId, name, kind],
      )
    )[0].id;
  const seniorGroupId = await group('Senior Officer Group', 'senior_officer_group');
  const groupAId = await group('Delivery Group A (Police)', 'delivery_group');
  const groupBId = await group('Delivery Group B (Council)', 'delivery_group');
  const [strategy] = await q<{ id: string }>(
    `INSERT INTO strategy (partnership_id, title, starts_on, ends_on, accountable_group_id) VALUES ($1, 'Hate Crime Strategy', '2025-04-01', '2028-03-31', $2) RETURNING id`,
    [partnershipId, seniorGroupId],
  );
  const [theme] = await q<{ id: string }>(
    `INSERT INTO theme (strategy_id, title) VALUES ($1, 'Raise awareness') RETURNING id`,
    [strategy.id],
  );
  const tag = suffix();
  const admin = await createSignedInPerson(api, {
    email: `admin-${tag}@example.org`,
    partnershipId,
    isAdministrator: true,
    fullName: 'Ada Admin',
  });
  const senior = await createSignedInPerson(api, {
    email: `senior-${tag}@example.org`,
    partnershipId,
    fullName: 'Sam Senior',
  });
  await addToGroup(api, senior.personId, seniorGroupId);
  const leadA = await createSignedInPerson(api, {
    email: `lead-a-${tag}@example.org`,
    partnershipId,
    fullName: 'Lee Lead',
  });
  await addToGroup(api, leadA.personId, groupAId);
  const viewer = await createSignedInPerson(api, {
    email: `viewer-${tag}@example.org`,
    partnershipId,
    fullName: 'Vic Viewer',
  });
  // The actor is loaded per request, so memberships added after sign-in count.
  const people = { admin, senior, leadA, viewer };
  let day = 0;
  const fixture: ProgressFixture = {
    partnershipId,
    seniorGroupId,
    groupAId,
    groupBId,
    strategyId: strategy.id,
    themeId: theme.id,
    people,
    cookie: (role) => (role === 'anonymous' ? undefined : people[role].cookie),
    async action(which = 'A', lifecycle = 'in_progress') {
      const [row] = await q<{ id: string; version: number }>(
        `INSERT INTO action (strategy_id, theme_id, title, delivery_group_id, lifecycle_status) VALUES ($1, $2, $3, $4, $5) RETURNING id, version`,
        [strategy.id, theme.id, `Action ${suffix()}`, which === 'A' ? groupAId : groupBId, lifecycle],
      );
      return row;
    },
    async period(state = 'open', startsOn) {
      day++;
      const start = startsOn ?? new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      const [row] = await q<{ id: string; version: number }>(
        `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline, state) VALUES ($1, $2, $3, $3::date + 90, $3::date + 100, $4) RETURNING id, version`,
        [strategy.id, `Period ${suffix()}`, start, state],
      );
      return row;
    },
    async update(options = {}) {
      const action = await fixture.action(options.group ?? 'A');
      const period = await fixture.period(options.periodState ?? 'open');
      const [row] = await q<{ id: string; version: number }>(
        `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state, author_id) VALUES ($1, $2, 'Training delivered to 40 officers.', 'green', $3, $4) RETURNING id, version`,
        [action.id, period.id, options.reviewState ?? 'draft', leadA.personId],
      );
      return { ...row, actionId: action.id, periodId: period.id };
    },
    async commentary(periodState = 'open') {
      const period = await fixture.period(periodState);
      const [row] = await q<{ id: string; version: number }>(
        `INSERT INTO theme_commentary (theme_id, period_id, body) VALUES ($1, $2, 'Awareness campaigns ran in all wards.') RETURNING id, version`,
        [theme.id, period.id],
      );
      return row;
    },
  };
  return fixture;
}

const COUNTED_TABLES = [
  'partnership',
  'organisation',
  'person',
  'partnership_group',
  'group_membership',
  'strategy',
  'theme',
  'objective',
  'action',
  'reporting_period',
  'progress_update',
  'theme_commentary',
  'indicator',
  'indicator_value',
  'account',
  'credential',
  'outbox_message',
  'account_token',
  'reminder_settings',
  'reminder_delivery',
  'notification',
  'notification_settings',
  'report_template',
  'partnership_notice',
];
const UNVERSIONED_TABLES = new Set([
  'group_membership',
  'account',
  'credential',
  'outbox_message',
  'account_token',
  'reminder_delivery',
  'notification',
]);

/**
 * Row count and version sum of every main table, plus the audit row count: equal snapshots mean nothing changed.
 * A refusal's own security event (audit operation access_refused) is the one row a refused call adds by design.
 */
export async function snapshotTables(api: TestApp): Promise<Record<string, string>> {
  const parts = COUNTED_TABLES.map(
    (t) =>
      `SELECT '${t}' AS t, count(*)::text || '/' || COALESCE(sum(${UNVERSIONED_TABLES.has(t) ? '0' : 'version'}), 0)::text AS v FROM ${t}`,
  );
  parts.push(`SELECT 'audit_entry', count(*)::text FROM audit_entry WHERE operation <> 'access_refused'`);
  const rows: Array<{ t: string; v: string }> = await api.dataSource.query(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.t, r.v]));
}
