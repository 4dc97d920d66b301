import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const MY_UPDATES = 'query($periodId: ID) { myUpdates(periodId: $periodId) { actionId status } }';

describe('actions that have not started yet owe no update', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    api.dataSource.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  it("are left out of the lead's My updates until the period reaches their start date, unless already drafted", async () => {
    // Fixture periods run 90 days from their start: this one is 1 April to 30 June 2025.
    const period = await fx.period('open', '2025-04-01');
    const started = await fx.action('A');
    const onLastDay = await fx.action('A');
    const later = await fx.action('A');
    const laterDrafted = await fx.action('A');
    await q(`UPDATE action SET starts_on = '2025-06-30' WHERE id = $1`, [onLastDay.id]);
    await q(`UPDATE action SET starts_on = '2025-07-01' WHERE id = ANY($1::uuid[])`, [[later.id, laterDrafted.id]]);
    await q(
      `INSERT INTO progress_update (action_id, period_id, narrative, review_state, author_id) VALUES ($1, $2, 'Early planning.', 'draft', $3)`,
      [laterDrafted.id, period.id, fx.people.leadA.personId],
    );

    const result = await api.graphql<{ myUpdates: Array<{ actionId: string; status: string }> }>(
      MY_UPDATES,
      { periodId: period.id },
      fx.cookie('leadA'),
    );
    expect(result.errors).toBeUndefined();
    const owed = new Map(result.data?.myUpdates.map((o) => [o.actionId, o.status]));
    expect(owed.has(started.id)).toBe(true);
    expect(owed.has(onLastDay.id)).toBe(true);
    expect(owed.has(later.id)).toBe(false);
    expect(owed.get(laterDrafted.id)).toBe('draft');
  });
});
