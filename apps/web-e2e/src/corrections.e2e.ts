import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts } from './support/browser';
import { browserSuite } from './support/browser-suite';

const RAGS = ['Red', 'Amber', 'Green'] as const;

/**
 * Corrections after sign-off, in the demo's signed-off Q2 2015/16: the lead proposes one with a reason, a senior
 * officer accepts it, then corrects the RAG directly; the action's timeline says each in words with its reason.
 */
describe('Corrections after sign-off', () => {
  const { as } = browserSuite();
  let actionUrl = '';
  let signedOffPeriod = '';

  /** The RAG shown beside the correction link, and another one to correct it to. */
  async function currentAndOther(page: Page): Promise<{ current: string; other: (typeof RAGS)[number] }> {
    const item = page.locator('#corrections + p + ul li').first();
    const text = (await item.textContent()) ?? '';
    signedOffPeriod = text.split(':')[0].trim();
    const current = RAGS.find((r) => text.includes(r)) ?? '';
    return { current, other: RAGS.find((r) => r !== current) as (typeof RAGS)[number] };
  }

  it('a lead proposes a correction to a signed-off update; it needs a reason', async () => {
    const page = await as(accounts.deliveryLead);
    await page.goto('/my-updates');
    await page.getByRole('heading', { level: 1, name: 'My updates' }).waitFor();
    await page.locator('table.wm-owed-table').first().waitFor();
    const hrefs = await page
      .locator('table.wm-owed-table a[href^="/my-updates/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const [, , strategyId, , actionId] = href.split('/');
      await page.goto(`/strategies/${strategyId}/actions/${actionId}`);
      await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
      if ((await page.getByRole('link', { name: /^Propose a correction/ }).count()) > 0) {
        actionUrl = `/strategies/${strategyId}/actions/${actionId}`;
        break;
      }
    }
    expect(actionUrl).not.toBe('');
    const { other } = await currentAndOther(page);
    await page
      .getByRole('link', { name: /^Propose a correction/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Propose a correction' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator(`label[for="correction-rag-${other}"]`).click();
    await page.getByRole('button', { name: 'Send proposed correction' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter why the update needs correcting');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Reason for the correction').fill(`The figures came in late: it was ${other}.`);
    await page.getByRole('button', { name: 'Send proposed correction' }).click();
    await page.getByText('Correction proposed. A reviewer will accept or decline it.').waitFor();
    await page.getByTestId('pending-proposal').waitFor();
    expect(await page.getByRole('button', { name: 'Send proposed correction' }).count()).toBe(0);
  });

  it('a senior officer accepts the proposal, then corrects the RAG with a reason; the timeline says both in words', async () => {
    const page = await as(accounts.seniorOfficer);
    await page.goto(actionUrl);
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await page
      .getByRole('link', { name: /^Correct this update/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Correct this update' }).waitFor();
    await page.getByTestId('pending-proposal').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accept and apply the correction' }).click();
    await page.getByText(/was accepted and applied/).waitFor();

    await page.goto(actionUrl);
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    const { current, other } = await currentAndOther(page);
    await page
      .getByRole('link', { name: /^Correct this update/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Correct this update' }).waitFor();
    await page.locator(`label[for="correction-rag-${other}"]`).click();
    await page.getByLabel('Reason for the correction').fill('The senior officer group reviewed the evidence again.');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.getByText(/^\s*Correction saved/).waitFor();
    await page.getByRole('link', { name: 'See the action’s timeline' }).click();

    const entries = page.locator('.moj-timeline__title');
    await entries.first().waitFor();
    const newest = (await entries.allTextContents()).map((t) => t.trim().replace(/\s+/g, ' '));
    expect(newest[0]).toMatch(
      new RegExp(
        `^RAG validated as ${other} instead of ${current} in the update for ${signedOffPeriod}, as a correction after sign-off, by Helen Barker on \\d{1,2} [A-Z][a-z]+ \\d{4}\\. Reason: The senior officer group reviewed the evidence again\\.$`,
      ),
    );
    expect(newest[1]).toMatch(/^The proposed correction was accepted by Helen Barker on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(newest[2]).toMatch(
      /as a correction after sign-off, by Helen Barker on .+\. Reason: The figures came in late: it was \w+\.$/,
    );
    const timeline = (await page.locator('.moj-timeline').textContent()) ?? '';
    expect(timeline).not.toMatch(
      /[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d{2}-\d{2}T|→|Correction count|"amber"|"red"|"green"/,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
