import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts, screenshot } from './support/browser';
import { browserSuite } from './support/browser-suite';

/**
 * The review loop across roles, in order, on one database: a lead writes and submits; a senior officer returns it;
 * the lead fixes and resubmits; the officer validates a different RAG with a reason, accepts, and signs the period off.
 */
describe('Quarterly update and review journey', () => {
  const { as } = browserSuite();
  let actionTitle = '';
  let strategyTitle = '';
  let updateUrl = '';

  async function expectAccessible(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  async function openDashboard(page: Page): Promise<void> {
    // The dashboard for the strategy and period the lead wrote in (from /my-updates/:strategyId/:periodId/:actionId).
    const [, , strategyId, periodId] = updateUrl.split('/');
    await page.goto('/review');
    await page.getByRole('link', { name: strategyTitle, exact: true }).waitFor();
    await page.goto(`/review/${strategyId}/${periodId}`);
    await page.getByRole('heading', { level: 1, name: /^Review:/ }).waitFor();
  }

  function card(page: Page) {
    return page.locator('.govuk-summary-card').filter({ has: page.getByRole('heading', { name: actionTitle }) });
  }

  it('a delivery lead writes and submits an update, seeing last period beside it', async () => {
    const page = await as(accounts.deliveryLead);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My updates' }).click();
    await page.getByRole('heading', { level: 1, name: 'My updates' }).waitFor();
    await page.locator('table.wm-owed-table').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'my-updates');

    const row = page.locator('tr', { has: page.locator('.govuk-tag', { hasText: 'Not started' }) }).first();
    const link = row.locator('a').first();
    actionTitle = (await link.textContent())?.trim().replace(/\s+/g, ' ') ?? '';
    strategyTitle = (await row.locator('xpath=ancestor::table/preceding-sibling::h2[1]').textContent())?.trim() ?? '';
    await link.click();
    await page.getByRole('heading', { level: 2, name: 'This period' }).waitFor();
    updateUrl = new URL(page.url()).pathname;
    actionTitle = (await page.locator('h1').textContent())?.trim().replace(/\s+/g, ' ') ?? actionTitle;
    await expectAccessible(page);

    await page.getByLabel('Status').selectOption('InProgress');
    await page.getByLabel('Progress update').fill('');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter your progress update');
    await expectAccessible(page);

    await page.locator('label[for="rag-Amber"]').click();
    await page.getByLabel('Percent complete (optional)').fill('40');
    await page
      .getByLabel('Progress update')
      .fill('Training dates agreed with two partners; venue booking slipped a fortnight.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Your draft has been saved.').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your update before submitting it' }).waitFor();
    const checked = page.getByTestId('check-your-update');
    expect(await checked.textContent()).toContain(
      'Training dates agreed with two partners; venue booking slipped a fortnight.',
    );
    expect(await checked.textContent()).toContain('40%');
    await expectAccessible(page);
    // "Change" goes back to the field; nothing has been submitted.
    await checked.getByRole('link', { name: 'Change percent complete' }).click();
    await page.getByLabel('Percent complete (optional)').fill('45');
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByTestId('check-your-update').textContent()).toContain('45%');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(/\/my-updates\?submitted=/);
    await page.getByText('was submitted for review').waitFor();
  });

  it('a senior officer sees the dashboard and returns the update with a comment', async () => {
    const page = await as(accounts.seniorOfficer);
    await openDashboard(page);
    await expectAccessible(page);
    await screenshot(page, 'review-dashboard');
    await card(page)
      .getByRole('button', { name: /^Return/ })
      .click();
    await card(page).getByLabel('What does the lead need to change?').fill('Say when the venue will be booked.');
    await card(page).getByRole('button', { name: 'Return to lead' }).click();
    await page.getByText('was returned to its lead').waitFor();
    await card(page).waitFor({ state: 'detached' });
  });

  it('the lead reads the comment, fixes the update and resubmits', async () => {
    const page = await as(accounts.deliveryLead);
    await page.goto(updateUrl);
    await page.getByText('Say when the venue will be booked.').waitFor();
    await expectAccessible(page);
    await page
      .getByLabel('Progress update')
      .fill('Training dates agreed with two partners; venue booked for 12 March.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(/\/my-updates\?submitted=/);
  });

  it('the officer validates a different RAG with a reason, accepts, and signs the period off', async () => {
    const page = await as(accounts.seniorOfficer);
    await openDashboard(page);
    await card(page)
      .getByRole('button', { name: /^Validate RAG/ })
      .click();
    await card(page).locator('label', { hasText: 'Green' }).click();
    await card(page).getByRole('button', { name: 'Save validated RAG' }).click();
    await card(page).locator('.govuk-error-summary').waitFor();
    expect(await card(page).locator('.govuk-error-summary').textContent()).toContain('Enter why the RAG differs');
    await card(page)
      .getByLabel(/^Reason/)
      .fill('Venue now booked: the slippage is recovered.');
    await card(page).getByRole('button', { name: 'Save validated RAG' }).click();
    await page.getByText('was given a validated RAG').waitFor();
    await card(page)
      .getByRole('button', { name: /^Accept/ })
      .click();
    await card(page).waitFor({ state: 'detached' });
    await expectAccessible(page);

    await page.getByRole('button', { name: /^Sign off/ }).click();
    await page.waitForURL(/\/sign-off$/);
    await page.getByRole('heading', { name: 'Check before you sign off' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Confirm sign-off' }).click();
    await page.locator('.govuk-panel--confirmation', { hasText: 'is signed off' }).waitFor();
    expect(await page.getByTestId('signed-off-by').textContent()).toMatch(/Signed off by .+ on \d{1,2} \w+ \d{4}/);
    expect(await page.getByRole('button', { name: /^Accept/ }).count()).toBe(0);
    await expectAccessible(page);
  });
});
