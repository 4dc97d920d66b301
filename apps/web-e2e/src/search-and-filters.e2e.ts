import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  accounts,
  launchChromium,
  openSession,
  screenshot,
  signIn,
  type Session,
} from './support/browser';

/** Search by words, reference and narrative; filters that live in the URL, survive a reload and can be shared. */
describe('Search and filters', () => {
  let browser: Browser;
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    session = await openSession(browser);
    page = session.page;
    await signIn(page, accounts.viewer);
  });
  afterAll(async () => {
    expect(session.consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await browser?.close();
  });

  const resultsHeading = () => page.getByRole('heading', { level: 2, name: /match/ });
  const resultLinks = () => page.locator('.wm-search__results h3 a');

  it('finds actions from the strategies page, best match first, marking the words that matched', async () => {
    await page.goto('/strategies');
    await page.getByRole('link', { name: 'Search actions and progress updates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Search actions' }).waitFor();
    await page.getByLabel('Search by title, reference or progress update').fill('flowchart');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await resultsHeading().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('flowchart');
    await expect(resultLinks().first().textContent()).resolves.toBe(
      'Publish a simple flowchart of the routes for reporting hate crime',
    );
    await expect(page.locator('.wm-search__hit').first().locator('mark').first().textContent()).resolves.toMatch(
      /flowchart/i,
    );
    await expect(page.locator('.wm-search__hit').first().textContent()).resolves.toMatch(/Matched in the\s+title/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'action-search');
    await resultLinks().first().click();
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await page.goBack();
    await resultsHeading().waitFor();
  });

  it('finds words written only in progress updates, saying which update matched', async () => {
    const narrative: string = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ strategies { themes { objectives { actions { title latestUpdate { narrative } } } } } }',
        }),
      });
      type Action = { title: string; latestUpdate: { narrative: string } | null };
      type Tree = { data: { strategies: Array<{ themes: Array<{ objectives: Array<{ actions: Action[] }> }> }> } };
      const body = (await response.json()) as Tree;
      const actions = body.data.strategies.flatMap((s) =>
        s.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions)),
      );
      return actions.find((a) => (a.latestUpdate?.narrative ?? '').length > 40)?.latestUpdate?.narrative ?? '';
    });
    // A long word of the narrative that is not common (stemming keeps it matchable).
    const word = narrative
      .split(/[^A-Za-z]+/)
      .filter((w) => w.length >= 8)
      .sort((a, b) => b.length - a.length)[0];
    await page.goto(`/strategies/search?q=${encodeURIComponent(word)}`);
    await resultsHeading().waitFor();
    await expect(
      page.locator('.wm-search__hit').filter({ hasText: 'progress update for' }).first().isVisible(),
    ).resolves.toBe(true);
  });

  it('explains a search it cannot run, with the GOV.UK error pattern', async () => {
    await page.goto('/strategies/search');
    await page.getByLabel('Search by title, reference or progress update').fill('?!');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Search terms must include a letter or a number');
    await expect(page.locator('#search-query-error').textContent()).resolves.toContain(
      'Search terms must include a letter or a number',
    );
    await expect(page.title()).resolves.toMatch(/^Error: /);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('keeps the strategy tree filters in the URL: a reload or a shared link shows the same filtered list', async () => {
    await page.goto('/strategies');
    await page.locator('main a[href^="/strategies/"]:not([href="/strategies/search"])').first().click();
    await page.locator('table.wm-action-table').first().waitFor();
    const total = await page.locator('table.wm-action-table tbody tr').count();
    await page.getByLabel('State').selectOption({ label: 'In progress' });
    await page.waitForURL(/state=InProgress/);
    const organisation = page.getByLabel('Lead organisation');
    const organisationId = (await organisation.locator('option').nth(1).getAttribute('value')) ?? '';
    await organisation.selectOption(organisationId);
    await page.waitForURL(new RegExp(`organisation=${organisationId}`));
    const status = page.locator('main p[role="status"]');
    const shown = await status.textContent();
    expect(shown).toMatch(/Showing \d+ of \d+/);
    const rows = await page.locator('table.wm-action-table tbody tr').count();
    expect(rows).toBeLessThan(total);

    await page.reload();
    await page.locator('main h1').waitFor();
    await expect(page.getByLabel('State').inputValue()).resolves.toBe('InProgress');
    await expect(page.getByLabel('Lead organisation').inputValue()).resolves.toBe(organisationId);
    await expect(status.textContent()).resolves.toBe(shown);
    await expect(page.locator('table.wm-action-table tbody tr').count()).resolves.toBe(rows);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.search.includes('state='));
    await expect(page.locator('table.wm-action-table tbody tr').count()).resolves.toBe(total);
  });

  it('applies the same filters to search results, kept in the URL with the search', async () => {
    await page.goto('/strategies/search?q=hate%20crime');
    await resultsHeading().waitFor();
    const all = await resultLinks().count();
    await page.getByLabel('Latest RAG').selectOption('Green');
    await page.waitForURL(/rag=Green/);
    await resultsHeading().waitFor();
    const green = await resultLinks().count();
    expect(green).toBeLessThan(all);
    await page.reload();
    await resultsHeading().waitFor();
    await expect(page.getByLabel('Latest RAG').inputValue()).resolves.toBe('Green');
    await expect(page.getByLabel('Search by title, reference or progress update').inputValue()).resolves.toBe(
      'hate crime',
    );
    await expect(resultLinks().count()).resolves.toBe(green);
    for (const tag of await page.locator('.wm-search__hit .govuk-tag').allTextContents())
      expect(tag.trim()).toBe('Green');
  });
});
