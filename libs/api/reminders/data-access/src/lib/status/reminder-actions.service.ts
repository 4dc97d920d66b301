import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { type Actor, badInput, notFound } from '@waymark/api/shared/util';
import { localDate } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import { type OwedAction, reminderMail } from '../templates/reminder-mails';
import { queryRows, type PersonRow } from '@waymark/api/database';

export interface PersonReminderState {
  readonly personId: string;
  readonly fullName: string;
  readonly remindersPaused: boolean;
}

export interface ManualReminder {
  readonly deliveryId: string;
  readonly recipient: string;
  readonly actionCount: number;
}

/** What an administrator does from the cycle status page: pause a person's reminders, send one reminder now. */
@Injectable()
export class ReminderActionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  async setPaused(actor: Actor, personId: string, paused: boolean): Promise<PersonReminderState> {
    return this.dataSource.transaction(async (manager) => {
      const [before] = await queryRows<Pick<PersonRow, 'partnership_id' | 'full_name' | 'reminders_paused'>>(
        manager,
        `SELECT partnership_id, full_name, reminders_paused FROM person WHERE id = $1 FOR UPDATE`,
        [personId],
      );
      if (!before) throw notFound('Person', personId);
      AccessPolicy.assertAdministrator(actor, before.partnership_id, { entity: 'Person', id: personId });
      if (before.reminders_paused !== paused) {
        await manager.query(
          `UPDATE person SET reminders_paused = $2, version = version + 1, updated_at = now() WHERE id = $1`,
          [personId, paused],
        );
        await writeAudit(manager, [
          {
            actorId: actor.personId,
            partnershipId: before.partnership_id,
            entityType: 'person',
            entityId: personId,
            operation: 'update',
            changes: { remindersPaused: { before: before.reminders_paused, after: paused } },
          },
        ]);
      }
      return { personId, fullName: before.full_name, remindersPaused: paused };
    });
  }

  /**
   * Queues a reminder to one lead about what they still owe in one period, now, whatever the schedule (also when
   * paused: an administrator asked for it). Refused when they owe nothing or cannot be written to.
   */
  async sendNow(actor: Actor, periodId: string, personId: string, now: Date = new Date()): Promise<ManualReminder> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await queryRows<{ doc: string }>(
        manager,
        `SELECT json_build_object(
           'partnershipId', s.partnership_id, 'timeZone', p.time_zone, 'state', rp.state,
           'person', (SELECT json_build_object('fullName', per.full_name, 'email', per.email, 'partnershipId', per.partnership_id,
                        'reachable', per.archived_at IS NULL AND per.deactivated_at IS NULL AND per.email LIKE '%_@_%')
                        FROM person per WHERE per.id = $2),
           'actions', (SELECT coalesce(json_agg(json_build_object('actionId', a.id, 'strategyId', s.id, 'strategyTitle', s.title,
                         'periodId', rp.id, 'periodName', rp.name, 'deadline', rp.update_deadline, 'ref', a.ref, 'title', a.title,
                         'updateState', coalesce(pu.review_state::text, 'missing'), 'leadName', NULL, 'groupName', NULL)
                         ORDER BY a.theme_id, a.sort_order, a.id), '[]')
                         FROM action a LEFT JOIN progress_update pu ON pu.action_id = a.id AND pu.period_id = rp.id
                        WHERE a.strategy_id = s.id AND a.lead_person_id = $2 AND a.archived_at IS NULL
                          AND a.lifecycle_status NOT IN ('complete', 'cancelled') AND (a.starts_on IS NULL OR a.starts_on <= rp.ends_on)
                          AND (pu.id IS NULL OR pu.review_state IN ('draft', 'returned'))))::text AS doc
           FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id JOIN partnership p ON p.id = s.partnership_id
          WHERE rp.id = $1`,
        [periodId, personId],
      );
      if (!row) throw notFound('ReportingPeriod', periodId);
      const doc = JSON.parse(row.doc) as {
        partnershipId: string;
        timeZone: string;
        state: string;
        person: { fullName: string; email: string; partnershipId: string; reachable: boolean } | null;
        actions: OwedAction[];
      };
      AccessPolicy.assertAdministrator(actor, doc.partnershipId, { entity: 'ReportingPeriod', id: periodId });
      if (!doc.person || doc.person.partnershipId !== doc.partnershipId) throw notFound('Person', personId);
      if (doc.state === 'signed_off')
        throw badInput([
          { field: 'input.periodId', message: 'This period is signed off: there is nothing to remind anyone of' },
        ]);
      if (!doc.person.reachable)
        throw badInput([
          { field: 'input.personId', message: `${doc.person.fullName} has no address Waymark can write to` },
        ]);
      if (doc.actions.length === 0)
        throw badInput([
          { field: 'input.personId', message: `${doc.person.fullName} has no update left to write for this period` },
        ]);
      const deliveryId = randomUUID();
      const messageId = randomUUID();
      const content = reminderMail({
        fullName: doc.person.fullName,
        step: 'manual',
        actions: doc.actions,
        today: localDate(now, doc.timeZone),
        publicUrl: this.config.publicUrl,
      });
      await manager.query(
        `INSERT INTO reminder_delivery (id, outbox_message_id, period_id, person_id, step, action_ids, sent_by_id) VALUES ($1, $2, $3, $4, 'manual', $5::uuid[], $6)`,
        [deliveryId, messageId, periodId, personId, doc.actions.map((a) => a.actionId), actor.personId],
      );
      await manager.query(
        `INSERT INTO outbox_message (id, partnership_id, recipient, subject, text_body, html_body, dedupe_key) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          messageId,
          doc.partnershipId,
          doc.person.email,
          content.subject,
          content.text,
          content.html,
          `reminder:manual:${deliveryId}`,
        ],
      );
      await writeAudit(manager, [
        {
          actorId: actor.personId,
          partnershipId: doc.partnershipId,
          entityType: 'reminder_delivery',
          entityId: deliveryId,
          operation: 'create',
          changes: { step: { before: null, after: 'manual' }, personId: { before: null, after: personId } },
        },
      ]);
      return { deliveryId, recipient: doc.person.email, actionCount: doc.actions.length };
    });
  }
}
