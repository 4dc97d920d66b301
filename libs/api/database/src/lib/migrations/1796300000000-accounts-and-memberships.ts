import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One person, several partnerships. An `account` is who signs in: the e-mail address, the password (credential) and
 * the single sign-on link. A `person` row stays what it was for everything else (roles, groups, lead officer,
 * authorship, audit) and becomes a membership: that account in one partnership. A person row without an account is
 * a record of someone who cannot sign in yet (added or imported, not invited).
 *
 * Every existing person gets an account with their own e-mail (addresses were unique across the installation), with
 * their password and single sign-on link moved onto it, so everyone signs in exactly as before. E-mail addresses
 * become unique per partnership, and an account has at most one membership per partnership.
 */
export class AccountsAndMemberships1796300000000 implements MigrationInterface {
  name = 'AccountsAndMemberships1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL UNIQUE,
        oidc_issuer text,
        oidc_subject text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_oidc_link_whole CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL))
      );
      CREATE UNIQUE INDEX account_oidc_link_unique ON account (oidc_issuer, oidc_subject) WHERE oidc_issuer IS NOT NULL;

      INSERT INTO account (email, oidc_issuer, oidc_subject, created_at) SELECT email, oidc_issuer, oidc_subject, created_at FROM person;
      ALTER TABLE person ADD COLUMN account_id uuid REFERENCES account(id);
      UPDATE person p SET account_id = a.id FROM account a WHERE a.email = p.email;
      CREATE UNIQUE INDEX person_account_per_partnership ON person (account_id, partnership_id) WHERE account_id IS NOT NULL;

      DROP INDEX person_email_unique;
      CREATE UNIQUE INDEX person_email_unique ON person (partnership_id, email);
      DROP INDEX person_oidc_link_unique;
      ALTER TABLE person DROP CONSTRAINT person_oidc_link_whole, DROP COLUMN oidc_issuer, DROP COLUMN oidc_subject;

      ALTER TABLE credential ADD COLUMN account_id uuid REFERENCES account(id);
      UPDATE credential c SET account_id = p.account_id FROM person p WHERE p.id = c.person_id;
      ALTER TABLE credential DROP CONSTRAINT credential_pkey, DROP COLUMN person_id, ALTER COLUMN account_id SET NOT NULL, ADD PRIMARY KEY (account_id);
    `);
  }

  /** Back to one partnership per person: only possible while every account has at most one membership. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE credential ADD COLUMN person_id uuid REFERENCES person(id);
      UPDATE credential c SET person_id = (SELECT p.id FROM person p WHERE p.account_id = c.account_id ORDER BY p.created_at LIMIT 1);
      DELETE FROM credential WHERE person_id IS NULL;
      ALTER TABLE credential DROP CONSTRAINT credential_pkey, DROP COLUMN account_id, ALTER COLUMN person_id SET NOT NULL, ADD PRIMARY KEY (person_id);

      ALTER TABLE person ADD COLUMN oidc_issuer text, ADD COLUMN oidc_subject text,
        ADD CONSTRAINT person_oidc_link_whole CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL));
      UPDATE person p SET oidc_issuer = a.oidc_issuer, oidc_subject = a.oidc_subject FROM account a
       WHERE a.id = p.account_id AND p.id = (SELECT min(p2.id::text)::uuid FROM person p2 WHERE p2.account_id = a.id);
      CREATE UNIQUE INDEX person_oidc_link_unique ON person (oidc_issuer, oidc_subject) WHERE oidc_issuer IS NOT NULL;
      DROP INDEX person_email_unique;
      CREATE UNIQUE INDEX person_email_unique ON person (email);
      DROP INDEX person_account_per_partnership;
      ALTER TABLE person DROP COLUMN account_id;
      DROP TABLE account;
    `);
  }
}
