import type { Browser, Response } from 'playwright-core';
import { accessibilityViolations, accounts, launchChromium, openSession, signIn, signOut } from './support/browser';

describe('Signing in and out', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchChromium()));
  afterAll(async () => browser?.close());

  it('asks for a correct email and password, signs in, returns to the requested page, and signs out', async () => {
    const { page, context, consoleErrors } = await openSession(browser);

    await page.goto('/my-updates');
    await page.waitForURL(/\/sign-in\?returnUrl=%2Fmy-updates/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Enter your email address');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Email address').fill(accounts.deliveryLead.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter a correct email address and password',
    );

    await page.getByLabel('Password').fill(accounts.deliveryLead.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/my-updates$/);

    await page.goto('/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Hello');
    expect(await accessibilityViolations(page)).toEqual([]);

    await signOut(page);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('You have signed out');
    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });

  it('sends a person whose session has ended back to sign in with a message, then to the page they were on', async () => {
    const { page, context, consoleErrors } = await openSession(browser);
    // Every question the app asks on landing must be answered before the session goes. On a busy machine the home
    // page's own query left after a network-idle wait (the lazy page was still being parsed), met the cleared cookie and
    // sent the person to sign in before the test's click, so the menu link vanished.
    const operation = (response: Response, name: string) => {
      const body: unknown = response.request().postDataJSON();
      return typeof body === 'object' && body !== null && 'operationName' in body && body.operationName === name;
    };
    const landed = Promise.all(
      ['SessionExpiry', 'UnreadNotificationCount', 'Home'].map((name) =>
        page.waitForResponse((response) => operation(response, name)),
      ),
    );
    await signIn(page, accounts.seniorOfficer);
    await landed;
    await page.waitForLoadState('networkidle');
    await context.clearCookies();
    // In-app navigation: the page's query gets UNAUTHENTICATED and the app sends the person to sign in.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Review' }).click();
    await page.waitForURL(/\/sign-in\?returnUrl=%2Freview&reason=expired/);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Your session has ended');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Email address').fill(accounts.seniorOfficer.email);
    await page.getByLabel('Password').fill(accounts.seniorOfficer.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/review$/);
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });
});
