import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an administrator writes into the accessibility statement and the privacy notice (who runs the service, how to
 * contact them, the data controller, lawful basis, retention): one row per partnership, created on first save. The
 * pages show default wording for any field left empty.
 */
export class PartnershipNotices1797100000000 implements MigrationInterface {
  name = 'PartnershipNotices1797100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partnership_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL UNIQUE REFERENCES partnership(id),
        organisation_name text,
        contact_email text,
        contact_phone text,
        data_controller text,
        data_protection_officer text,
        lawful_basis text,
        retention text,
        processors text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS partnership_notice`);
  }
}
