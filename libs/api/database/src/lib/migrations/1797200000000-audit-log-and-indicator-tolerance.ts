import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partnership audit log pages newest first by (occurred_at, id) within one partnership, so a large
 * partnership's log is an index range scan whatever its size. Indicators get a tolerance band (in the
 * indicator's unit, 0 or more): a value short of its target by no more than this is "within tolerance".
 */
export class AuditLogAndIndicatorTolerance1797200000000 implements MigrationInterface {
  name = 'AuditLogAndIndicatorTolerance1797200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX audit_entry_partnership_time ON audit_entry (partnership_id, occurred_at DESC, id DESC);
      ALTER TABLE indicator ADD COLUMN tolerance numeric CHECK (tolerance >= 0);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE indicator DROP COLUMN IF EXISTS tolerance;
      DROP INDEX IF EXISTS audit_entry_partnership_time;
    `);
  }
}
