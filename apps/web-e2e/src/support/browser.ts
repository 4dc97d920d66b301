import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

export const baseUrl = (): string => {
  const url = process.env['WAYMARK_E2E_URL'];
  if (!url)
    throw new Error('WAYMARK_E2E_URL is not set: run through `npx nx e2e web-e2e` (globalSetup starts the app).');
  return url;
};

/** Demo accounts created by libs/api/demo-data (one per role). */
export const accounts = {
  administrator: { email: 'priya.shah@demo.waymark.test', password: 'waymark-demo-admin' },
  seniorOfficer: { email: 'helen.barker@demo.waymark.test', password: 'waymark-demo-senior' },
  deliveryLead: { email: 'tom.reynolds@demo.waymark.test', password: 'waymark-demo-lead' },
  viewer: { email: 'sam.okafor@demo.waymark.test', password: 'waymark-demo-viewer' },
} as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and page errors seen so far; journeys assert it stays empty. */
  readonly consoleErrors: string[];
}

/** A fresh browser context (axe needs a page from newContext) that records console errors. */
export async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { context, page, consoleErrors };
}

/** The demo partnership; the report officer also belongs to a second one and is asked to choose. */
export const DEMO_PARTNERSHIP = 'Safer York Partnership';
export const SECOND_DEMO_PARTNERSHIP = 'Selby District Community Safety Partnership';

export async function signIn(
  page: Page,
  account: { email: string; password: string },
  partnership = DEMO_PARTNERSHIP,
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  if (new URL(page.url()).pathname === '/choose-partnership') {
    await page.getByLabel(partnership).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname !== '/choose-partnership');
  }
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Sign out/ }).click();
  await page.waitForURL(/\/sign-in/);
}

/** axe with the WCAG 2.0/2.1/2.2 A and AA rules; returns a readable list of violations (empty when clean). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(__dirname, '../../../../docs/images');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
