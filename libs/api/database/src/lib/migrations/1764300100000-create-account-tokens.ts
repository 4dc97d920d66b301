import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time links (invitations, password resets, the first administrator's link): only the SHA-256 of the token is
 * stored, so a copy of the database cannot be used to take over accounts. A person can be deactivated (no sign-in,
 * still named in history), and their last sign-in is kept for the People list.
 */
export class CreateAccountTokens1764300100000 implements MigrationInterface {
  name = 'CreateAccountTokens1764300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id),
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
        token_hash bytea NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX account_token_person ON account_token (person_id, purpose);
      ALTER TABLE person ADD COLUMN deactivated_at timestamptz, ADD COLUMN last_signed_in_at timestamptz;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS account_token;
      ALTER TABLE person DROP COLUMN IF EXISTS deactivated_at, DROP COLUMN IF EXISTS last_signed_in_at;
    `);
  }
}
