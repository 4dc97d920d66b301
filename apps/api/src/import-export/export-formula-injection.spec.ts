import ExcelJS from 'exceljs';
import { uploadPlan } from '../testing/plan-upload';
import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const NARRATIVE = "=cmd|' /C calc'!A0";
const TITLE = '@SUM(1+1)';
const APPLY = `mutation($input: PlanImportInput!) { applyPlanImport(input: $input) { counts { entity created updated unchanged } problems { row message } } }`;

/** Data cells of an export: [action title, progress narrative] of each row with a period. */
async function planCells(format: 'csv' | 'xlsx', content: Buffer): Promise<string[][]> {
  if (format === 'csv') {
    const lines = content
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    return lines.slice(1).map((line) => [line]);
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(content).buffer);
  const sheet = book.getWorksheet('Plan');
  const rows: string[][] = [];
  sheet?.eachRow((row, n) => {
    if (n > 1) rows.push([row.getCell(5).text, row.getCell(15).text]);
  });
  return rows;
}

// The first import starts the import worker, which loads from source (ts-node) here: slow on a busy machine.
jest.setTimeout(180_000);

describe('plan exports neutralise spreadsheet formulas', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let strategyId: string;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    strategyId = fx.strategyId;
    const action = await fx.action('A');
    await api.dataSource.query(`UPDATE action SET title = $2 WHERE id = $1`, [action.id, TITLE]);
    const period = await fx.period('open', '2026-01-01');
    await api.dataSource.query(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, lifecycle_status, review_state) VALUES ($1, $2, $3, 'green', 'in_progress', 'accepted')`,
      [action.id, period.id, NARRATIVE],
    );
  });
  afterAll(() => api.close());

  const download = async (format: 'csv' | 'xlsx') => {
    const response = await fetch(`${api.baseUrl}/api/export/strategies/${strategyId}/plan.${format}`, {
      headers: { cookie: fx.cookie('viewer') ?? '' },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  it('plan.csv prefixes cells that start with = + - @ with an apostrophe', async () => {
    const [row] = await planCells('csv', await download('csv'));
    expect(row[0]).toContain(`,'${TITLE},`);
    expect(row[0]).toContain(`,'${NARRATIVE},`);
    expect(row[0]).not.toMatch(/(^|,)[=+\-@]/);
  });

  it('plan.xlsx writes such cells as apostrophe-prefixed text, never as formulas', async () => {
    const [row] = await planCells('xlsx', await download('xlsx'));
    expect(row).toEqual([`'${TITLE}`, `'${NARRATIVE}`]);
  });

  it.each(['csv', 'xlsx'] as const)('the %s export re-imports with the original text unchanged', async (format) => {
    const content = await download(format);
    const result = await api.graphql<{
      applyPlanImport: { counts: Array<{ entity: string; created: number; updated: number }>; problems: unknown[] };
    }>(
      APPLY,
      { input: { uploadId: await uploadPlan(api, fx.cookie('admin') ?? '', `plan.${format}`, content), strategyId } },
      fx.cookie('admin'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.applyPlanImport.counts.every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    const [stored]: Array<{ narrative: string; title: string }> = await api.dataSource.query(
      `SELECT u.narrative, a.title FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.strategy_id = $1`,
      [strategyId],
    );
    expect(stored).toEqual({ narrative: NARRATIVE, title: TITLE });
  });
});
