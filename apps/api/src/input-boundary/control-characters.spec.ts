import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

/** Text reaches the database without control characters (PostgreSQL refuses NUL), keeping lines and tabs. */
describe('control characters at the input boundary', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  it('strips NUL and other controls from a narrative and keeps its newlines and tabs', async () => {
    const action = await fx.action('A');
    const period = await fx.period('open');
    const narrative = 'Trained 40\u0000 officers.\nNext:\tcall handlers\u0007.\r\nDone\u001b.';
    const result = await api.graphql<{ saveProgressUpdate: { id: string } }>(
      'mutation($input: SaveProgressUpdateInput!) { saveProgressUpdate(input: $input) { id } }',
      { input: { actionId: action.id, periodId: period.id, narrative, proposedRag: 'Green' } },
      fx.cookie('leadA'),
    );
    expect(result.errors).toBeUndefined();
    const [row] = await api.dataSource.query(`SELECT narrative FROM progress_update WHERE id = $1`, [
      result.data?.saveProgressUpdate.id,
    ]);
    expect(row.narrative).toBe('Trained 40 officers.\nNext:\tcall handlers.\r\nDone.');
  });

  it('strips NUL from a title', async () => {
    const result = await api.graphql<{ createTheme: { id: string } }>(
      'mutation($input: CreateThemeInput!) { createTheme(input: $input) { id } }',
      { input: { strategyId: fx.strategyId, title: 'Support\u0000 victims\u007f' } },
      fx.cookie('admin'),
    );
    expect(result.errors).toBeUndefined();
    const [row] = await api.dataSource.query(`SELECT title FROM theme WHERE id = $1`, [result.data?.createTheme.id]);
    expect(row.title).toBe('Support victims');
  });

  it('strips controls from scalar arguments too (an id with a stray NUL still names its record)', async () => {
    const result = await api.graphql(
      'query($id: ID!) { strategy(id: $id) { id } }',
      { id: `${fx.strategyId}\u0000` },
      fx.cookie('admin'),
    );
    expect(result.errors).toBeUndefined();
  });
});
