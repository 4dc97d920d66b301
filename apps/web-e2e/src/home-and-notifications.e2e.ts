import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts } from './support/browser';
import { browserSuite } from './support/browser-suite';

/** "4 updates to submit" → 4; "Nothing left to submit" → 0. */
function owedCount(headline: string): number {
  const match = /(\d+) updates? to submit/.exec(headline);
  return match ? Number(match[1]) : 0;
}

/**
 * The home page says what a lead owes; after they submit, it owes one fewer. The reviewer's return reaches the lead
 * as an unread notification in the header and the list; the lead chooses how they get notifications.
 */
describe('Home page and notifications', () => {
  const { as } = browserSuite();
  let strategyTitle = '';
  let actionTitle = '';
  let updateUrl = '';
  let owedBefore = 0;

  const card = (page: Page) =>
    page.locator('.wm-owed-period').filter({
      has: page.getByRole('heading', {
        name: new RegExp(`^${strategyTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`),
      }),
    });

  it('shows a lead what they owe, with the deadline in words; after they submit one update it owes one fewer', async () => {
    const page = await as(accounts.deliveryLead);
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: 'What you owe' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // An update not started yet, from My updates, and the strategy it belongs to.
    await page.goto('/my-updates');
    await page.locator('table.wm-owed-table').first().waitFor();
    const row = page.locator('tr', { has: page.locator('.govuk-tag', { hasText: /^(Not started|Draft)$/ }) }).first();
    const link = row.locator('a').first();
    strategyTitle = (await row.locator('xpath=ancestor::table/preceding-sibling::h2[1]').textContent())?.trim() ?? '';
    await page.goto('/');
    const before = card(page);
    await before.waitFor();
    owedBefore = owedCount((await before.locator('dd').first().textContent()) ?? '');
    expect(owedBefore).toBeGreaterThan(0);
    expect(await before.textContent()).toMatch(/due in \d+ days?|due today|due tomorrow|\d+ days? overdue/);
    await before.getByRole('link', { name: /Write your updates/ }).click();
    await page.waitForURL(/\/my-updates$/);

    await link.click();
    await page.getByRole('heading', { level: 2, name: 'This period' }).waitFor();
    updateUrl = new URL(page.url()).pathname;
    actionTitle = (await page.locator('h1').textContent())?.trim().replace(/\s+/g, ' ') ?? '';
    await page.getByLabel('Status').selectOption('InProgress');
    await page.locator('label[for="rag-Amber"]').click();
    await page.getByLabel('Progress update').fill('Venue booked; first two sessions run with 30 officers.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('check-your-update').waitFor();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(/\/my-updates\?submitted=/);

    await page.goto('/');
    const after = card(page);
    await after.waitFor();
    expect(owedCount((await after.locator('dd').first().textContent()) ?? '')).toBe(owedBefore - 1);
    expect(await after.textContent()).toMatch(/waiting for review/);
  });

  it('shows a reviewer what waits for their review; a return reaches the lead as an unread notification', async () => {
    const senior = await as(accounts.seniorOfficer);
    await senior.goto('/');
    await senior.getByRole('heading', { level: 2, name: 'Waiting for your review' }).waitFor();
    expect(await accessibilityViolations(senior)).toEqual([]);
    const [, , strategyId, periodId] = updateUrl.split('/');
    await senior.goto(`/review/${strategyId}/${periodId}`);
    const review = senior
      .locator('.govuk-summary-card')
      .filter({ has: senior.getByRole('heading', { name: actionTitle }) });
    await review.getByRole('button', { name: /^Return/ }).click();
    await review.getByLabel('What does the lead need to change?').fill('Say how many sessions are left.');
    await review.getByRole('button', { name: 'Return to lead' }).click();
    await review.waitFor({ state: 'detached' });

    const lead = await as(accounts.deliveryLead);
    await lead.goto('/');
    const menu = lead.getByRole('navigation', { name: 'Menu' });
    await menu.getByRole('link', { name: /Notifications \d+ unread/ }).waitFor();
    expect(await lead.getByRole('heading', { level: 2, name: 'Recent notifications' }).isVisible()).toBe(true);
    expect(owedCount((await card(lead).locator('dd').first().textContent()) ?? '')).toBe(owedBefore);

    await menu.getByRole('link', { name: /Notifications/ }).click();
    await lead.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await lead.getByText('Say how many sessions are left.').waitFor();
    expect(await accessibilityViolations(lead)).toEqual([]);
    await lead
      .locator('li', { hasText: 'Say how many sessions are left.' })
      .getByRole('link', { name: /was returned$/ })
      .click();
    await lead.waitForURL((url) => url.pathname === updateUrl);
    await lead.getByText('Say how many sessions are left.').waitFor();
  });

  it('lets a person choose the daily summary, and never turn off a returned update', async () => {
    const page = await as(accounts.deliveryLead);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('link', { name: 'Notification settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    // The heading is drawn before the settings arrive: wait for them, then count.
    await page.getByText('Always e-mailed at once.').first().waitFor();
    expect(await page.getByText('Always e-mailed at once.').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    const ragChanged = page.getByRole('group', { name: 'An update of yours is accepted with a different RAG status' });
    await ragChanged.getByLabel('Include it in my daily summary e-mail').check();
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await page.getByText('Your notification settings have been saved.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    expect(
      await page
        .getByRole('group', { name: 'An update of yours is accepted with a different RAG status' })
        .getByLabel('Include it in my daily summary e-mail')
        .isChecked(),
    ).toBe(true);
  });
});
