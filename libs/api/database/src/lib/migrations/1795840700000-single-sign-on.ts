import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OpenID Connect sign-in per partnership: the provider (issuer, client id, the client secret sealed with AES-GCM so a
 * copy of the database does not hold it in clear), the e-mail domains allowed just-in-time accounts and "single
 * sign-on only". A person keeps the provider account they first signed in with (issuer + subject, unique), and an
 * administrator may be marked break-glass (password sign-in still allowed when the partnership is SSO-only).
 */
export class SingleSignOn1795840700000 implements MigrationInterface {
  name = 'SingleSignOn1795840700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partnership_sso (
        partnership_id uuid PRIMARY KEY REFERENCES partnership(id),
        issuer text,
        client_id text,
        client_secret_sealed text,
        jit_email_domains text[] NOT NULL DEFAULT '{}',
        sso_only boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE person
        ADD COLUMN oidc_issuer text,
        ADD COLUMN oidc_subject text,
        ADD COLUMN is_break_glass boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT person_oidc_link_whole CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL));
      CREATE UNIQUE INDEX person_oidc_link_unique ON person (oidc_issuer, oidc_subject) WHERE oidc_issuer IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS partnership_sso;
      DROP INDEX IF EXISTS person_oidc_link_unique;
      ALTER TABLE person DROP CONSTRAINT IF EXISTS person_oidc_link_whole,
        DROP COLUMN IF EXISTS oidc_issuer, DROP COLUMN IF EXISTS oidc_subject, DROP COLUMN IF EXISTS is_break_glass;
    `);
  }
}
