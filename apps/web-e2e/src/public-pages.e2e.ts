import type { Page } from 'playwright-core';
import { accessibilityViolations, accounts, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

/** The pages a public service must have, linked from every page's footer; the first four readable before signing in. */
const PUBLIC_PAGES = [
  { path: '/accessibility', heading: 'Accessibility statement for Waymark', footer: 'Accessibility statement' },
  { path: '/cookies', heading: 'Cookies', footer: 'Cookies' },
  { path: '/privacy', heading: 'Privacy notice', footer: 'Privacy' },
  { path: '/help', heading: 'How Waymark works', footer: 'Help' },
  { path: '/help/delivery-lead', heading: 'If you lead actions (delivery lead)' },
  { path: '/help/senior-officer', heading: 'If you review updates (senior officer)' },
  { path: '/help/report-officer', heading: 'If you produce reports (report officer)' },
  { path: '/help/administrator', heading: 'If you run Waymark for your partnership (administrator)' },
] as const;

// Eight pages, each scanned by axe: slow on a busy machine.
const SCANS = 300_000;

describe('Accessibility statement, help, cookies and privacy notice', () => {
  const { signedOut } = browserSuite();

  const open = signedOut;

  async function visitEveryPage(page: Page): Promise<void> {
    for (const p of PUBLIC_PAGES) {
      await page.goto(p.path);
      await page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
      expect(new URL(page.url()).pathname).toBe(p.path);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  }

  it('are reachable from the footer and readable signed out, the statement in the GOV.UK model form', async () => {
    const page = await open();
    await page.goto('/sign-in');
    const footer = page.getByRole('contentinfo');
    for (const p of PUBLIC_PAGES.filter((x) => 'footer' in x)) {
      await footer.getByRole('link', { name: p.footer, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
      expect(new URL(page.url()).pathname).toBe(p.path);
    }

    // The demo hosts two partnerships: signed out, which one is meant is unknown, so the statement says what is missing.
    await page.goto('/accessibility');
    await page.locator('#accessibility-contact').getByText('Email address: not completed yet').waitFor();
    // The statement is in the GOV.UK model form.
    for (const heading of [
      'How accessible this website is',
      'Feedback and contact information',
      'Enforcement procedure',
      'Non-accessible content',
      'Preparation of this accessibility statement',
    ]) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await page.getByRole('heading', { level: 3, name: 'Compliance status' }).waitFor();
    await page.goto('/cookies');
    expect(await page.getByRole('table').textContent()).toContain('waymark.sid');
    expect(await page.title()).toBe('Cookies – Waymark');
  });

  it(
    'have no accessibility violations signed out',
    async () => {
      await visitEveryPage(await open());
    },
    SCANS,
  );

  it(
    'an administrator completes the privacy notice: a wrong email is an error named in the title, then everyone sees the details',
    async () => {
      const page = await open();
      await signIn(page, accounts.administrator);
      await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Partnership settings' }).waitFor();
      await page.getByRole('link', { name: 'Complete the accessibility and privacy details' }).click();
      await page.getByRole('heading', { level: 1, name: 'Accessibility and privacy details' }).waitFor();
      expect(await page.title()).toBe('Accessibility and privacy details – Waymark');
      expect(await accessibilityViolations(page)).toEqual([]);

      await page
        .getByLabel('Organisation that runs this service')
        .fill('City of York Council for Safer York Partnership');
      await page.getByLabel('Email address for accessibility requests').fill('not-an-email');
      await page.getByRole('button', { name: 'Save details' }).click();
      await page
        .locator('.govuk-error-summary')
        .getByRole('link', { name: /Enter an email address in the correct format/ })
        .waitFor();
      expect(await page.title()).toBe('Error: Accessibility and privacy details – Waymark');
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByLabel('Email address for accessibility requests').fill('accessibility@york.gov.uk');
      await page.getByLabel('Telephone number for accessibility requests').fill('01904 551550');
      await page.getByLabel('Data controller').fill('City of York Council, West Offices, Station Rise, York YO1 6GA');
      await page.getByLabel('Data protection officer').fill('Information Governance Team, dpo@york.gov.uk');
      await page
        .getByLabel('Lawful basis')
        .fill('Public task: the duty to reduce crime and disorder (Crime and Disorder Act 1998, section 17)');
      await page.getByLabel('How long personal data is kept').fill('Six years after the strategy ends');
      await page.getByRole('button', { name: 'Save details' }).click();
      await page.locator('.govuk-notification-banner--success').waitFor();
      expect(await page.title()).toBe('Accessibility and privacy details – Waymark');

      await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
      const details = page.locator('#privacy-details');
      await details.getByText('City of York Council, West Offices, Station Rise, York YO1 6GA').waitFor();
      expect(await details.textContent()).toContain('Six years after the strategy ends');
      expect(await details.textContent()).toContain('Hosting and processors: not completed yet');
      await page.getByText('sign-in records', { exact: false }).first().waitFor();

      await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
      await page.locator('#accessibility-contact').getByRole('link', { name: 'accessibility@york.gov.uk' }).waitFor();
      await page.getByText('This website is run by City of York Council for Safer York Partnership.').waitFor();

      // Another person of the partnership sees the same notice.
      const lead = await open();
      await signIn(lead, accounts.deliveryLead);
      await lead.goto('/privacy');
      await lead.locator('#privacy-details').getByText('Information Governance Team, dpo@york.gov.uk').waitFor();
    },
    SCANS,
  );

  it(
    'have no accessibility violations signed in',
    async () => {
      const page = await open();
      await signIn(page, accounts.seniorOfficer);
      await visitEveryPage(page);
    },
    SCANS,
  );

  it('My updates keeps its space while it loads: the layout shifts by less than 0.1 (Cumulative Layout Shift)', async () => {
    const page = await open();
    await signIn(page, accounts.deliveryLead);
    // Slow the list down so the loading state is painted first, as on a slow connection.
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query MyUpdates'))
        await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.addInitScript(() => {
      type Shift = {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Element; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      };
      const w = window as unknown as { layoutShift: number; shifted: string[] };
      w.layoutShift = 0;
      w.shifted = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Shift[]) {
          if (entry.hadRecentInput) continue;
          w.layoutShift += entry.value;
          for (const s of entry.sources ?? []) {
            const name = s.node ? `${s.node.nodeName.toLowerCase()}.${String(s.node.className).split(' ')[0]}` : '?';
            w.shifted.push(
              `${entry.value.toFixed(3)} ${name} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
            );
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/my-updates');
    await page.getByText('Loading your updates…').waitFor();
    await page.locator('#owed-summary').waitFor();
    await page.waitForLoadState('networkidle');
    // Two animation frames: shifts of the last render are reported by then.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const { layoutShift, shifted } = await page.evaluate(() => {
      const w = window as unknown as { layoutShift: number; shifted: string[] };
      return { layoutShift: w.layoutShift, shifted: w.shifted };
    });
    console.log(`My updates cumulative layout shift: ${layoutShift.toFixed(3)}\n${shifted.join('\n')}`);
    expect(layoutShift).toBeLessThan(0.1);
  });
});
