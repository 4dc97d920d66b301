import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  accounts,
  launchChromium,
  openSession,
  signIn,
  type Session,
} from './support/browser';

/** An administrator reorders themes with the keyboard (announced), and changes an organisation after a validation error. */
describe('Administration: structure and directory', () => {
  let browser: Browser;
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    session = await openSession(browser);
    page = session.page;
    await signIn(page, accounts.administrator);
  });
  afterAll(async () => {
    expect(session?.consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await browser?.close();
  });

  const themeHeadings = () => page.locator('main h2.govuk-heading-m').allTextContents();

  it('moves a theme down and back up with the keyboard, announcing its new position', async () => {
    await page.goto('/admin');
    await page.locator('ul a[href^="/admin/strategies/"]').first().click();
    await page.getByRole('link', { name: /^Change strategy details/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const before = await themeHeadings();
    expect(before.length).toBeGreaterThan(1);
    const firstTitle = before[0].replace(/^.*?\d+: /, '').trim();

    const moveDown = page.getByRole('button', { name: new RegExp(`^Move down .*1: `) }).first();
    await moveDown.focus();
    await page.keyboard.press('Enter');
    const announcer = page.locator('.cdk-live-announcer-element');
    await announcer
      .filter({ hasText: `${firstTitle} moved down: now 2 of ${before.length}` })
      .waitFor({ state: 'attached' });
    const after = await themeHeadings();
    expect(after[1]).toContain(firstTitle);
    expect(after[1]).toMatch(/ 2: /);
    // Focus stays on the moved theme's button, so it can be moved again straight away.
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^move-down-/);

    const moveUp = page.getByRole('button', { name: new RegExp(`^Move up .*2: ${escape(firstTitle)}`) });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await announcer
      .filter({ hasText: `${firstTitle} moved up: now 1 of ${before.length}` })
      .waitFor({ state: 'attached' });
    expect(await themeHeadings()).toEqual(before);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('changes an organisation’s name after fixing an empty name, then changes it back', async () => {
    await page.goto('/admin/directory');
    await page.getByRole('heading', { level: 1, name: 'Organisations, groups and people' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const original = (await page.locator('.govuk-summary-list__key').first().textContent())?.trim() ?? '';
    await page.getByRole('link', { name: `Change ${original}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Change organisation' }).waitFor();

    const name = page.getByLabel('Name', { exact: true });
    await name.fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the organisation name');
    await summary.getByRole('link', { name: 'Enter the organisation name' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('organisation-name');
    expect(await accessibilityViolations(page)).toEqual([]);

    const renamed = `${original} (renamed)`;
    await name.fill(renamed);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`Organisation changed: ${renamed}`);
    await page.locator('.govuk-summary-list__key', { hasText: renamed }).waitFor();

    await page.getByRole('link', { name: `Change ${renamed}`, exact: true }).click();
    await name.fill(original);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .locator('.govuk-notification-banner--success', { hasText: `Organisation changed: ${original}` })
      .waitFor();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
