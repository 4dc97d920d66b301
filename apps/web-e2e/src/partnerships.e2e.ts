import type { Browser } from 'playwright-core';
import {
  DEMO_PARTNERSHIP,
  SECOND_DEMO_PARTNERSHIP,
  accessibilityViolations,
  accounts,
  launchChromium,
  openSession,
  signOut,
} from './support/browser';

/** The demo report officer also administers a second partnership: they choose one after signing in, and switch. */
describe('One person, several partnerships', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchChromium()));
  afterAll(async () => browser?.close());

  it('asks which partnership to work in after sign-in, then switches from the header', async () => {
    const { page, context, consoleErrors } = await openSession(browser);
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(accounts.viewer.email);
    await page.getByLabel('Password').fill(accounts.viewer.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/choose-partnership/);
    await page.getByRole('heading', { level: 1, name: 'Choose a partnership' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Continue without choosing: a GOV.UK error summary, nothing chosen.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Select the partnership you want to work in',
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    // Selby: Sam administers it, and it has no strategies yet.
    await page.getByLabel(SECOND_DEMO_PARTNERSHIP).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await menu.getByRole('link', { name: 'Administration' }).waitFor();
    await expect(page.locator('.wm-current-partnership').textContent()).resolves.toContain(SECOND_DEMO_PARTNERSHIP);
    await menu.getByRole('link', { name: 'Strategies' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain('Hate Crime');

    // Switch to York: the radios show where Sam is now; York's strategies, no administration.
    await menu.getByRole('link', { name: /Switch partnership/ }).click();
    await page.waitForURL(/\/choose-partnership/);
    await expect(page.getByLabel(SECOND_DEMO_PARTNERSHIP).isChecked()).resolves.toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel(DEMO_PARTNERSHIP).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.locator('.wm-current-partnership').textContent()).resolves.toContain(DEMO_PARTNERSHIP);
    await expect(menu.getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
    await menu.getByRole('link', { name: 'Strategies' }).click();
    await page.getByText('Hate Crime', { exact: false }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await signOut(page);
    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });
});
