import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * sign_in_throttle takes over what sign_in_attempt did: "forgot your password?" requests are counted per address and
 * per e-mail in it (one atomic upsert each, where sign_in_attempt was read, then written), and notified_at records
 * that the account holder was told their sign-in is being delayed (once per run of failures). sign_in_attempt goes.
 * Administrators list security events from audit_entry by partnership and operation, hence the index.
 */
export class ThrottleNoticesAndResetCounting1796200000000 implements MigrationInterface {
  name = 'ThrottleNoticesAndResetCounting1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE sign_in_throttle
        ADD COLUMN notified_at timestamptz,
        DROP CONSTRAINT sign_in_throttle_scope_check,
        ADD CONSTRAINT sign_in_throttle_scope_check CHECK (scope IN ('account', 'address', 'password_change', 'reset_account', 'reset_address'));
      DROP TABLE sign_in_attempt;
      CREATE INDEX audit_entry_partnership_operation ON audit_entry (partnership_id, operation, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS audit_entry_partnership_operation;
      CREATE TABLE sign_in_attempt (
        id bigserial PRIMARY KEY,
        account_key text NOT NULL,
        address_key text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_attempt_account ON sign_in_attempt (account_key, attempted_at);
      CREATE INDEX sign_in_attempt_address ON sign_in_attempt (address_key, attempted_at);
      DELETE FROM sign_in_throttle WHERE scope IN ('reset_account', 'reset_address');
      ALTER TABLE sign_in_throttle
        DROP COLUMN notified_at,
        DROP CONSTRAINT sign_in_throttle_scope_check,
        ADD CONSTRAINT sign_in_throttle_scope_check CHECK (scope IN ('account', 'address', 'password_change'));
    `);
  }
}
