import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The quarterly cycle's reminders: the partnership's time zone (deadlines and "today" are dates there), reminder
 * settings per strategy, an administrator's pause per person, and one row per reminder sent. That row's unique key
 * (period, recipient, step) is what makes a step go out once per person whatever the number of instances or restarts:
 * it is inserted in the transaction that queues the e-mail, so both exist or neither does.
 */
export class Reminders1796600000000 implements MigrationInterface {
  name = 'Reminders1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE partnership ADD COLUMN time_zone text NOT NULL DEFAULT 'Europe/London';
      ALTER TABLE person ADD COLUMN reminders_paused boolean NOT NULL DEFAULT false;
      CREATE TABLE reminder_settings (
        strategy_id uuid PRIMARY KEY REFERENCES strategy(id),
        reminder_enabled boolean NOT NULL DEFAULT true,
        reminder_days_before integer NOT NULL DEFAULT 7 CHECK (reminder_days_before BETWEEN 1 AND 90),
        chaser_enabled boolean NOT NULL DEFAULT true,
        chaser_days_after integer NOT NULL DEFAULT 3 CHECK (chaser_days_after BETWEEN 1 AND 90),
        escalation_enabled boolean NOT NULL DEFAULT true,
        escalation_days_after integer NOT NULL DEFAULT 7 CHECK (escalation_days_after BETWEEN 1 AND 180),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (escalation_days_after > chaser_days_after)
      );
      CREATE TABLE reminder_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL REFERENCES reporting_period(id),
        person_id uuid NOT NULL REFERENCES person(id),
        step text NOT NULL CHECK (step IN ('reminder', 'chaser', 'second_chaser', 'escalation', 'manual')),
        action_ids uuid[] NOT NULL,
        outbox_message_id uuid REFERENCES outbox_message(id) DEFERRABLE INITIALLY DEFERRED,
        sent_by_id uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX reminder_delivery_once ON reminder_delivery (period_id, person_id, step) WHERE step <> 'manual';
      CREATE INDEX reminder_delivery_period ON reminder_delivery (period_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS reminder_delivery, reminder_settings;
      ALTER TABLE person DROP COLUMN IF EXISTS reminders_paused;
      ALTER TABLE partnership DROP COLUMN IF EXISTS time_zone;
    `);
  }
}
