import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staged plan-import uploads and per-person rate limits.
 * - import_upload: a file received by `POST /api/import/uploads`, kept for an hour for its uploader, whose
 *   preview and apply mutations name it by id (so GraphQL bodies stay small). In PostgreSQL, so any instance
 *   can read what another received.
 * - person_rate_limit: one row per person and kind of work (imports, exports), a fixed window counted by a
 *   single `INSERT … ON CONFLICT … DO UPDATE … RETURNING`, so parallel requests cannot all read "under the limit".
 */
export class ImportUploadsAndPersonRateLimits1796100000000 implements MigrationInterface {
  name = 'ImportUploadsAndPersonRateLimits1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
        content bytea NOT NULL,
        byte_size integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX import_upload_person ON import_upload (person_id, created_at)`);
    await q.query(`CREATE INDEX import_upload_expires ON import_upload (expires_at)`);
    await q.query(`
      CREATE TABLE person_rate_limit (
        action text NOT NULL CHECK (action IN ('import', 'export')),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        window_started_at timestamptz NOT NULL,
        used integer NOT NULL,
        PRIMARY KEY (action, person_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS person_rate_limit`);
    await q.query(`DROP TABLE IF EXISTS import_upload`);
  }
}
