import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored search vectors (English configuration), kept in step by triggers, replacing the expression indexes of
 * 1797300000000-action-search. An expression index keeps no word positions, so a phrase search re-parsed every
 * candidate narrative (about 10,000 at 6,000 actions: over a second), and ranking re-parsed every matching title.
 *
 * The vectors live in side tables, one row per action and per progress update, rather than in columns of `action`
 * and `progress_update`: backups (`to_jsonb(t)`), restore (`INSERT … SELECT *`), imports and audit diffs see the same
 * columns as before, and restored or imported rows get their vectors from the same triggers.
 */
export class StoredSearchVectors1797400000000 implements MigrationInterface {
  name = 'StoredSearchVectors1797400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX action_search;
      DROP INDEX progress_update_search;

      -- Reference and title weigh A, description B (ts_rank ranks A above B).
      CREATE FUNCTION action_search_vector(ref text, title text, description text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT setweight(to_tsvector('english'::regconfig, coalesce(ref, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')
        $$;

      CREATE TABLE action_search (
        action_id uuid PRIMARY KEY REFERENCES action(id) ON DELETE CASCADE,
        vector tsvector NOT NULL
      );
      CREATE INDEX action_search_vector ON action_search USING gin (vector);

      CREATE TABLE progress_update_search (
        update_id uuid PRIMARY KEY REFERENCES progress_update(id) ON DELETE CASCADE,
        action_id uuid NOT NULL,
        vector tsvector NOT NULL
      );
      CREATE INDEX progress_update_search_vector ON progress_update_search USING gin (vector);
      CREATE INDEX progress_update_search_action ON progress_update_search (action_id);

      CREATE FUNCTION action_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO action_search (action_id, vector) VALUES (NEW.id, action_search_vector(NEW.ref, NEW.title, NEW.description))
        ON CONFLICT (action_id) DO UPDATE SET vector = EXCLUDED.vector;
        RETURN NULL;
      END $$;
      CREATE TRIGGER action_search_insert AFTER INSERT ON action FOR EACH ROW EXECUTE FUNCTION action_search_refresh();
      CREATE TRIGGER action_search_update AFTER UPDATE OF ref, title, description ON action FOR EACH ROW
        WHEN (OLD.ref IS DISTINCT FROM NEW.ref OR OLD.title IS DISTINCT FROM NEW.title OR OLD.description IS DISTINCT FROM NEW.description)
        EXECUTE FUNCTION action_search_refresh();

      CREATE FUNCTION progress_update_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO progress_update_search (update_id, action_id, vector)
        VALUES (NEW.id, NEW.action_id, to_tsvector('english'::regconfig, coalesce(NEW.narrative, '')))
        ON CONFLICT (update_id) DO UPDATE SET action_id = EXCLUDED.action_id, vector = EXCLUDED.vector;
        RETURN NULL;
      END $$;
      CREATE TRIGGER progress_update_search_insert AFTER INSERT ON progress_update FOR EACH ROW EXECUTE FUNCTION progress_update_search_refresh();
      CREATE TRIGGER progress_update_search_update AFTER UPDATE OF narrative, action_id ON progress_update FOR EACH ROW
        WHEN (OLD.narrative IS DISTINCT FROM NEW.narrative OR OLD.action_id IS DISTINCT FROM NEW.action_id)
        EXECUTE FUNCTION progress_update_search_refresh();

      INSERT INTO action_search (action_id, vector) SELECT id, action_search_vector(ref, title, description) FROM action;
      INSERT INTO progress_update_search (update_id, action_id, vector)
        SELECT id, action_id, to_tsvector('english'::regconfig, coalesce(narrative, '')) FROM progress_update;
      ANALYZE action_search, progress_update_search;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER progress_update_search_update ON progress_update;
      DROP TRIGGER progress_update_search_insert ON progress_update;
      DROP TRIGGER action_search_update ON action;
      DROP TRIGGER action_search_insert ON action;
      DROP FUNCTION progress_update_search_refresh();
      DROP FUNCTION action_search_refresh();
      DROP TABLE progress_update_search;
      DROP TABLE action_search;
      DROP FUNCTION action_search_vector(text, text, text);
      CREATE INDEX action_search ON action USING gin ((
        setweight(to_tsvector('english'::regconfig, coalesce(ref, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, title), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')
      ));
      CREATE INDEX progress_update_search ON progress_update USING gin ((to_tsvector('english'::regconfig, narrative)));
    `);
  }
}
