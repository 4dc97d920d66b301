import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search of actions (English configuration): expression GIN indexes, not stored tsvector columns, so
 * `SELECT *`-based backup, restore and audit diffs see the same columns as before. The search statement must use
 * these exact expressions (ACTION_SEARCH_VECTOR and NARRATIVE_SEARCH_VECTOR in the strategy data-access library)
 * for PostgreSQL to use the indexes.
 */
export class ActionSearch1797300000000 implements MigrationInterface {
  name = 'ActionSearch1797300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX action_search ON action USING gin ((
        setweight(to_tsvector('english'::regconfig, coalesce(ref, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, title), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')
      ));
      CREATE INDEX progress_update_search ON progress_update USING gin ((to_tsvector('english'::regconfig, narrative)));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX progress_update_search; DROP INDEX action_search;`);
  }
}
