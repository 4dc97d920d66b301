import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts } from './support/browser';
import { browserSuite } from './support/browser-suite';

/** An administrator adds an action (with a validation error first); a viewer previews the board report; the explorer shows it. */
describe('Administration, board report and strategy explorer', () => {
  const { as } = browserSuite({ expectedConsoleErrors: /status of 400/ });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  it('an administrator adds an action under a theme, after fixing a missing title', async () => {
    const page = await as(accounts.administrator);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await expectAccessible(page);

    await page.locator('a[href^="/admin/strategies/"]').first().click();
    await page.getByRole('link', { name: /^Add / }).first().waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: /^Add / }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Add / }).waitFor();

    await page.getByRole('button', { name: /^Add / }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the action title');
    await expectAccessible(page);

    const title = `Run a hate crime awareness week in schools ${Date.now()}`;
    await page.getByLabel(/title$/).fill(title);
    await page.getByLabel('Due date (optional)').fill('2027-03-31');
    await page.getByRole('button', { name: /^Add / }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(title);
    // The new action is listed in the structure with its number.
    await page.locator('.govuk-summary-list__value', { hasText: title }).waitFor();
  });

  it('a report officer previews the York-shaped board report with download links', async () => {
    const page = await as(accounts.viewer);
    await page.goto('/reports');
    await page.getByRole('heading', { level: 1, name: 'Board update report' }).waitFor();
    const strategy = page.getByLabel('Strategy');
    if ((await strategy.inputValue()) === '') await strategy.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Preview report' }).click();
    await page.locator('.wm-report__heading').first().waitFor();
    expect(await page.locator('.wm-report__heading').first().textContent()).toMatch(/^\s*1\.\s+\S.*1: /);
    expect(await page.locator('table.wm-report__table').count()).toBeGreaterThan(0);
    const word = page.getByRole('link', { name: 'Download the board update report as Word (.docx)' });
    expect(await word.getAttribute('href')).toMatch(
      /^\/api\/reports\/board-update\?strategy=[^&]+&period=[^&]+&format=docx&columns=rag$/,
    );
    await expectAccessible(page);
  });

  it('the explorer shows the tree and an action page with its RAG history and timeline', async () => {
    const page = await as(accounts.viewer);
    await page.goto('/strategies');
    await page.locator('main a[href^="/strategies/"]:not([href^="/strategies/search"])').first().click();
    await page.getByRole('search', { name: 'Filter actions' }).waitFor();
    await expectAccessible(page);
    await page.locator('table.wm-action-table a').first().click();
    await page.getByRole('heading', { level: 2, name: 'RAG history' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await expectAccessible(page);
  });
});
