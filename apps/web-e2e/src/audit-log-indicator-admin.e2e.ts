import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts } from './support/browser';
import { browserSuite } from './support/browser-suite';

const YORK = 'Embracing Diversity: A Hate Crime Strategy for York';

/**
 * An administrator adds, moves, changes and archives a performance indicator (after a validation error), then reads
 * those changes in the partnership audit log: filtered by record type (kept in the URL), a bad date range named,
 * details disclosed, a record linked, and the CSV download of the same filter. axe on each screen.
 */
describe('Indicator administration and the partnership audit log', () => {
  const { as } = browserSuite({ expectedConsoleErrors: /status of 400/ });
  const name = `Repeat victims supported ${Date.now()}`;

  async function expectAccessible(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  const banner = (page: Page) => page.locator('.govuk-notification-banner--success');
  const cardNames = (page: Page) => page.locator('[data-testid="admin-indicator"] h2').allTextContents();

  it('an administrator adds, moves, changes and archives an indicator', async () => {
    const page = await as(accounts.administrator);
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Performance indicators' }).click();
    await page.getByRole('heading', { level: 1, name: 'Performance indicators' }).waitFor();
    await page.locator('[data-testid="admin-indicator"]').first().waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Add indicator' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the indicator name');
    expect(await summary.textContent()).toContain('Select whether higher or lower is better');
    await expectAccessible(page);

    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Unit (optional)').fill('%');
    await page.getByLabel('Higher is better').check();
    await page.getByLabel('Baseline (optional)').fill('40');
    await page.getByLabel('Target (optional)').fill('60');
    await page.getByLabel('Tolerance (optional)').fill('-5');
    await page.getByRole('button', { name: 'Add indicator' }).click();
    await page.locator('.govuk-error-message', { hasText: 'Tolerance must be 0 or more' }).waitFor();
    await page.getByLabel('Tolerance (optional)').fill('5');
    await page.getByRole('button', { name: 'Add indicator' }).click();
    await banner(page)
      .filter({ hasText: `${name} added.` })
      .waitFor();
    let names = await cardNames(page);
    const added = names.findIndex((n) => n.endsWith(name));
    expect(added).toBe(names.length - 1);

    await page.getByRole('button', { name: `Move up ${name}` }).click();
    await banner(page)
      .filter({ hasText: `${name} moved up: now ${added} of ${names.length}.` })
      .waitFor();
    names = await cardNames(page);
    expect(names.findIndex((n) => n.endsWith(name))).toBe(added - 1);

    await page.getByRole('button', { name: `Change ${name}` }).click();
    await page.getByRole('heading', { level: 2, name: `Change ${name}` }).waitFor();
    expect(await page.getByLabel('Tolerance (optional)').inputValue()).toBe('5');
    await page.getByLabel('Tolerance (optional)').fill('3');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await banner(page)
      .filter({ hasText: `${name} changed.` })
      .waitFor();
    const card = page.locator('[data-testid="admin-indicator"]', { hasText: name });
    expect(await card.locator('.govuk-summary-list__row', { hasText: 'Tolerance' }).textContent()).toContain('3');
    await expectAccessible(page);

    await page.getByRole('button', { name: `Archive ${name}` }).click();
    await page.getByRole('button', { name: `Yes, archive ${name}` }).click();
    await banner(page)
      .filter({ hasText: `${name} archived.` })
      .waitFor();
    expect((await cardNames(page)).some((n) => n.endsWith(name))).toBe(false);
    await expectAccessible(page);
  });

  it('recorded values are coloured against target and tolerance in words on the indicators page', async () => {
    const page = await as(accounts.administrator);
    await page.goto('/strategies');
    await page.getByRole('link', { name: YORK }).first().click();
    await page.getByRole('link', { name: /^Performance indicators/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Performance indicators' }).waitFor();
    await page.locator('section.wm-indicator table .govuk-tag').first().waitFor();
    const tags = await page.locator('section.wm-indicator table .govuk-tag').allTextContents();
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(['On target', 'Within tolerance', 'Off target', 'No target']).toContain(tag.trim());
  });

  it('the audit log shows those changes in words, filtered, with details, links and a CSV download', async () => {
    const page = await as(accounts.administrator);
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Audit log (who changed what)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.locator('[data-testid="audit-entry"]').first().waitFor();
    await expectAccessible(page);

    await page.getByLabel('Date from').fill('2030-01-02');
    await page.getByLabel('Date to').fill('2030-01-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page
      .locator('.govuk-error-summary', { hasText: 'The date from must be the same as or before the date to.' })
      .waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByLabel('Record type').selectOption({ label: 'Indicator' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('type') === 'indicator');
    const entries = page.locator('[data-testid="audit-entry"]');
    await entries.filter({ hasText: `Archived indicator “${name}”` }).waitFor();
    const summaries = (await entries.locator('p.govuk-\\!-font-weight-bold').allTextContents()).map((s) => s.trim());
    expect(summaries.slice(0, 2)).toEqual([
      `Archived indicator “${name}”`,
      `Changed the tolerance of indicator “${name}” from 5 to 3`,
    ]);
    expect(summaries).toContain(`Moved indicator “${name}”`);
    expect(summaries.every((s) => !/[0-9a-f]{8}-[0-9a-f]{4}-/.test(s))).toBe(true);

    const addedEntry = entries.filter({ hasText: `Added indicator “${name}”` });
    await addedEntry.locator('summary').click();
    const details = await addedEntry.locator('.govuk-details__text li').allTextContents();
    expect(details).toEqual(
      expect.arrayContaining([
        `Name set to “${name}”`,
        'Direction set to higher is better',
        'Tolerance set to 5',
        'Target set to 60',
      ]),
    );
    expect(await addedEntry.getByRole('link').count()).toBe(0);
    await expectAccessible(page);

    await page.reload();
    await entries.first().waitFor();
    expect(await page.getByLabel('Record type').inputValue()).toBe('indicator');

    const href = await page.getByRole('link', { name: 'Download these changes as CSV' }).getAttribute('href');
    expect(href).toBe('/api/audit-log.csv?recordType=indicator');
    const csv = await page.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain('Time,Person,Record type,Record,What happened,Details,Reason');
    expect(text).toContain(`Archived indicator “${name}”`);

    const moved = entries
      .filter({ hasText: 'Moved indicator' })
      .filter({ hasNot: page.getByText(name) })
      .first();
    await moved.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Performance indicators' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/strategies\/[0-9a-f-]+\/indicators$/);
  });

  it('keeps both screens from people who are not administrators', async () => {
    const page = await as(accounts.seniorOfficer);
    await page.goto('/admin/audit-log');
    await page.waitForURL((url) => url.pathname === '/');
  });
});
