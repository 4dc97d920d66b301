import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partnership's own Word template for the board report (letterhead, header, footer, fonts, heading styles): the
 * .docx/.dotx as uploaded, at most one per partnership. Removing it returns the partnership to the built-in template.
 */
export class ReportTemplate1796900000000 implements MigrationInterface {
  name = 'ReportTemplate1796900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL UNIQUE REFERENCES partnership(id),
        file_name text NOT NULL,
        content bytea NOT NULL,
        byte_size integer NOT NULL,
        uploaded_by_id uuid REFERENCES person(id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS report_template`);
  }
}
