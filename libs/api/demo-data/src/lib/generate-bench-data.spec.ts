import type { DataSource } from 'typeorm';
import { buildBenchDataSet, generateBenchData } from './generate-bench-data';
import { freshMigratedDatabase } from './testing/fresh-database';

describe('generateBenchData', () => {
  it('builds the same rows, ids included, from the same seed and different rows from another', () => {
    const a = buildBenchDataSet({ actions: 120, periods: 8, seed: 7 });
    const b = buildBenchDataSet({ actions: 120, periods: 8, seed: 7 });
    const c = buildBenchDataSet({ actions: 120, periods: 8, seed: 8 });
    expect(JSON.stringify(a)).toEqual(JSON.stringify(b));
    expect(c.set.actions[0].id).not.toEqual(a.set.actions[0].id);
  });

  it('writes narratives of 300 to 400 characters, reviews and commentary for every period', () => {
    const { set, result } = buildBenchDataSet({ actions: 600, periods: 8, seed: 1 });
    expect(result.counts.actions).toBe(600);
    for (const u of set.updates) {
      expect(u.narrative.length).toBeGreaterThanOrEqual(300);
      expect(u.narrative.length).toBeLessThanOrEqual(400);
    }
    expect(new Set(set.updates.map((u) => u.reviewState))).toEqual(
      new Set(['accepted', 'submitted', 'returned', 'draft']),
    );
    expect(set.updates.some((u) => u.validatedRag && u.validatedRag !== u.proposedRag && u.validationReason)).toBe(
      true,
    );
    expect(new Set(set.commentary.map((c) => c.periodId)).size).toBe(8);
    expect(set.updates.length).toBeGreaterThan(600 * 5);
  });

  describe('in a database', () => {
    let db: DataSource;
    beforeAll(async () => {
      db = await freshMigratedDatabase();
    });
    afterAll(() => db.destroy());

    it('inserts the generated partnership with its lead account', async () => {
      const result = await generateBenchData(db, { actions: 60, periods: 8, seed: 3 });
      const [{ actions, periods, credential }] = (await db.query(
        `SELECT (SELECT count(*) FROM action WHERE strategy_id = $1)::int actions,
                (SELECT count(*) FROM reporting_period WHERE strategy_id = $1)::int periods,
                (SELECT count(*) FROM credential c JOIN person p ON p.account_id = c.account_id WHERE p.id = $2)::int credential`,
        [result.strategyId, result.account.personId],
      )) as [{ actions: number; periods: number; credential: number }];
      expect({ actions, periods, credential }).toEqual({ actions: 60, periods: 8, credential: 1 });
    });
  });
});
