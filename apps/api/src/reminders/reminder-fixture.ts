import { queryRows } from '@waymark/api/database';
import type { ParsedMail } from 'mailparser';
import { addToGroup, createPartnership, createSignedInPerson } from '../testing/sign-in';
import type { TestApp } from '../testing/test-app';

/** Q1 2026/27: its update deadline is Wednesday 15 July 2026, in British Summer Time. */
export const DEADLINE = '2026-07-15';

export interface ReminderFixture {
  readonly partnershipId: string;
  readonly strategyId: string;
  readonly secondStrategyId: string;
  readonly periodId: string;
  readonly secondPeriodId: string;
  readonly groupAId: string;
  readonly actions: {
    readonly leeFirst: string;
    readonly leeSecond: string;
    readonly patOnly: string;
    readonly leeOtherStrategy: string;
    readonly noLead: string;
  };
  readonly people: Record<
    'admin' | 'lee' | 'pat' | 'chair' | 'senior',
    { personId: string; email: string; cookie: string }
  >;
  /** Writes an update of an action in the given review state (as its lead would). */
  update(
    actionId: string,
    periodId: string,
    reviewState: 'draft' | 'submitted' | 'accepted' | 'returned',
  ): Promise<void>;
}

/**
 * A partnership with two strategies whose current periods share the deadline 15 July 2026; Lee leads two actions in
 * the first and one in the second, Pat one in the first; one action has no lead. Cath chairs delivery group A; Sam
 * sits on the senior officer group accountable for both strategies.
 */
export async function createReminderFixture(api: TestApp, tag: string): Promise<ReminderFixture> {
  const q = <T extends object = object>(sql: string, params: unknown[] = []) =>
    queryRows<T>(api.dataSource, sql, params);
  const partnershipId = await createPartnership(api, `Reminder Partnership ${tag}`);
  const group = async (name: string, kind: string) =>
    (
      await q<{ id: string }>(
        `INSERT INTO partnership_group (partnership_id, name, kind) VALUES ($1, $2, $3) RETURNING id`,
        [partnershipId, name, kind],
      )
    )[0].id;
  const seniorGroupId = await group('Senior Officer Group', 'senior_officer_group');
  const groupAId = await group('Delivery Group A (Police)', 'delivery_group');
  const person = (key: string, fullName: string, admin = false) =>
    createSignedInPerson(api, { email: `${key}-${tag}@example.org`, partnershipId, fullName, isAdministrator: admin });
  const admin = await person('admin', 'Ada Admin', true);
  const lee = await person('lee', 'Lee Lead');
  const pat = await person('pat', 'Pat Partner');
  const chair = await person('chair', 'Cath Chair');
  const senior = await person('senior', 'Sam Senior');
  await addToGroup(api, lee.personId, groupAId);
  await addToGroup(api, pat.personId, groupAId);
  await addToGroup(api, chair.personId, groupAId, true);
  await addToGroup(api, senior.personId, seniorGroupId);
  const strategy = async (title: string) => {
    const [s] = await q<{ id: string }>(
      `INSERT INTO strategy (partnership_id, title, starts_on, ends_on, accountable_group_id) VALUES ($1, $2, '2025-04-01', '2028-03-31', $3) RETURNING id`,
      [partnershipId, title, seniorGroupId],
    );
    const [t] = await q<{ id: string }>(
      `INSERT INTO theme (strategy_id, title) VALUES ($1, 'Raise awareness') RETURNING id`,
      [s.id],
    );
    const [p] = await q<{ id: string }>(
      `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline) VALUES ($1, 'Q1 2026/27', '2026-04-01', '2026-06-30', $2) RETURNING id`,
      [s.id, DEADLINE],
    );
    return { strategyId: s.id, themeId: t.id, periodId: p.id };
  };
  const first = await strategy('Hate Crime Strategy');
  const second = await strategy('Community Safety Strategy');
  let n = 0;
  const action = async (where: { strategyId: string; themeId: string }, title: string, leadId: string | null) =>
    (
      await q<{ id: string }>(
        `INSERT INTO action (strategy_id, theme_id, ref, title, lead_person_id, delivery_group_id, lifecycle_status, sort_order) VALUES ($1, $2, $3, $4, $5, $6, 'in_progress', $7) RETURNING id`,
        [where.strategyId, where.themeId, `A${++n}`, title, leadId, groupAId, n],
      )
    )[0].id;
  const actions = {
    leeFirst: await action(first, 'Train call handlers to recognise hate crime', lee.personId),
    leeSecond: await action(first, 'Publish third-party reporting centres', lee.personId),
    patOnly: await action(first, 'Run a schools awareness week', pat.personId),
    noLead: await action(first, 'Agree a data sharing protocol', null),
    leeOtherStrategy: await action(second, 'Extend street marshals to Sunday nights', lee.personId),
  };
  return {
    partnershipId,
    strategyId: first.strategyId,
    secondStrategyId: second.strategyId,
    periodId: first.periodId,
    secondPeriodId: second.periodId,
    groupAId,
    actions,
    people: { admin, lee, pat, chair, senior },
    async update(actionId, periodId, reviewState) {
      await q(
        `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state, submitted_at)
         VALUES ($1, $2, 'Delivered as planned.', 'green', $3::review_state, CASE WHEN $3::text <> 'draft' THEN now() END)
         ON CONFLICT (action_id, period_id) DO UPDATE SET review_state = EXCLUDED.review_state, submitted_at = EXCLUDED.submitted_at`,
        [actionId, periodId, reviewState],
      );
    },
  };
}

export function recipientsOf(mail: ParsedMail): string[] {
  return mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address ?? '') : [];
}

/** The mails one address received, as subject lines. */
export function subjectsTo(received: readonly ParsedMail[], address: string): string[] {
  return received.filter((m) => recipientsOf(m).includes(address)).map((m) => m.subject ?? '');
}
