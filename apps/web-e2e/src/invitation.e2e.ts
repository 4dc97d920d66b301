import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts, baseUrl, signIn, signOut } from './support/browser';
import { browserSuite } from './support/browser-suite';

/**
 * An administrator invites a new person; with no mail server the invitation waits in the Outbox, where the
 * administrator reads it and passes the link on; the person sets a password and is signed in, then signs in again.
 */
describe('Inviting a person', () => {
  const { signedOut } = browserSuite();
  const stamp = Date.now();
  const invitee = {
    fullName: 'Nadia Osei',
    email: `nadia.osei.${stamp}@council.example.org`,
    password: 'copper kettle harbour lantern',
  };

  const newSession = signedOut;

  async function expectAccessible(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  async function openAdministration(page: Page, link: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('link', { name: link }).click();
  }

  /** The People table's sign-in status for the invitee. */
  async function inviteeStatus(page: Page): Promise<string> {
    const row = page.getByRole('row').filter({ hasText: invitee.email });
    return ((await row.getByTestId('account-status').locator('.govuk-tag').textContent()) ?? '').trim();
  }

  it('invites, reads the invitation in the Outbox, sets a password through its link (once), and signs in with it', async () => {
    const admin = await newSession();
    await signIn(admin, accounts.administrator);
    await openAdministration(admin, 'Organisations, groups and people');
    await admin.getByRole('heading', { level: 2, name: 'People' }).waitFor();
    await admin.getByRole('link', { name: 'Invite a person' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Invite a person' }).waitFor();
    await expectAccessible(admin);
    await admin.getByLabel('Email address').fill(invitee.email);
    await admin.getByLabel('Full name').fill(invitee.fullName);
    await admin.getByRole('button', { name: 'Send invitation' }).click();

    await admin.waitForURL(/\/admin\/directory/);
    expect(await admin.locator('.govuk-notification-banner--success').textContent()).toContain(
      `Invitation sent to ${invitee.fullName}`,
    );
    expect(await inviteeStatus(admin)).toBe('Invited');

    await openAdministration(admin, 'Outbox (e-mails sent and waiting)');
    await admin.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    const message = admin.getByTestId('outbox-message').filter({ hasText: invitee.email });
    expect(await message.getByRole('heading', { level: 2 }).textContent()).toBe('You have been invited to Waymark');
    // No SMTP_URL: the message waits in the outbox.
    expect((await message.locator('.govuk-tag').textContent())?.trim()).toBe('Queued');
    await message.locator('.govuk-details__summary').click();
    const body = message.locator('.wm-mail-body');
    expect(await body.textContent()).toContain(`Dear ${invitee.fullName},`);
    const link = body.getByRole('link');
    expect(await link.count()).toBe(1);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith(`${baseUrl()}/set-password#token=`)).toBe(true);
    await expectAccessible(admin);

    // The administrator passes the link on; the person opens it in their own browser.
    const person = await newSession();
    await person.goto(href);
    await person.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
    expect(await person.locator('main').textContent()).toContain(
      `Welcome, ${invitee.fullName}. Choose a password for ${invitee.email}.`,
    );
    await expectAccessible(person);
    await person.getByLabel('Password', { exact: true }).fill(invitee.password);
    await person.getByLabel('Confirm password').fill(invitee.password);
    await person.getByRole('button', { name: 'Set password and sign in' }).click();
    await person.waitForURL(`${baseUrl()}/`);
    await person.getByRole('heading', { level: 1, name: `Hello, ${invitee.fullName}` }).waitFor();
    await expectAccessible(person);

    await signOut(person);
    await signIn(person, { email: invitee.email, password: invitee.password });
    await person.getByRole('heading', { level: 1, name: `Hello, ${invitee.fullName}` }).waitFor();

    // The administrator sees them as active now.
    await admin.goto('/admin/directory');
    await admin.getByRole('heading', { level: 2, name: 'People' }).waitFor();
    expect(await inviteeStatus(admin)).toBe('Active');

    // The link works once: opened again, it changes nothing and says how to get a new one.
    const again = await newSession();
    await again.goto(href);
    await again.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    expect(await again.getByRole('link', { name: 'Ask for a new link to set your password' }).isVisible()).toBe(true);
    await expectAccessible(again);
  });
});
