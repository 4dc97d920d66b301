import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts } from './support/browser';
import { browserSuite } from './support/browser-suite';

const YORK = 'Embracing Diversity: A Hate Crime Strategy for York';

/**
 * A senior officer writes a commentary paragraph on the review dashboard and records a performance indicator value
 * (after a validation error); an administrator changes the partnership's RAG definitions. axe on each screen.
 */
describe('Theme commentary, performance indicators and partnership settings', () => {
  const { as } = browserSuite({ expectedConsoleErrors: /status of 400/ });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  /** Opens York's review dashboard on a period that is not signed off (other journeys may sign one off). */
  async function openWritableDashboard(page: Page): Promise<void> {
    await page.goto('/review');
    await page.getByRole('link', { name: YORK, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Commentary by/ }).waitFor();
    const periods = page.getByRole('navigation', { name: 'Reporting periods' }).getByRole('link');
    const count = await periods.count();
    for (let i = count - 1; i >= 0; i--) {
      await periods.nth(i).click();
      await page.locator('.wm-commentary').first().waitFor();
      if ((await page.getByRole('button', { name: /^Add a paragraph/ }).count()) > 0) return;
    }
    throw new Error('No York period is open for commentary.');
  }

  it('a senior officer adds a commentary paragraph to a theme, after an empty-text error', async () => {
    const page = await as(accounts.seniorOfficer);
    await openWritableDashboard(page);
    await expectAccessible(page);

    const section = page.locator('section.wm-commentary').first();
    await section.getByRole('button', { name: /^Add a paragraph/ }).click();
    await section.getByRole('button', { name: 'Add paragraph', exact: true }).click();
    await section.locator('.govuk-error-summary').waitFor();
    expect(await section.locator('.govuk-error-summary').textContent()).toContain('Enter the commentary paragraph');
    await expectAccessible(page);

    const text = `Third-party reporting centres opened in four libraries ${Date.now()}.`;
    await section.getByRole('textbox').fill(text);
    await section
      .getByText(`You have ${(20_000 - text.length).toLocaleString('en-GB')} characters remaining`)
      .waitFor();
    await section.getByRole('button', { name: 'Add paragraph', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The paragraph was added.' }).waitFor();
    await section.locator('ol li', { hasText: text }).waitFor();
    await expectAccessible(page);
  });

  it('a senior officer records an indicator value on the indicators screen, with the chart and table beside it', async () => {
    const page = await as(accounts.seniorOfficer);
    await page.goto('/strategies');
    await page.getByRole('link', { name: YORK }).first().click();
    await page.getByRole('link', { name: /^Performance indicators/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Performance indicators' }).waitFor();
    const first = page.locator('section.wm-indicator').first();
    const chart = first.locator('svg[role="img"]');
    expect(await chart.getAttribute('aria-label')).toMatch(/trend chart: .+\d/);
    expect(await first.locator('table.govuk-table caption').textContent()).toMatch(/(higher|lower) is better/);
    await expectAccessible(page);

    await first.locator('summary', { hasText: 'Record a value' }).click();
    const form = first.locator('form.wm-indicator-value-form');
    await form.getByRole('button', { name: /^Save value/ }).click();
    await form.locator('.govuk-error-summary').waitFor();
    expect(await form.locator('.govuk-error-summary').textContent()).toContain('Select the reporting period');
    await expectAccessible(page);

    const period = form.getByLabel('Reporting period');
    const options = await period.locator('option').allTextContents();
    await period.selectOption({ index: options.length - 1 });
    await form.getByLabel(/^Value/).fill('42');
    await form.getByRole('button', { name: /^Save value/ }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain('42');
    await expectAccessible(page);
  });

  it('an administrator changes the partnership’s Amber definition in the settings', async () => {
    const page = await as(accounts.administrator);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partnership settings' }).waitFor();
    await expectAccessible(page);

    const name = await page.getByLabel('Partnership name').inputValue();
    await page.getByLabel('Partnership name').fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter the partnership name');
    await expectAccessible(page);

    await page.getByLabel('Partnership name').fill(name);
    const amber = page.locator('#rag-amber');
    const definition = `At risk: some slippage, recovery plan agreed ${Date.now()}.`;
    await amber.fill(definition);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Partnership settings' }).waitFor();
    expect(await page.locator('#rag-amber').inputValue()).toBe(definition);
  });

  it('keeps partnership settings from people who are not administrators', async () => {
    const page = await as(accounts.seniorOfficer);
    await page.goto('/settings/partnership');
    await page.waitForURL((url) => url.pathname === '/');
  });
});
