import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts, baseUrl, signIn, signOut } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { createPersonWithPassword, type E2ePerson } from './support/people';

/**
 * Passwords and access from the person's side: a forgotten password reset through the e-mailed link (read in the
 * Outbox, as no mail server is set), a password changed from the account screen, and a deactivation that ends the
 * person's open session at once.
 */
describe('Passwords and deactivation', () => {
  const { browser, signedOut } = browserSuite();
  const stamp = Date.now();
  const person = (name: string): E2ePerson => ({
    fullName: name,
    email: `${name.toLowerCase().replace(/\W+/g, '.')}.${stamp}@council.example.org`,
    password: 'granite meadow lantern ferry',
  });

  const newSession = signedOut;

  async function expectAccessible(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  async function expectSignInRefused(page: Page, account: { email: string; password: string }): Promise<void> {
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.locator('.govuk-error-summary').getByText('Enter a correct email address and password').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  }

  it('resets a forgotten password through the link in the Outbox, then signs in with the new one', async () => {
    const forgetful = person('Farah Forgetful');
    await createPersonWithPassword(browser(), forgetful);
    const page = await newSession();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Email address').fill(forgetful.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();

    const admin = await newSession();
    await signIn(admin, accounts.administrator);
    await admin.goto('/admin/outbox');
    await admin.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    const message = admin
      .getByTestId('outbox-message')
      .filter({ hasText: forgetful.email })
      .filter({ hasText: 'Reset your Waymark password' });
    await message.locator('.govuk-details__summary').click();
    const href = (await message.locator('.wm-mail-body').getByRole('link').getAttribute('href')) ?? '';
    expect(href.startsWith(`${baseUrl()}/set-password#token=`)).toBe(true);

    const newPassword = 'willow quarry bicycle ember';
    await page.goto(href);
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm password').fill(newPassword);
    await page.getByRole('button', { name: 'Reset password and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: `Hello, ${forgetful.fullName}` }).waitFor();

    await signOut(page);
    await expectSignInRefused(page, forgetful);
    await signIn(page, { email: forgetful.email, password: newPassword });
    await page.getByRole('heading', { level: 1, name: `Hello, ${forgetful.fullName}` }).waitFor();
  });

  it('changes the password from the account screen; the old one stops working', async () => {
    const changer = person('Chidi Changer');
    await createPersonWithPassword(browser(), changer);
    const page = await newSession();
    await signIn(page, changer);
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('link', { name: 'Change your password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await expectAccessible(page);

    // A wrong current password is a field error, and nothing changes.
    const newPassword = 'harbour thistle copper signal';
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('#current-password-error').getByText('Your current password is not right').waitFor();

    await page.getByLabel('Current password').fill(changer.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Password changed' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Go to your home page' }).click();
    await signOut(page);
    await expectSignInRefused(page, changer);
    await signIn(page, { email: changer.email, password: newPassword });
    await page.getByRole('heading', { level: 1, name: `Hello, ${changer.fullName}` }).waitFor();
  });

  it('ends a deactivated person’s open session at once and refuses their sign-in', async () => {
    const leaver = person('Lena Leaver');
    await createPersonWithPassword(browser(), leaver);
    const page = await newSession();
    await signIn(page, leaver);
    await page.getByRole('heading', { level: 1, name: `Hello, ${leaver.fullName}` }).waitFor();

    const admin = await newSession();
    await signIn(admin, accounts.administrator);
    await admin.goto('/admin/directory');
    await admin.getByRole('heading', { level: 2, name: 'People' }).waitFor();
    const row = admin.getByRole('row').filter({ hasText: leaver.email });
    await row.getByRole('button', { name: `Deactivate ${leaver.fullName}` }).click();
    await admin
      .locator('.govuk-notification-banner--success')
      .getByText(`${leaver.fullName} was deactivated and signed out everywhere`)
      .waitFor();
    expect(((await row.getByTestId('account-status').locator('.govuk-tag').textContent()) ?? '').trim()).toBe(
      'Deactivated',
    );

    // Their open tab: the next thing they do finds the session gone.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Strategies' }).click();
    await page.waitForURL(/\/sign-in/);
    await expectSignInRefused(page, leaver);
  });
});
