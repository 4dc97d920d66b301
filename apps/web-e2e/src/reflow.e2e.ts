import type { APIRequestContext, Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  accounts,
  baseUrl,
  launchChromium,
  openSession,
  signIn,
  type Session,
} from './support/browser';

/**
 * WCAG 2.2 reflow (1.4.10): at 320 × 640 CSS px every screen, as every role, fits the width with no sideways page
 * scrolling. Wide data tables may scroll, but only inside their own focusable region (`wm-table-scroll`).
 */
const VIEWPORT = { width: 320, height: 640 };

type Account = (typeof accounts)[keyof typeof accounts];
const ROLES: ReadonlyArray<readonly [string, Account]> = [
  ['administrator', accounts.administrator],
  ['senior officer', accounts.seniorOfficer],
  ['delivery lead', accounts.deliveryLead],
  ['viewer', accounts.viewer],
];

/** Ids of the demo records the routes need, read over the API as the administrator. */
interface DemoIds {
  strategyId: string;
  themeId: string;
  objectiveId: string;
  actionId: string;
  openPeriodId: string;
  signedOffPeriodId: string;
  organisationId: string;
  groupId: string;
  personId: string;
  owed: { strategyId: string; periodId: string; actionId: string };
}

async function graphql<T>(request: APIRequestContext, query: string): Promise<T> {
  const response = await request.post(`${baseUrl()}/graphql`, {
    data: { query },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function demoIds(admin: Page, lead: Page): Promise<DemoIds> {
  type Tree = {
    strategies: Array<{
      id: string;
      periods: Array<{ id: string; state: string }>;
      themes: Array<{ id: string; objectives: Array<{ id: string }>; actions: Array<{ id: string }> }>;
    }>;
    organisations: Array<{ id: string }>;
    groups: Array<{ id: string }>;
    people: Array<{ id: string }>;
  };
  const tree = await graphql<Tree>(
    admin.context().request,
    '{ strategies { id periods { id state } themes { id objectives { id } actions { id } } } organisations { id } groups { id } people { id } }',
  );
  const strategy = tree.strategies[0];
  const theme = strategy.themes.find((t) => t.objectives.length > 0) ?? strategy.themes[0];
  const actionId = strategy.themes.flatMap((t) => t.actions)[0]?.id;
  const openPeriodId = strategy.periods.find((p) => p.state === 'open')?.id ?? strategy.periods[0].id;
  const signedOffPeriodId = strategy.periods.find((p) => p.state === 'signed_off')?.id ?? openPeriodId;
  const { myUpdates } = await graphql<{
    myUpdates: Array<{ strategyId: string; actionId: string; period: { id: string } }>;
  }>(lead.context().request, '{ myUpdates { strategyId actionId period { id } } }');
  const owed = myUpdates[0];
  return {
    strategyId: strategy.id,
    themeId: theme.id,
    objectiveId: theme.objectives[0].id,
    actionId,
    openPeriodId,
    signedOffPeriodId,
    organisationId: tree.organisations[0].id,
    groupId: tree.groups[0].id,
    personId: tree.people[0].id,
    owed: { strategyId: owed.strategyId, periodId: owed.period.id, actionId: owed.actionId },
  };
}

/** Every route of the app (apps/web/src/app/app.routes.ts and the feature libraries' routes). */
function routes(ids: DemoIds): string[] {
  const s = ids.strategyId;
  return [
    '/',
    '/my-updates',
    `/my-updates/${ids.owed.strategyId}/${ids.owed.periodId}/${ids.owed.actionId}`,
    '/review',
    `/review/${s}/${ids.openPeriodId}`,
    `/review/${s}/${ids.openPeriodId}/sign-off`,
    `/review/${s}/${ids.openPeriodId}/accept-selected`,
    `/review/${s}/${ids.signedOffPeriodId}/actions/${ids.actionId}/correct`,
    '/strategies',
    '/strategies/search?q=hate+crime',
    `/strategies/${s}`,
    `/strategies/${s}?rag=Red`,
    `/strategies/${s}/indicators`,
    `/strategies/${s}/actions/${ids.actionId}`,
    '/reports',
    '/admin',
    '/admin/import',
    '/admin/periods',
    `/admin/periods/${ids.openPeriodId}/cycle`,
    `/admin/strategies/${s}/reminders`,
    '/admin/directory',
    '/admin/outbox',
    '/admin/people/invite',
    `/admin/people/${ids.personId}/single-sign-on`,
    '/admin/security-events',
    '/admin/audit-log',
    '/admin/report-template',
    '/admin/indicators',
    `/admin/strategies/${s}/indicators`,
    `/admin/strategies/${s}/actions/new`,
    `/admin/strategies/${s}/actions/${ids.actionId}/edit`,
    '/admin/strategies/new',
    `/admin/strategies/${s}`,
    `/admin/strategies/${s}/edit`,
    `/admin/strategies/${s}/themes/new`,
    `/admin/strategies/${s}/themes/${ids.themeId}/edit`,
    `/admin/strategies/${s}/themes/${ids.themeId}/objectives/new`,
    `/admin/strategies/${s}/objectives/${ids.objectiveId}/edit`,
    `/admin/archive/action/${ids.actionId}`,
    '/admin/organisations/new',
    `/admin/organisations/${ids.organisationId}/edit`,
    '/admin/groups/new',
    `/admin/groups/${ids.groupId}/edit`,
    '/admin/people/new',
    `/admin/people/${ids.personId}/edit`,
    '/account',
    '/account/password',
    '/notifications',
    '/settings/partnership',
    '/settings/notices',
    ...PUBLIC_ROUTES,
    '/a-page-that-does-not-exist',
  ];
}

/** Pages anyone can read, signed in or not (the public service pages). */
const PUBLIC_ROUTES = [
  '/accessibility',
  '/cookies',
  '/privacy',
  '/help',
  '/help/delivery-lead',
  '/help/senior-officer',
  '/help/report-officer',
  '/help/administrator',
];
const SIGNED_OUT_ROUTES = ['/sign-in', '/sign-in/problem', '/forgot-password', '/set-password', ...PUBLIC_ROUTES];

/**
 * The routes a role other than the administrator sweeps: the administrator's screens answer every other role with the
 * same refusal page, and the public pages differ only in the header, so one of each is enough (the administrator's
 * sweep covers them all); each skipped load was a network-idle wait, and the suite was the longest in `npm test`.
 */
function roleRoutes(all: readonly string[]): string[] {
  const adminRoutes = all.filter((path) => path.startsWith('/admin'));
  const publicRoutes = all.filter((path) => PUBLIC_ROUTES.includes(path));
  return all.filter((path) => !adminRoutes.slice(1).includes(path) && !publicRoutes.slice(1).includes(path));
}

/** Opens a route and waits until its data has arrived (no request in flight, no "Loading…" line). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .locator('wm-loading')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** How far the page is wider than the viewport, with the elements that stick out (for a readable failure). */
async function pageOverflow(page: Page): Promise<{ path: string; overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    const culprits =
      overflow <= 0
        ? []
        : [...document.querySelectorAll('body *')]
            .filter(
              (el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('.wm-table-scroll *'),
            )
            .slice(0, 5)
            .map(
              (el) =>
                `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} (right ${Math.round(el.getBoundingClientRect().right)})`,
            );
    return { path: location.pathname + location.search, overflow: Math.max(0, overflow), culprits };
  });
}

describe('Reflow at 320 × 640 (WCAG 2.2 1.4.10)', () => {
  let browser: Browser;
  const sessions = new Map<string, Session>();
  let all: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    for (const [role, account] of ROLES) {
      const session = await openSession(browser);
      await session.page.setViewportSize(VIEWPORT);
      await signIn(session.page, account);
      sessions.set(role, session);
    }
    all = routes(await demoIds(sessions.get('administrator')!.page, sessions.get('delivery lead')!.page));
  }, 300_000);
  afterAll(async () => {
    for (const s of sessions.values()) expect(s.consoleErrors.filter((e) => !/status of 40[34]/.test(e))).toEqual([]);
    await browser?.close();
  });

  // Each screen load costs a network-idle wait: the administrator's sweep checks width and axe on the same load.
  it('every screen fits 320 px and passes axe as the administrator, who can open them all', async () => {
    const page = sessions.get('administrator')!.page;
    const wide = [];
    const failures: Array<{ path: string; violations: string[] }> = [];
    for (const path of all) {
      await open(page, path);
      const result = await pageOverflow(page);
      if (result.overflow > 0) wide.push(result);
      const violations = await accessibilityViolations(page);
      if (violations.length > 0) failures.push({ path, violations });
    }
    expect(wide).toEqual([]);
    expect(failures).toEqual([]);
  }, 900_000);

  it.each(ROLES.filter(([role]) => role !== 'administrator').map(([role]) => role))(
    'every screen the %s can open fits 320 px, with no sideways page scrolling',
    async (role) => {
      const page = sessions.get(role)!.page;
      const wide = [];
      for (const path of roleRoutes(all)) {
        await open(page, path);
        const result = await pageOverflow(page);
        if (result.overflow > 0) wide.push(result);
      }
      expect(wide).toEqual([]);
    },
    600_000,
  );

  it('the signed-out screens fit 320 px', async () => {
    const session = await openSession(browser);
    await session.page.setViewportSize(VIEWPORT);
    const wide = [];
    for (const path of SIGNED_OUT_ROUTES) {
      await session.page.goto(path);
      await session.page.locator('main h1').first().waitFor();
      const result = await pageOverflow(session.page);
      if (result.overflow > 0) wide.push(result);
    }
    await session.context.close();
    expect(wide).toEqual([]);
  });

  it('a wide table scrolls inside a labelled, focusable region, not the page', async () => {
    const page = sessions.get('viewer')!.page;
    await open(page, all.find((p) => /^\/strategies\/[^/?]+$/.test(p))!);
    const scroller = page.locator('wm-table-scroll').first();
    const region = scroller.getByRole('region', { name: /s of /i });
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await expect(scroller.getByText('Scroll sideways to see the whole table').isVisible()).resolves.toBe(true);
    // The keyboard reaches the region and scrolls it; the page itself stays put.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    // The browser scrolls after the key event is handled, later on a busy machine: wait for it rather than read once.
    await page.waitForFunction((el) => el.scrollLeft > 0, await region.elementHandle(), { timeout: 10_000 });
    await expect(page.evaluate(() => document.documentElement.scrollLeft)).resolves.toBe(0);
  });
});
