import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { queryAppDatabase } from './support/database';

interface Seeded {
  strategyId: string;
  periodId: string;
  updates: { id: string; actionId: string; title: string }[];
}

/**
 * Submitted updates of its own for this suite, on actions the demo delivery lead does not lead (other journeys
 * take his), in the current period of a strategy the demo senior officer reviews.
 */
async function seedSubmittedUpdates(count: number): Promise<Seeded> {
  const rows = await queryAppDatabase<{ strategy_id: string; period_id: string; action_id: string; title: string }>(
    `WITH senior AS (SELECT id FROM person WHERE lower(email) = lower($1)),
          lead AS (SELECT id FROM person WHERE lower(email) = lower($2)),
          p AS (SELECT DISTINCT ON (rp.strategy_id) rp.strategy_id, rp.id
                  FROM reporting_period rp JOIN strategy st ON st.id = rp.strategy_id
                  JOIN group_membership gm ON gm.group_id = st.accountable_group_id AND gm.person_id = (SELECT id FROM senior)
                 WHERE st.archived_at IS NULL AND rp.state IN ('open', 'in_review')
                 ORDER BY rp.strategy_id, (rp.state = 'open') DESC, rp.starts_on),
          candidate AS (
            SELECT a.strategy_id, p.id AS period_id, a.id AS action_id, a.title
              FROM action a JOIN p ON p.strategy_id = a.strategy_id
             WHERE a.archived_at IS NULL AND a.lifecycle_status IN ('in_progress', 'ongoing')
               AND NOT EXISTS (SELECT 1 FROM progress_update pu WHERE pu.action_id = a.id AND pu.period_id = p.id)
               AND a.lead_person_id IS DISTINCT FROM (SELECT id FROM lead)
               AND (a.delivery_group_id IS NULL OR a.delivery_group_id NOT IN (SELECT group_id FROM group_membership WHERE person_id = (SELECT id FROM lead)))),
          best AS (SELECT strategy_id FROM candidate GROUP BY strategy_id ORDER BY count(*) DESC, strategy_id LIMIT 1)
     SELECT strategy_id, period_id, action_id, title FROM candidate WHERE strategy_id = (SELECT strategy_id FROM best)
      ORDER BY title LIMIT $3`,
    [accounts.seniorOfficer.email, accounts.deliveryLead.email, count],
  );
  expect(rows).toHaveLength(count);
  const updates = [];
  for (const row of rows) {
    const [inserted] = await queryAppDatabase<{ id: string }>(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state, submitted_at)
       VALUES ($1, $2, 'Partners met twice; the plan is on track.', 'amber', 'submitted', now()) RETURNING id`,
      [row.action_id, row.period_id],
    );
    updates.push({ id: inserted.id, actionId: row.action_id, title: row.title });
  }
  return { strategyId: rows[0].strategy_id, periodId: rows[0].period_id, updates };
}

const reviewState = async (id: string): Promise<string> =>
  (await queryAppDatabase<{ review_state: string }>(`SELECT review_state FROM progress_update WHERE id = $1`, [id]))[0]
    .review_state;

/** The focused element is the confirmation banner (GOV.UK: focus moves to the notification banner). */
const bannerHasFocus = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'decision-banner');

// Each test signs in and runs axe on a long dashboard more than once: more than the suite-wide two minutes on a busy machine.
jest.setTimeout(300_000);

describe('Review at scale: decisions confirmed where the reviewer is, bulk accept, filters; My updates in plan order', () => {
  const { as } = browserSuite();
  let seeded: Seeded;

  beforeAll(async () => {
    seeded = await seedSubmittedUpdates(4);
  });

  async function openDashboard(page: Page, query = ''): Promise<void> {
    await page.goto(`/review/${seeded.strategyId}/${seeded.periodId}${query}`);
    await page.getByRole('heading', { level: 1, name: /^Review:/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Review queue/ }).waitFor();
  }

  const card = (page: Page, title: string) =>
    page.locator('.govuk-summary-card').filter({ has: page.getByRole('heading', { name: title }) });

  it('accepts one update and moves focus to the confirmation where its card was', async () => {
    const page = await as(accounts.seniorOfficer);
    await openDashboard(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    const [first] = seeded.updates;
    await card(page, first.title)
      .getByRole('button', { name: /^Accept/ })
      .click();
    const banner = page.getByTestId('decision-banner');
    await banner.filter({ hasText: `The update for “${first.title}” was accepted.` }).waitFor();
    await card(page, first.title).waitFor({ state: 'detached' });
    expect(await bannerHasFocus(page)).toBe(true);
    // In the queue, not at the top of the page: the banner sits below the queue's heading.
    const [bannerTop, queueTop] = await Promise.all([
      banner.boundingBox(),
      page.locator('#review-queue').boundingBox(),
    ]);
    expect(bannerTop?.y).toBeGreaterThan(queueTop?.y ?? Infinity);
    expect(await reviewState(first.id)).toBe('accepted');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('returns an update: the empty comment gets an inline error, then focus moves to the confirmation', async () => {
    const page = await as(accounts.seniorOfficer);
    await openDashboard(page);
    const target = seeded.updates[1];
    await card(page, target.title)
      .getByRole('button', { name: /^Return/ })
      .click();
    // Opening the form moves focus into it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await card(page, target.title).getByRole('button', { name: 'Return to lead' }).click();
    const group = card(page, target.title).locator('.govuk-form-group--error');
    await group.waitFor();
    const textarea = group.locator('textarea');
    const describedBy = await textarea.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('Enter what the lead needs to change');
    expect(await textarea.getAttribute('class')).toContain('govuk-textarea--error');
    expect(await accessibilityViolations(page)).toEqual([]);

    await textarea.fill('Add the number of people trained.');
    await card(page, target.title).getByRole('button', { name: 'Return to lead' }).click();
    await page.getByTestId('decision-banner').filter({ hasText: 'was returned to its lead' }).waitFor();
    expect(await bannerHasFocus(page)).toBe(true);
    expect(await reviewState(target.id)).toBe('returned');
  });

  it('validates a different RAG: the missing reason is shown inline; the card then shows the validated RAG and reason', async () => {
    const page = await as(accounts.seniorOfficer);
    await openDashboard(page);
    const target = seeded.updates[2];
    const theCard = card(page, target.title);
    await theCard.getByRole('button', { name: /^Validate RAG/ }).click();
    await theCard.locator('label.govuk-radios__label', { hasText: 'Red' }).click();
    await theCard.getByRole('button', { name: 'Save validated RAG' }).click();
    const reasonGroup = theCard.locator('.govuk-form-group--error', { has: page.locator('textarea') });
    await reasonGroup.waitFor();
    const describedBy = await reasonGroup.locator('textarea').getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toContain(
      'Enter why the RAG differs from the one proposed',
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await reasonGroup.locator('textarea').fill('Funding for the second year is not confirmed.');
    await theCard.getByRole('button', { name: 'Save validated RAG' }).click();
    await page.getByTestId('decision-banner').filter({ hasText: 'was given a validated RAG (Red)' }).waitFor();
    expect(await bannerHasFocus(page)).toBe(true);
    const validated = card(page, target.title).getByTestId('validated-rag');
    expect(await validated.textContent()).toContain('Red');
    expect(await validated.textContent()).toContain('Funding for the second year is not confirmed.');
  });

  it('accepts selected updates through a check page; one changed meanwhile is refused and named', async () => {
    const page = await as(accounts.seniorOfficer);
    await openDashboard(page);
    // The one just given a validated RAG, and one its lead changes while the reviewer decides.
    const chosen = seeded.updates.slice(2, 4);
    for (const u of chosen) await card(page, u.title).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Accept selected (2)' }).click();
    await page.waitForURL(/\/accept-selected$/);
    await page.getByRole('heading', { level: 1, name: 'Check before you accept' }).waitFor();
    expect(await page.getByTestId('accept-count').textContent()).toContain('You are about to accept 2 updates');
    const listed = await page.getByTestId('accept-list').locator('tbody tr').allTextContents();
    expect(listed.map((t) => t.trim())).toEqual(chosen.map((u): unknown => expect.stringContaining(u.title)));
    expect(await accessibilityViolations(page)).toEqual([]);

    // The lead edits one of them after the reviewer's page loaded.
    const changed = chosen[1];
    await queryAppDatabase(
      `UPDATE progress_update SET narrative = 'Partners met three times.', version = version + 1 WHERE id = $1`,
      [changed.id],
    );
    await page.getByRole('button', { name: /^Confirm and accept 2 updates/ }).click();
    await page.waitForURL((url) => url.pathname === `/review/${seeded.strategyId}/${seeded.periodId}`);
    const result = page.getByTestId('decision-banner');
    await result.waitFor();
    expect(await result.getByTestId('bulk-accept-result').textContent()).toMatch(
      /1 update was accepted\.\s+1 was not accepted:/,
    );
    expect(await result.textContent()).toContain(`${changed.title}`);
    expect(await result.textContent()).toContain('it was changed after you loaded the review');
    expect(await bannerHasFocus(page)).toBe(true);
    expect(await Promise.all(chosen.map((u) => reviewState(u.id)))).toEqual(['accepted', 'submitted']);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('cancelling the check page accepts nothing and keeps the filters', async () => {
    const page = await as(accounts.seniorOfficer);
    await openDashboard(page, '?state=Submitted');
    const last = seeded.updates[3];
    await card(page, last.title).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Accept selected (1)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check before you accept' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL(/\?state=Submitted$/);
    expect(await reviewState(last.id)).toBe('submitted');
  });

  it('filters by state, theme, group and partner in the URL, with jump links and links to action pages', async () => {
    const page = await as(accounts.seniorOfficer);
    await openDashboard(page);
    await page.getByLabel('Update state').selectOption('Submitted');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/[?&]state=Submitted/);
    await page.getByTestId('filter-summary').waitFor();
    expect(await card(page, seeded.updates[3].title).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Update state').selectOption('Accepted');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/[?&]state=Accepted/);
    await page.getByRole('heading', { level: 2, name: 'Review queue (0)' }).waitFor();

    // Reloading keeps the filter: it lives in the URL.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Review queue (0)' }).waitFor();
    expect(await page.getByLabel('Update state').inputValue()).toBe('Accepted');

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.search === '');
    await page
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('link', { name: /^Review queue/ })
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-queue');

    const exceptionLink = page.getByRole('region', { name: 'Actions needing attention' }).locator('tbody a').first();
    const href = await exceptionLink.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/strategies/${seeded.strategyId}/actions/`));
  });

  it('My updates lists the lead’s actions in plan order, filters To do / Submitted in the URL, and the action page offers the update', async () => {
    const page = await as(accounts.deliveryLead);
    await page.goto('/my-updates');
    await page.locator('table.wm-owed-table').first().waitFor();
    const shownIds = await page
      .locator('table.wm-owed-table tbody tr a')
      .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').split('/').pop()));
    const ranks = await queryAppDatabase<{ id: string; strategy_id: string; rank: number }>(
      `SELECT a.id, a.strategy_id, row_number() OVER (PARTITION BY a.strategy_id
                ORDER BY t.sort_order, t.id, o.sort_order NULLS FIRST, o.id NULLS FIRST, a.sort_order, a.id)::int AS rank
         FROM action a JOIN theme t ON t.id = a.theme_id LEFT JOIN objective o ON o.id = a.objective_id
        WHERE a.id = ANY($1::uuid[])`,
      [shownIds],
    );
    const rankOf = new Map(ranks.map((r) => [r.id, r]));
    expect(shownIds.length).toBeGreaterThan(1);
    // Within each strategy every row comes after the one before it in the plan (theme, objective, action order).
    for (let i = 1; i < shownIds.length; i++) {
      const [before, after] = [rankOf.get(shownIds[i - 1] ?? ''), rankOf.get(shownIds[i] ?? '')];
      if (before && after && before.strategy_id === after.strategy_id)
        expect([shownIds[i], after.rank > before.rank]).toEqual([shownIds[i], true]);
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    const filter = page.getByTestId('owed-filter');
    await filter.getByRole('link', { name: /^To do/ }).click();
    await page.waitForURL(/\/my-updates\?show=todo$/);
    const todoStates = await page.locator('table.wm-owed-table tbody tr td:last-child').allTextContents();
    expect(todoStates.length).toBeGreaterThan(0);
    for (const state of todoStates) expect(state).not.toMatch(/Submitted|Accepted/);
    expect(await filter.getByRole('link', { name: /^To do/ }).getAttribute('aria-current')).toBe('page');
    expect(await accessibilityViolations(page)).toEqual([]);

    await filter.getByRole('link', { name: /^Submitted/ }).click();
    await page.waitForURL(/\/my-updates\?show=submitted$/);
    const doneStates = await page.locator('table.wm-owed-table tbody tr td:last-child').allTextContents();
    for (const state of doneStates) expect(state).toMatch(/Submitted|Accepted/);

    await filter.getByRole('link', { name: /^To do/ }).click();
    const href = (await page.locator('table.wm-owed-table tbody tr a').first().getAttribute('href')) ?? '';
    const [, , strategyId, periodId, actionId] = href.split('/');
    await page.goto(`/strategies/${strategyId}/actions/${actionId}`);
    const write = page.getByRole('button', { name: 'Write this quarter’s update' });
    await write.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await write.click();
    await page.waitForURL((url) => url.pathname === `/my-updates/${strategyId}/${periodId}/${actionId}`);
  });
});
