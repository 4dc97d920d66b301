import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  accounts,
  launchChromium,
  openSession,
  signIn,
  type Session,
} from './support/browser';

/**
 * A tablet in portrait and a small laptop: every main screen fits the width (no sideways page scroll) and passes axe.
 * The small phone (WCAG 2.2 reflow: 320 CSS px) is reflow.e2e.ts's: it sweeps every route each role can open at 320 px,
 * and every route with axe as the administrator, so a 320 px pass here would repeat it.
 */
const VIEWPORTS = [
  { name: 'tablet 768×1024', width: 768, height: 1024 },
  { name: 'laptop 1280×800', width: 1280, height: 800 },
] as const;

type Account = (typeof accounts)[keyof typeof accounts];

interface Screen {
  readonly name: string;
  readonly account: Account;
  readonly open: (page: Page) => Promise<void>;
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
/** A strategy on the strategies page (not the "Search actions" link above the list). */
const STRATEGY_LINK = 'main a[href^="/strategies/"]:not([href^="/strategies/search"])';

const SCREENS: readonly Screen[] = [
  {
    name: 'home',
    account: accounts.deliveryLead,
    open: async (page) => (await page.goto('/'), page.locator('main h1').waitFor()),
  },
  {
    name: 'my updates',
    account: accounts.deliveryLead,
    open: async (page) => {
      await page.goto('/my-updates');
      await page.locator('table.wm-owed-table').first().waitFor();
    },
  },
  {
    name: 'update form',
    account: accounts.deliveryLead,
    open: async (page) => {
      await page.goto('/my-updates');
      await page.locator('table.wm-owed-table a').first().click();
      await page.getByRole('heading', { level: 2, name: 'This period' }).waitFor();
    },
  },
  {
    name: 'review start',
    account: accounts.seniorOfficer,
    open: async (page) => (await page.goto('/review'), page.locator('main a[href^="/review/"]').first().waitFor()),
  },
  {
    name: 'review dashboard',
    account: accounts.seniorOfficer,
    open: async (page) => {
      await page.goto('/review');
      await page.locator('main a[href^="/review/"]').first().click();
      await h1(page, /^Review:/);
      await page.getByRole('heading', { level: 2, name: /^Commentary by/ }).waitFor();
    },
  },
  {
    name: 'action search',
    account: accounts.viewer,
    open: async (page) => {
      await page.goto('/strategies/search?q=hate%20crime');
      await page.getByRole('heading', { level: 2, name: /match/ }).waitFor();
    },
  },
  {
    name: 'strategies',
    account: accounts.viewer,
    open: async (page) => (await page.goto('/strategies'), page.locator(STRATEGY_LINK).first().waitFor()),
  },
  {
    name: 'strategy tree',
    account: accounts.viewer,
    open: async (page) => {
      await page.goto('/strategies');
      await page.locator(STRATEGY_LINK).first().click();
      await page.locator('table.wm-action-table').first().waitFor();
    },
  },
  {
    name: 'action page',
    account: accounts.viewer,
    open: async (page) => {
      await page.goto('/strategies');
      await page.locator(STRATEGY_LINK).first().click();
      await page.locator('table.wm-action-table a').first().click();
      await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    },
  },
  {
    name: 'performance indicators',
    account: accounts.viewer,
    open: async (page) => {
      await page.goto('/strategies');
      await page.locator(STRATEGY_LINK).first().click();
      await page.getByRole('link', { name: /^Performance indicators/ }).click();
      await h1(page, 'Performance indicators');
    },
  },
  {
    name: 'board report preview',
    account: accounts.viewer,
    open: async (page) => {
      await page.goto('/reports');
      await h1(page, 'Board update report');
      const strategy = page.getByLabel('Strategy');
      if ((await strategy.inputValue()) === '') await strategy.selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Preview report' }).click();
      await page.locator('.wm-report__heading').first().waitFor();
    },
  },
  {
    name: 'administration',
    account: accounts.administrator,
    open: async (page) => (await page.goto('/admin'), h1(page, 'Administration')),
  },
  {
    name: 'strategy structure',
    account: accounts.administrator,
    open: async (page) => {
      await page.goto('/admin');
      await page.locator('main ul a[href^="/admin/strategies/"]').first().click();
      await page.getByRole('link', { name: /^Change strategy details/ }).waitFor();
    },
  },
  {
    name: 'directory',
    account: accounts.administrator,
    open: async (page) => (await page.goto('/admin/directory'), page.locator('main table tbody tr').first().waitFor()),
  },
  {
    name: 'partnership settings',
    account: accounts.administrator,
    open: async (page) => (await page.goto('/settings/partnership'), h1(page, 'Partnership settings')),
  },
];

/** Page width beyond the viewport, with the widest elements that stick out (for a readable failure). */
async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    const overflow = root.scrollWidth - window.innerWidth;
    const culprits =
      overflow <= 0
        ? []
        : [...document.querySelectorAll('main *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 5)
            .map(
              (el) =>
                `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right ${Math.round(el.getBoundingClientRect().right)})`,
            );
    return { overflow, culprits };
  });
}

describe.each(VIEWPORTS)('Responsive layout at $name', (viewport) => {
  let browser: Browser;
  const sessions = new Map<Account, Session>();

  beforeAll(async () => (browser = await launchChromium()));
  afterAll(async () => {
    for (const s of sessions.values()) expect(s.consoleErrors).toEqual([]);
    await browser?.close();
  });

  async function pageFor(account: Account): Promise<Page> {
    let session = sessions.get(account);
    if (!session) {
      session = await openSession(browser);
      await session.page.setViewportSize({ width: viewport.width, height: viewport.height });
      await signIn(session.page, account);
      sessions.set(account, session);
    }
    return session.page;
  }

  it.each(SCREENS.map((s) => [s.name, s] as const))('%s fits the width and passes axe', async (_name, screen) => {
    const page = await pageFor(screen.account);
    await screen.open(page);
    const { overflow, culprits } = await horizontalOverflow(page);
    expect({ overflow: Math.max(0, overflow), culprits }).toEqual({ overflow: 0, culprits: [] });
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
