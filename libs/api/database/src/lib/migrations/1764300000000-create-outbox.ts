import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox: e-mails are inserted in the transaction of the change that causes them and delivered
 * afterwards by a worker. `next_attempt_at` doubles as the claim lease of a message being sent, so a message whose
 * instance died mid-send is picked up again once the lease passes.
 */
export class CreateOutbox1764300000000 implements MigrationInterface {
  name = 'CreateOutbox1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid REFERENCES partnership(id),
        recipient text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        dedupe_key text UNIQUE
      );
      CREATE INDEX outbox_message_due ON outbox_message (next_attempt_at) WHERE status IN ('queued', 'sending');
      CREATE INDEX outbox_message_partnership ON outbox_message (partnership_id, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS outbox_message`);
  }
}
