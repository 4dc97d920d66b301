import { MigrationInterface, QueryRunner } from 'typeorm';

// Titles that differ only in case or spacing name the same strategy.
const NORMALISED_TITLE = `lower(regexp_replace(btrim(title), '\\s+', ' ', 'g'))`;

/**
 * One live strategy per title in a partnership, so imports racing to create the same new strategy make one
 * (the others fail on the index and are answered CONFLICT). Live duplicates already stored keep their data
 * and get a numbered title (the oldest keeps its own), since the index could not be built over them.
 */
export class StrategyTitlePerPartnership1796000100000 implements MigrationInterface {
  name = 'StrategyTitlePerPartnership1796000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE strategy s SET title = s.title || ' (' || d.n || ')', version = s.version + 1, updated_at = now()
        FROM (SELECT id, row_number() OVER (PARTITION BY partnership_id, ${NORMALISED_TITLE} ORDER BY created_at, id) AS n
                FROM strategy WHERE archived_at IS NULL) d
       WHERE s.id = d.id AND d.n > 1`);
    await q.query(
      `CREATE UNIQUE INDEX strategy_title_per_partnership ON strategy (partnership_id, (${NORMALISED_TITLE})) WHERE archived_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX strategy_title_per_partnership`);
  }
}
