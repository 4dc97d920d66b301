import { accessibilityViolations, accounts } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { queryAppDatabase } from './support/database';

const YORK = 'Embracing Diversity: A Hate Crime Strategy for York';

/** York's actions as the dashboard counts them: not archived, nor under an archived theme or objective. */
const COUNTED_ACTIONS = `
  FROM action a JOIN strategy s ON s.id = a.strategy_id JOIN theme t ON t.id = a.theme_id AND t.archived_at IS NULL
 WHERE s.title = $1 AND a.archived_at IS NULL
   AND (a.objective_id IS NULL OR EXISTS (SELECT 1 FROM objective o WHERE o.id = a.objective_id AND o.archived_at IS NULL))`;

/** The RAG trend on the review dashboard, and as an optional section of the board report preview. axe on each. */
describe('RAG trend per period and theme', () => {
  const { as } = browserSuite();

  it('the review dashboard shows a row per period with counts and percentages, for the whole strategy or one theme', async () => {
    const page = await as(accounts.seniorOfficer);
    await page.goto('/review');
    await page.getByRole('link', { name: YORK, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'RAG trend' }).waitFor();
    const table = page.getByTestId('rag-trend-table');
    await table.waitFor();

    // Signed-off and in-review periods and the current one (the latest started), in period order.
    const periods = await queryAppDatabase<{ name: string }>(
      `WITH p AS (SELECT rp.* FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id WHERE s.title = $1),
            current AS (SELECT id FROM p WHERE starts_on <= current_date ORDER BY starts_on DESC LIMIT 1)
       SELECT name FROM p WHERE state <> 'open' OR id = (SELECT id FROM current) ORDER BY starts_on`,
      [YORK],
    );
    const rowHeaders = (await table.locator('tbody th').allTextContents()).map((t) => t.trim());
    expect(rowHeaders).toHaveLength(periods.length);
    periods.forEach((p, i) => expect(rowHeaders[i].startsWith(p.name)).toBe(true));

    // Every action counts in every period; the latest period's green figure by the shared rule.
    const [{ total }] = await queryAppDatabase<{ total: number }>(`SELECT count(*)::int AS total ${COUNTED_ACTIONS}`, [
      YORK,
    ]);
    const last = table.locator('tbody tr').last();
    expect((await last.locator('td').last().textContent())?.trim()).toBe(String(total));
    const [{ green }] = await queryAppDatabase<{ green: number }>(
      `SELECT count(*)::int AS green ${COUNTED_ACTIONS}
         AND EXISTS (SELECT 1 FROM progress_update u JOIN reporting_period rp ON rp.id = u.period_id
                      WHERE u.action_id = a.id AND rp.name = $2 AND rp.strategy_id = s.id AND u.review_state <> 'draft'
                        AND coalesce(u.lifecycle_status, a.lifecycle_status) IN ('in_progress', 'ongoing')
                        AND coalesce(u.validated_rag, u.proposed_rag) = 'green')`,
      [YORK, periods[periods.length - 1].name],
    );
    expect((await last.locator('td').nth(2).textContent())?.trim()).toBe(
      `${green} (${Math.round((green * 100) / total)}%)`,
    );
    await page.getByRole('figure').filter({ hasText: 'RAG trend chart: Whole strategy' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const scope = page.getByLabel('Show the trend for');
    const firstTheme = (await scope.locator('option').nth(1).textContent())?.trim() ?? '';
    await scope.selectOption({ label: firstTheme });
    await table.locator('caption').filter({ hasText: firstTheme }).waitFor();
    const themeTotal = Number((await table.locator('tbody tr').last().locator('td').last().textContent())?.trim());
    expect(themeTotal).toBeGreaterThan(0);
    expect(themeTotal).toBeLessThan(total);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the board report preview has a RAG trend section only when the officer ticks it', async () => {
    const page = await as(accounts.viewer);
    await page.goto('/reports');
    await page.getByRole('heading', { level: 1, name: 'Board update report' }).waitFor();
    const strategy = page.getByLabel('Strategy');
    if ((await strategy.inputValue()) === '') await strategy.selectOption({ label: YORK });
    const trendBox = page.getByLabel('RAG trend', { exact: true });
    expect(await trendBox.isChecked()).toBe(false);
    await trendBox.check();
    await page.getByRole('button', { name: 'Preview report' }).click();
    const section = page.locator('section.wm-report__rag-trend');
    await section.waitFor();
    expect(await section.locator('caption').first().textContent()).toContain('Whole strategy');
    expect(await section.locator('tbody td').first().textContent()).toMatch(/^\s*\d+ \(\d+%\)\s*$/);
    const word = page.getByRole('link', { name: 'Download the board update report as Word (.docx)' });
    expect(await word.getAttribute('href')).toContain('ragTrend=true');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
