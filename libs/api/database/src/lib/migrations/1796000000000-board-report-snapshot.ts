import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board report of a signed-off period as the board saw it: version 1 at sign-off, one more per correction.
 * `model` is `json` (not `jsonb`) so the stored text is byte for byte what was hashed; a trigger refuses
 * UPDATE, DELETE and TRUNCATE, as on `audit_entry`.
 */
export class BoardReportSnapshot1796000000000 implements MigrationInterface {
  name = 'BoardReportSnapshot1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE board_report_snapshot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL REFERENCES reporting_period(id),
        version integer NOT NULL CHECK (version >= 1),
        model json NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid REFERENCES person(id),
        UNIQUE (period_id, version)
      );
      CREATE FUNCTION board_report_snapshot_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'board_report_snapshot is immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER board_report_snapshot_immutable BEFORE UPDATE OR DELETE ON board_report_snapshot
        FOR EACH ROW EXECUTE FUNCTION board_report_snapshot_is_immutable();
      CREATE TRIGGER board_report_snapshot_no_truncate BEFORE TRUNCATE ON board_report_snapshot
        FOR EACH STATEMENT EXECUTE FUNCTION board_report_snapshot_is_immutable();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE IF EXISTS board_report_snapshot; DROP FUNCTION IF EXISTS board_report_snapshot_is_immutable()`,
    );
  }
}
