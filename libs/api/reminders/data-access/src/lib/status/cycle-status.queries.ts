import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { type Actor, notFound } from '@waymark/api/shared/util';
import { localDate } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import { queryRows } from '@waymark/api/database';

export interface CycleOwedAction {
  readonly actionId: string;
  readonly ref: string | null;
  readonly title: string;
  /** 'missing', 'draft' or 'returned'. */
  readonly updateState: string;
}

/** A lead officer of the period's actions, what they still owe and whether reminders can reach them. */
export interface CyclePerson {
  readonly personId: string;
  readonly fullName: string;
  readonly email: string;
  readonly remindersPaused: boolean;
  /** False for an archived or deactivated person, or an address that cannot be written to. */
  readonly reachable: boolean;
  readonly submitted: number;
  readonly owed: readonly CycleOwedAction[];
}

export interface CycleMessage {
  readonly deliveryId: string;
  readonly step: string;
  readonly personId: string;
  readonly fullName: string;
  readonly recipient: string | null;
  readonly actionCount: number;
  readonly createdAt: Date;
  readonly sentById: string | null;
  /** From the outbox: queued, sending, sent or failed. */
  readonly deliveryStatus: string | null;
  readonly sentAt: Date | null;
  readonly attempts: number;
  /** The mail server's answer when delivery failed (an SMTP bounce), kept while it is retried. */
  readonly lastError: string | null;
}

export interface CycleStatusView {
  readonly periodId: string;
  readonly periodName: string;
  readonly strategyId: string;
  readonly strategyTitle: string;
  readonly updateDeadline: string;
  readonly state: string;
  /** "today" in the partnership's time zone. */
  readonly today: string;
  readonly timeZone: string;
  readonly people: readonly CyclePerson[];
  /** Owed actions with no lead officer: nobody is reminded of them (escalation still lists them). */
  readonly withoutLead: readonly CycleOwedAction[];
  readonly messages: readonly CycleMessage[];
}

/** The administrator's cycle status page of one period, in one statement. */
@Injectable()
export class CycleStatusQueries {
  constructor(private readonly dataSource: DataSource) {}

  async cycleStatus(actor: Actor, periodId: string, now: Date = new Date()): Promise<CycleStatusView> {
    const [row] = await queryRows<{ doc: string | null; partnership_id: string | null }>(
      this.dataSource,
      `WITH period AS (
         SELECT rp.*, s.title AS strategy_title, s.partnership_id, p.time_zone
           FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id JOIN partnership p ON p.id = s.partnership_id
          WHERE rp.id = $1
       ),
       actions AS (
         SELECT a.id, a.ref, a.title, a.lead_person_id, coalesce(pu.review_state::text, 'missing') AS update_state, a.sort_order, a.theme_id
           FROM period pr JOIN action a ON a.strategy_id = pr.strategy_id
           LEFT JOIN progress_update pu ON pu.action_id = a.id AND pu.period_id = pr.id
          WHERE a.archived_at IS NULL AND a.lifecycle_status NOT IN ('complete', 'cancelled')
            AND (a.starts_on IS NULL OR a.starts_on <= pr.ends_on)
       ),
       owed_json AS (
         SELECT a.lead_person_id, json_agg(json_build_object('actionId', a.id, 'ref', a.ref, 'title', a.title, 'updateState', a.update_state)
                  ORDER BY a.theme_id, a.sort_order, a.id) FILTER (WHERE a.update_state IN ('missing', 'draft', 'returned')) AS owed,
                count(*) FILTER (WHERE a.update_state IN ('submitted', 'accepted'))::int AS submitted
           FROM actions a GROUP BY a.lead_person_id
       )
       SELECT (SELECT partnership_id FROM period) AS partnership_id,
              (SELECT json_build_object(
                'periodId', pr.id, 'periodName', pr.name, 'strategyId', pr.strategy_id, 'strategyTitle', pr.strategy_title,
                'updateDeadline', pr.update_deadline, 'state', pr.state, 'timeZone', pr.time_zone,
                'people', (SELECT coalesce(json_agg(json_build_object(
                    'personId', per.id, 'fullName', per.full_name, 'email', per.email, 'remindersPaused', per.reminders_paused,
                    'reachable', per.archived_at IS NULL AND per.deactivated_at IS NULL AND per.email LIKE '%_@_%',
                    'submitted', o.submitted, 'owed', coalesce(o.owed, '[]'::json)) ORDER BY o.owed IS NULL, lower(per.full_name), per.id), '[]')
                  FROM owed_json o JOIN person per ON per.id = o.lead_person_id),
                'withoutLead', (SELECT coalesce(owed, '[]'::json) FROM owed_json WHERE lead_person_id IS NULL),
                'messages', (SELECT coalesce(json_agg(json_build_object(
                    'deliveryId', d.id, 'step', d.step, 'personId', d.person_id, 'fullName', per.full_name, 'recipient', m.recipient,
                    'actionCount', cardinality(d.action_ids), 'createdAt', d.created_at, 'sentById', d.sent_by_id,
                    'deliveryStatus', m.status, 'sentAt', m.sent_at, 'attempts', coalesce(m.attempts, 0), 'lastError', m.last_error)
                    ORDER BY d.created_at DESC, d.id), '[]')
                  FROM reminder_delivery d JOIN person per ON per.id = d.person_id LEFT JOIN outbox_message m ON m.id = d.outbox_message_id
                  WHERE d.period_id = pr.id))
              FROM period pr)::text AS doc`,
      [periodId],
    );
    if (!row?.doc || !row.partnership_id) throw notFound('ReportingPeriod', periodId);
    AccessPolicy.assertAdministrator(actor, row.partnership_id, { entity: 'ReportingPeriod', id: periodId });
    const view = JSON.parse(row.doc) as Omit<CycleStatusView, 'today'> & {
      messages: Array<CycleMessage & { createdAt: string; sentAt: string | null }>;
    };
    return {
      ...view,
      withoutLead: view.withoutLead ?? [],
      today: localDate(now, view.timeZone),
      messages: view.messages.map((m) => ({
        ...m,
        createdAt: new Date(m.createdAt),
        sentAt: m.sentAt ? new Date(m.sentAt) : null,
      })),
    };
  }
}
