import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search vectors of inserted actions and progress updates (1797400000000) are built once per INSERT statement
 * from its transition table, not by a PL/pgSQL call per row: an import inserts 4,800 updates in one statement, and
 * the per-row trigger was about 500 ms of that statement's 800 ms.
 *
 * The UPDATE triggers stay per row: PostgreSQL refuses transition tables on a trigger with a column list (`UPDATE OF
 * title, …`), and without the column list and the row's WHEN test a statement trigger would run for every update of
 * those tables (status, RAG, version), while edits that change searched text are one or a few rows at a time.
 */
export class StatementSearchInsertTriggers1797500000000 implements MigrationInterface {
  name = 'StatementSearchInsertTriggers1797500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER action_search_insert ON action;
      DROP TRIGGER progress_update_search_insert ON progress_update;

      CREATE FUNCTION action_search_insert_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO action_search (action_id, vector)
          SELECT id, action_search_vector(ref, title, description) FROM inserted
        ON CONFLICT (action_id) DO UPDATE SET vector = EXCLUDED.vector;
        RETURN NULL;
      END $$;
      CREATE TRIGGER action_search_insert AFTER INSERT ON action REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION action_search_insert_rows();

      CREATE FUNCTION progress_update_search_insert_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO progress_update_search (update_id, action_id, vector)
          SELECT id, action_id, to_tsvector('english'::regconfig, coalesce(narrative, '')) FROM inserted
        ON CONFLICT (update_id) DO UPDATE SET action_id = EXCLUDED.action_id, vector = EXCLUDED.vector;
        RETURN NULL;
      END $$;
      CREATE TRIGGER progress_update_search_insert AFTER INSERT ON progress_update REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION progress_update_search_insert_rows();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER progress_update_search_insert ON progress_update;
      DROP TRIGGER action_search_insert ON action;
      DROP FUNCTION progress_update_search_insert_rows();
      DROP FUNCTION action_search_insert_rows();
      CREATE TRIGGER action_search_insert AFTER INSERT ON action FOR EACH ROW EXECUTE FUNCTION action_search_refresh();
      CREATE TRIGGER progress_update_search_insert AFTER INSERT ON progress_update FOR EACH ROW
        EXECUTE FUNCTION progress_update_search_refresh();
    `);
  }
}
