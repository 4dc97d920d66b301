import type { EntityManager } from 'typeorm';
import type { OwedAction, ReminderStep } from '../templates/reminder-mails';
import { queryRows } from '@waymark/api/database';

/** A step that is not sent on its day (the app was down) is still sent this many days later, never after. */
export const CATCH_UP_DAYS = 3;

/** One person who should receive a step of one period, with the actions the message is about. */
export interface ReminderRecipient {
  readonly partnershipId: string;
  readonly periodId: string;
  readonly step: Exclude<ReminderStep, 'manual'>;
  /** ISO date in the partnership's time zone. */
  readonly today: string;
  readonly personId: string;
  readonly fullName: string;
  readonly email: string;
  readonly actionIds: readonly string[];
}

export interface ReminderCandidates {
  /** Every owed action of a period with a step due, once. */
  readonly actions: readonly OwedAction[];
  readonly recipients: readonly ReminderRecipient[];
}

/** $1 now (timestamptz), $2 partnership id or null, $3 catch-up days. Exported for the benchmark's query plan. */
export const REMINDER_CANDIDATES_SQL = `WITH due AS (
       SELECT rp.id AS period_id, rp.name AS period_name, rp.update_deadline AS deadline, rp.ends_on,
              s.id AS strategy_id, s.title AS strategy_title, s.accountable_group_id, p.id AS partnership_id, t.today, st.step
         FROM reporting_period rp
         JOIN strategy s ON s.id = rp.strategy_id AND s.archived_at IS NULL
         JOIN partnership p ON p.id = s.partnership_id AND p.archived_at IS NULL
         LEFT JOIN reminder_settings rs ON rs.strategy_id = s.id
         CROSS JOIN LATERAL (SELECT ($1::timestamptz AT TIME ZONE p.time_zone)::date AS today) t
         CROSS JOIN LATERAL (
           SELECT coalesce(rs.reminder_enabled, true) AS re, coalesce(rs.reminder_days_before, 7) AS rd,
                  coalesce(rs.chaser_enabled, true) AS ce, coalesce(rs.chaser_days_after, 3) AS cd,
                  coalesce(rs.escalation_enabled, true) AS ee, coalesce(rs.escalation_days_after, 7) AS ed
         ) c
         CROSS JOIN LATERAL (
           SELECT CASE
             WHEN t.today >= rp.update_deadline + c.ed THEN CASE WHEN c.ee AND t.today <= rp.update_deadline + c.ed + $3::int THEN 'escalation' END
             WHEN t.today >= rp.update_deadline + c.cd THEN CASE WHEN c.ce AND t.today <= rp.update_deadline + c.cd + $3::int THEN 'second_chaser' END
             WHEN t.today >= rp.update_deadline THEN CASE WHEN c.ce AND t.today <= rp.update_deadline + $3::int THEN 'chaser' END
             WHEN t.today >= rp.update_deadline - c.rd THEN CASE WHEN c.re AND t.today <= rp.update_deadline - c.rd + $3::int THEN 'reminder' END
           END AS step
         ) st
        WHERE rp.state <> 'signed_off' AND st.step IS NOT NULL AND ($2::uuid IS NULL OR p.id = $2::uuid)
     ),
     owed AS (
       SELECT d.*, a.id AS action_id, a.ref, a.title, a.lead_person_id, a.delivery_group_id,
              coalesce(pu.review_state::text, 'missing') AS update_state, lead.full_name AS lead_name, g.name AS group_name
         FROM due d
         JOIN action a ON a.strategy_id = d.strategy_id
         LEFT JOIN progress_update pu ON pu.action_id = a.id AND pu.period_id = d.period_id
         LEFT JOIN person lead ON lead.id = a.lead_person_id
         LEFT JOIN partnership_group g ON g.id = a.delivery_group_id
        WHERE a.archived_at IS NULL AND a.lifecycle_status NOT IN ('complete', 'cancelled')
          AND (a.starts_on IS NULL OR a.starts_on <= d.ends_on)
          AND (pu.id IS NULL OR pu.review_state IN ('draft', 'returned'))
     ),
     addressed AS (
       SELECT o.partnership_id, o.period_id, o.step, o.today, o.lead_person_id AS person_id, o.action_id
         FROM owed o WHERE o.step <> 'escalation' AND o.lead_person_id IS NOT NULL
       UNION
       SELECT o.partnership_id, o.period_id, o.step, o.today, m.person_id, o.action_id
         FROM owed o JOIN group_membership m ON m.group_id = o.delivery_group_id AND m.is_chair
        WHERE o.step = 'escalation'
       UNION
       SELECT o.partnership_id, o.period_id, o.step, o.today, m.person_id, o.action_id
         FROM owed o JOIN group_membership m ON m.group_id = o.accountable_group_id
        WHERE o.step = 'escalation'
     ),
     -- Materialised: computed once. Inlined, the planner (misjudging the CTEs as one row) re-aggregated it per person.
     grouped AS MATERIALIZED (
       SELECT x.partnership_id, x.period_id, x.step, x.today, x.person_id, array_agg(x.action_id ORDER BY x.action_id) AS action_ids
         FROM addressed x GROUP BY x.partnership_id, x.period_id, x.step, x.today, x.person_id
     ),
     recipients AS (
       -- One check per recipient, not per action; "step <> 'manual'" lets the planner use the unique partial index.
       SELECT g.*, per.full_name, per.email::text AS email
         FROM grouped g
         JOIN person per ON per.id = g.person_id
        WHERE per.archived_at IS NULL AND per.deactivated_at IS NULL AND NOT per.reminders_paused AND per.email LIKE '%_@_%'
          AND NOT EXISTS (SELECT 1 FROM reminder_delivery rd
                           WHERE rd.period_id = g.period_id AND rd.person_id = g.person_id AND rd.step = g.step AND rd.step <> 'manual')
     )
     SELECT json_build_object(
       'actions', (SELECT coalesce(json_agg(json_build_object(
           'actionId', o.action_id, 'strategyId', o.strategy_id, 'strategyTitle', o.strategy_title, 'periodId', o.period_id,
           'periodName', o.period_name, 'deadline', o.deadline, 'ref', o.ref, 'title', o.title, 'updateState', o.update_state,
           'leadName', o.lead_name, 'groupName', o.group_name)), '[]') FROM owed o),
       'recipients', (SELECT coalesce(json_agg(json_build_object(
           'partnershipId', r.partnership_id, 'periodId', r.period_id, 'step', r.step, 'today', r.today, 'personId', r.person_id,
           'fullName', r.full_name, 'email', r.email, 'actionIds', r.action_ids)), '[]') FROM recipients r)
     )::text AS doc`;

/**
 * The step due today for each open period (in its partnership's time zone, by its strategy's settings), the actions
 * still owed (no update, a draft or a returned one; not complete, cancelled, archived or starting after the period),
 * and who gets which: the lead officer for reminders and chasers; the delivery group's chairs (their group's actions)
 * and the accountable group's members (all of them) for escalation. Recipients already sent the step, paused,
 * archived, deactivated or without an address are left out. One statement, answered as one JSON text.
 */
export async function loadReminderCandidates(
  manager: EntityManager,
  now: Date,
  partnershipId: string | null,
): Promise<ReminderCandidates> {
  const [row] = await queryRows<{ doc: string }>(manager, REMINDER_CANDIDATES_SQL, [
    now.toISOString(),
    partnershipId,
    CATCH_UP_DAYS,
  ]);
  return JSON.parse(row.doc) as ReminderCandidates;
}
