import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications and each person's notification settings.
 * A notification is written in the transaction of the change that causes it, with its e-mail (if any) in the outbox;
 * `dedupe_key` makes it happen once per event and person. `email` records how it was e-mailed: at once, held for the
 * daily digest (`digested_at` is set when a digest carried it), or not at all (the person opted out).
 * Settings are one row per person (`preferences` maps a notification kind to its delivery), versioned like every
 * record a person edits.
 */
export class Notifications1796700000000 implements MigrationInterface {
  name = 'Notifications1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id),
        person_id uuid NOT NULL REFERENCES person(id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        link_path text NOT NULL,
        email text NOT NULL CHECK (email IN ('immediate', 'digest', 'none')),
        digested_at timestamptz,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        dedupe_key text NOT NULL UNIQUE
      );
      CREATE INDEX notification_person ON notification (person_id, created_at DESC);
      CREATE INDEX notification_unread ON notification (person_id) WHERE read_at IS NULL;
      CREATE INDEX notification_digest_due ON notification (person_id) WHERE email = 'digest' AND digested_at IS NULL;
      CREATE TABLE notification_settings (
        person_id uuid PRIMARY KEY REFERENCES person(id),
        preferences jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(preferences) = 'object'),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_settings; DROP TABLE IF EXISTS notification;`);
  }
}
