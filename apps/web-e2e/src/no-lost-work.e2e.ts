import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { endSessionsIn, queryAppDatabase, sessionSecondsLeft } from './support/database';

const lead = accounts.deliveryLead;

/**
 * A delivery lead's typing is never lost: autosave, Enter that only saves, a draft that survives the session ending
 * server-side, and the GOV.UK timeout warning with "Stay signed in". The session's end is moved in the database,
 * as the idle timeout would move it, so nothing waits for real minutes.
 */
describe('No lost work for a delivery lead', () => {
  const { as } = browserSuite();

  beforeAll(async () => {
    await keepLeadsQuarterOpen();
  });

  /**
   * The quarterly journeys (journeys.e2e.ts) sign the lead's open quarter off when they run first; this suite needs
   * it open, so it opens it again as the test fixture it is (the app's own reopen leaves it in review, behind the
   * earlier quarter).
   */
  async function keepLeadsQuarterOpen(): Promise<void> {
    await queryAppDatabase(
      `UPDATE reporting_period p SET state = 'open', signed_off_at = NULL, signed_off_by_id = NULL
        WHERE p.state = 'signed_off'
          AND p.ends_on = (SELECT max(q.ends_on) FROM reporting_period q WHERE q.strategy_id = p.strategy_id)
          AND p.strategy_id IN (SELECT a.strategy_id FROM action a
                JOIN group_membership m ON m.group_id = a.delivery_group_id
                JOIN person pe ON pe.id = m.person_id WHERE lower(pe.email) = lower($1))`,
      [lead.email],
    );
  }

  const signedInLead = (): Promise<Page> => as(lead);

  async function openMyUpdates(page: Page): Promise<void> {
    await page.goto('/my-updates');
    await page.getByRole('heading', { level: 1, name: 'My updates' }).waitFor();
  }

  /** Opens the update form of an action the lead has not started (the last such row, away from other journeys). */
  async function openNotStartedUpdate(page: Page): Promise<string> {
    await openMyUpdates(page);
    await page.locator('table.wm-owed-table').first().waitFor();
    const row = page.locator('tr', { has: page.locator('.govuk-tag', { hasText: 'Not started' }) }).last();
    await row.locator('a').first().click();
    await page.getByRole('heading', { level: 2, name: 'This period' }).waitFor();
    return new URL(page.url()).pathname;
  }

  async function narrativeInDatabase(updatePath: string): Promise<string | null> {
    const [, , , periodId, actionId] = updatePath.split('/');
    const [row] = await queryAppDatabase<{ narrative: string }>(
      `SELECT narrative FROM progress_update WHERE action_id = $1 AND period_id = $2`,
      [actionId, periodId],
    );
    return row?.narrative ?? null;
  }

  const status = (page: Page) => page.getByTestId('autosave-status');

  it('saves the draft while the lead types ("Saved at"), keeps it after a reload, and Enter never submits', async () => {
    const page = await signedInLead();
    const path = await openNotStartedUpdate(page);
    await page.getByLabel('Status').selectOption('InProgress');
    await page.locator('label[for="rag-Amber"]').click();
    await page.getByLabel('Progress update').pressSequentially('Two partners have agreed training dates.');
    await status(page)
      .filter({ hasText: /^Saved at \d\d:\d\d$/ })
      .waitFor();
    expect(await narrativeInDatabase(path)).toBe('Two partners have agreed training dates.');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'This period' }).waitFor();
    expect(await page.getByLabel('Progress update').inputValue()).toBe('Two partners have agreed training dates.');

    await page.getByLabel('Percent complete (optional)').fill('30');
    await page.getByLabel('Percent complete (optional)').press('Enter');
    await page.getByText('Your draft has been saved.').waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
    const [state] = await queryAppDatabase<{ review_state: string; percent_complete: number }>(
      `SELECT review_state, percent_complete FROM progress_update WHERE action_id = $1 AND period_id = $2`,
      [path.split('/')[4], path.split('/')[3]],
    );
    expect(state).toEqual({ review_state: 'draft', percent_complete: 30 });
  });

  it('keeps a draft typed after the session ended server-side, and brings it back after signing in again', async () => {
    const page = await signedInLead();
    const path = await openNotStartedUpdate(page);
    await page.getByLabel('Status').selectOption('InProgress');
    await page.getByLabel('Progress update').pressSequentially('Venue booked.');
    await status(page)
      .filter({ hasText: /^Saved at/ })
      .waitFor();

    await endSessionsIn(lead.email, -1);
    await page.getByLabel('Progress update').pressSequentially(' Invitations go out on Monday.');
    // The autosave meets the ended session: the app sends the lead to sign in, and the text stays on this device.
    await page.waitForURL(/\/sign-in\?returnUrl=.+&reason=expired/);
    await page.getByText('Your session has ended').waitFor();
    expect(await narrativeInDatabase(path)).toBe('Venue booked.');

    await page.getByLabel('Email address').fill(lead.email);
    await page.getByLabel('Password').fill(lead.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname === path);
    await page.getByTestId('draft-restored').waitFor();
    expect(await page.getByTestId('draft-restored').textContent()).toContain('They have not been saved yet');
    expect(await page.getByLabel('Progress update').inputValue()).toBe('Venue booked. Invitations go out on Monday.');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Your draft has been saved.').waitFor();
    expect(await narrativeInDatabase(path)).toBe('Venue booked. Invitations go out on Monday.');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'This period' }).waitFor();
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
  });

  /** As when the lead comes back to the tab: the app asks the API how long the session has left. */
  const lookAgain = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

  it('warns two minutes before the session ends, in an accessible modal dialog, and "Stay signed in" keeps the session', async () => {
    const page = await signedInLead();
    await openMyUpdates(page);
    await endSessionsIn(lead.email, 100);
    await lookAgain(page);

    const dialog = page.getByRole('dialog', { name: 'You’re about to be signed out' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/you will be signed out in 1 minute \d+ seconds?/);
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Sign out');
    expect(await page.locator('dialog [aria-live="polite"]').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await sessionSecondsLeft(lead.email)).toBeGreaterThan(25 * 60);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My updates' }).click();
    await page.getByRole('heading', { level: 1, name: 'My updates' }).waitFor();
  });

  it('signs the lead out when the countdown ends unanswered, and sends them to sign in', async () => {
    const page = await signedInLead();
    await openMyUpdates(page);
    // Long enough for the app to ask (and show the warning) before the end, even on a busy machine.
    await endSessionsIn(lead.email, 12);
    await lookAgain(page);
    await page.getByRole('dialog').waitFor();
    await page.waitForURL(/\/sign-in\?returnUrl=.+&reason=expired/, { timeout: 60_000 });
    await page.getByText('Your session has ended').waitFor();
  });
});
