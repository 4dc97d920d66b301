import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts, baseUrl } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { createPersonWithPassword } from './support/people';
import { oidcIssuer, setProviderAccount } from './support/oidc-provider';

/** Sign in with Microsoft: through a real OpenID provider's own pages (the test provider stands in for Entra ID). */
describe('Signing in with Microsoft (OpenID Connect)', () => {
  const { as, browser, signedOut } = browserSuite();

  async function signInThroughProvider(login: string): Promise<Page> {
    const page = await signedOut();
    await page.goto('/sign-in');
    const button = page.getByRole('button', { name: 'Sign in with Microsoft' });
    await button.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await button.click();

    await page.waitForURL((url) => url.href.startsWith(`${oidcIssuer()}/interaction/`));
    await page.getByRole('heading', { level: 1, name: 'Test identity provider' }).waitFor();
    await page.getByLabel('Login name').fill(login);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.href.startsWith(baseUrl()));
    return page;
  }

  it('signs in a demo person whose verified e-mail the provider vouches for, and shows their name', async () => {
    await setProviderAccount('aisha', {
      email: 'aisha.khan@demo.waymark.test',
      email_verified: true,
      name: 'A. Khan (Entra ID)',
    });
    const page = await signInThroughProvider('aisha');

    await page.waitForURL(`${baseUrl()}/`);
    // The name is Waymark's own record of the person, not the provider's display name.
    await page.getByRole('heading', { level: 1, name: 'Hello, Aisha Khan' }).waitFor();
    expect(await page.getByRole('button', { name: /Sign out/ }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Signed in for real: a page that needs a session opens without a detour through sign-in.
    await page.goto('/strategies');
    await page.getByRole('heading', { level: 1, name: 'Strategies' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/strategies');
  });

  it('refuses an account whose e-mail address belongs to nobody in Waymark, with a plain explanation', async () => {
    await setProviderAccount('stranger', {
      email: 'stranger@elsewhere.example.org',
      email_verified: true,
      name: 'Someone Else',
    });
    const page = await signInThroughProvider('stranger');

    await page.waitForURL(`${baseUrl()}/sign-in/problem?reason=unknown-person`);
    await page.getByRole('heading', { level: 1, name: 'Waymark does not know your account' }).waitFor();
    expect(await page.getByTestId('sign-in-problem').textContent()).toBe(
      'You signed in with your organisation, but nobody with your email address has been added to Waymark. Ask an administrator of your partnership to add or invite you.',
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Go back to sign in' }).click();
    await page.waitForURL(`${baseUrl()}/sign-in`);
    // Nobody was signed in: a page that needs a session sends the browser to sign in.
    await page.goto('/strategies');
    await page.waitForURL(/\/sign-in\?returnUrl=%2Fstrategies/);
  });

  it('lets an administrator clear a person’s link, so they sign in with their new provider account', async () => {
    const moved = {
      fullName: 'Omar Moved',
      email: `omar.moved.${Date.now()}@council.example.org`,
      password: 'lantern orchard copper tide',
    };
    await createPersonWithPassword(browser(), moved);
    await setProviderAccount('omar-old', { email: moved.email, email_verified: true });
    const first = await signInThroughProvider('omar-old');
    await first.getByRole('heading', { level: 1, name: `Hello, ${moved.fullName}` }).waitFor();

    // The organisation gave Omar a new account: same address, but Waymark is linked to the old one.
    await setProviderAccount('omar-new', { email: moved.email, email_verified: true });
    const refused = await signInThroughProvider('omar-new');
    await refused.waitForURL(`${baseUrl()}/sign-in/problem?reason=other-account`);

    const admin = await as(accounts.administrator);
    await admin.goto('/admin/directory');
    await admin.getByRole('heading', { level: 2, name: 'People' }).waitFor();
    await admin
      .getByRole('row')
      .filter({ hasText: moved.email })
      .getByRole('link', { name: `Single sign-on link of ${moved.fullName}` })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Single sign-on link' }).waitFor();
    expect((await admin.getByTestId('sso-link-issuer').textContent())?.trim()).toBe(oidcIssuer());
    expect(await accessibilityViolations(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Clear the link' }).click();
    await admin.waitForURL(/\/admin\/directory/);
    await admin
      .locator('.govuk-notification-banner--success')
      .getByText(`The single sign-on link of ${moved.fullName} was cleared`)
      .waitFor();

    const relinked = await signInThroughProvider('omar-new');
    await relinked.getByRole('heading', { level: 1, name: `Hello, ${moved.fullName}` }).waitFor();

    // The administrator finds it in the security events.
    await admin.goto('/admin/security-events');
    await admin.getByRole('heading', { level: 1, name: 'Security events' }).waitFor();
    // The heading is drawn before the events arrive: wait for the list, then count.
    await admin.getByTestId('security-event').first().waitFor();
    const event = admin
      .getByTestId('security-event')
      .filter({ hasText: 'Single sign-on link cleared' })
      .filter({ hasText: moved.fullName });
    expect(await event.count()).toBe(1);
    expect(await accessibilityViolations(admin)).toEqual([]);
    // Three provider round trips and two administrator screens: longer than the suite's default on a shared machine.
  }, 300_000);
});
