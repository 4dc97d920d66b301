import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts } from './support/browser';
import { browserSuite } from './support/browser-suite';

/**
 * The demo's open York quarter has been through its reminder cycle (the demo loader runs the real reminder job):
 * an administrator finds what each lead owes and every message sent on the period's cycle status page, sends one
 * lead a reminder now, and is told in words when reminder settings are wrong.
 */
describe('Reminders: the cycle status page and the settings', () => {
  const { as } = browserSuite();

  async function adminOnPeriods(): Promise<Page> {
    const page = await as(accounts.administrator);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('link', { name: 'Reporting periods' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reporting periods' }).waitFor();
    const york = page.getByLabel('Strategy', { exact: true }).locator('option', { hasText: 'Hate Crime' });
    await page.getByLabel('Strategy', { exact: true }).selectOption((await york.first().getAttribute('value')) ?? '');
    return page;
  }

  it('shows who owes what and the reminders, chasers and escalations sent, and sends one reminder now', async () => {
    const page = await adminOnPeriods();
    await page.getByRole('link', { name: 'Cycle status of Q4 2015/16' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cycle status: Q4 2015/16' }).waitFor();
    const messages = page.getByTestId('cycle-messages');
    for (const step of ['Reminder (', 'Chaser (deadline day)', 'Second chaser', 'Escalation'])
      expect(await messages.textContent()).toContain(step);
    expect(await messages.locator('.govuk-tag').first().textContent()).toContain('Queued');
    const people = page.getByTestId('cycle-people');
    expect(await people.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    const sendNow = people.getByRole('button', { name: /^Send a reminder now to / }).first();
    const name = ((await sendNow.textContent()) ?? '').replace('Send a reminder now to', '').trim();
    const before = await messages.locator('tbody tr').count();
    await sendNow.click();
    await page
      .locator('.govuk-notification-banner--success')
      .filter({ hasText: `Reminder queued for ${name}` })
      .waitFor();
    expect(await messages.locator('tbody tr').count()).toBe(before + 1);
    expect(await messages.locator('tbody tr').first().textContent()).toContain('Reminder sent now');
  });

  it('refuses an escalation set before the second chaser, naming the field', async () => {
    const page = await adminOnPeriods();
    await page.getByRole('link', { name: /^Reminder settings of / }).click();
    await page.getByRole('heading', { level: 1, name: 'Reminder settings' }).waitFor();
    expect(await page.getByLabel('Days before the deadline').inputValue()).toBe('7');
    await page.getByLabel('Days after the deadline for the second chaser').fill('5');
    await page.locator('#escalation-days').fill('4');
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Escalation must come after the second chaser');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('#escalation-days').fill('8');
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await page.locator('.govuk-notification-banner--success').filter({ hasText: 'Reminder settings saved' }).waitFor();
  });
});
