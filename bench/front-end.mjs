// `npm run bench:front-end` (issue 17, item 6): what the browser downloads and how soon the main content shows.
// Prints the production build's initial JavaScript (raw and gzip), the lazy chunks each route loads (the largest
// and the total), and Largest Contentful Paint of the My updates and report screens in Chromium on loopback
// (median of 5 cold loads, each in a fresh browser context). Starts the built app (`dist/apps/api/main.js`, which
// serves `dist/apps/web/browser`) with demo data on a throwaway embedded PostgreSQL, as the browser tests do.
// Flags: --skip-build (reuse dist/), --runs N (5).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import startBuiltApp from '../apps/web-e2e/src/support/global-setup.mjs';
import stopBuiltApp from '../apps/web-e2e/src/support/global-teardown.mjs';
import { fileSizes, initialScriptFiles, kilobytes } from '../tools/scripts/initial-scripts.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const browserDir = join(root, 'dist/apps/web/browser');
const { values: flags } = parseArgs({
  options: { 'skip-build': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } },
});
const RUNS = Number(flags.runs);

const accounts = {
  administrator: { email: 'priya.shah@demo.waymark.test', password: 'waymark-demo-admin' },
  seniorOfficer: { email: 'helen.barker@demo.waymark.test', password: 'waymark-demo-senior' },
  deliveryLead: { email: 'tom.reynolds@demo.waymark.test', password: 'waymark-demo-lead' },
};
/** Each route as the role that uses it most. */
const routes = [
  { path: '/', as: 'deliveryLead' },
  { path: '/my-updates', as: 'deliveryLead' },
  { path: '/review', as: 'seniorOfficer' },
  { path: '/strategies', as: 'administrator' },
  { path: '/reports', as: 'administrator' },
  { path: '/admin', as: 'administrator' },
  { path: '/settings', as: 'administrator' },
  { path: '/notifications', as: 'deliveryLead' },
  { path: '/help', as: 'deliveryLead' },
];
const lcpScreens = [
  { name: 'My updates', path: '/my-updates', as: 'deliveryLead' },
  { name: 'Reports', path: '/reports', as: 'administrator' },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function build() {
  const result = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'web', 'api', '--output-style=static'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  if (result.status !== 0) throw new Error('The build failed.');
}

/** The app as the browser tests run it (their global set-up: built API and web app, demo data, own PostgreSQL). */
async function startApp() {
  await startBuiltApp();
  return { url: process.env['WAYMARK_E2E_URL'], stop: stopBuiltApp };
}

/** Signs in once per role and keeps the session cookie, so each measured load starts signed in with a cold cache. */
async function signedInStates(browser, url) {
  const states = {};
  for (const [role, account] of Object.entries(accounts)) {
    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    if (new URL(page.url()).pathname === '/choose-partnership') {
      await page.getByLabel('Safer York Partnership').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL((u) => u.pathname !== '/choose-partnership');
    }
    states[role] = await context.storageState();
    await context.close();
  }
  return states;
}

async function coldLoad(browser, url, state, path) {
  const context = await browser.newContext({
    baseURL: url,
    storageState: state,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(path, { waitUntil: 'networkidle' });
  const measured = await page.evaluate(
    () =>
      new Promise((resolveEntries) => {
        const scripts = () =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.endsWith('.js'))
            .map((entry) => new URL(entry.name).pathname);
        // A page that paints no contentful element reports none: answer without an LCP rather than wait for ever.
        setTimeout(() => resolveEntries({ lcp: null, element: null, scripts: scripts() }), 5000);
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          resolveEntries({
            lcp: last.startTime,
            element: last.element?.tagName.toLowerCase() ?? null,
            scripts: scripts(),
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await context.close();
  return measured;
}

async function main() {
  if (!flags['skip-build']) build();
  const initialFiles = initialScriptFiles(browserDir);
  const initial = initialFiles.map((file) => fileSizes(browserDir, file));
  const initialRaw = initial.reduce((sum, s) => sum + s.raw, 0);
  const initialGzip = initial.reduce((sum, s) => sum + s.gzip, 0);

  const app = await startApp();
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const states = await signedInStates(browser, app.url);
    const routeRows = [];
    for (const route of routes) {
      const { scripts } = await coldLoad(browser, app.url, states[route.as], route.path);
      const lazy = [...new Set(scripts.map((p) => basename(p)))].filter((file) => !initialFiles.includes(file));
      const sizes = lazy.map((file) => ({ file, ...fileSizes(browserDir, file) }));
      const largest = sizes.reduce((a, b) => (b.raw > (a?.raw ?? -1) ? b : a), null);
      routeRows.push({
        route: route.path,
        chunks: sizes.length,
        lazyRaw: sizes.reduce((sum, s) => sum + s.raw, 0),
        lazyGzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
        largest,
      });
    }
    const lcpRows = [];
    for (const screen of lcpScreens) {
      const samples = [];
      for (let run = 0; run < RUNS; run++)
        samples.push(await coldLoad(browser, app.url, states[screen.as], screen.path));
      const values = samples.map((s) => s.lcp).filter((v) => v !== null);
      lcpRows.push({
        ...screen,
        median: median(values),
        min: Math.min(...values),
        max: Math.max(...values),
        element: samples.at(-1).element,
      });
    }
    report({ initialFiles, initialRaw, initialGzip, routeRows, lcpRows });
  } finally {
    await browser.close();
    await app.stop();
  }
}

function report(result) {
  const { initialFiles, initialRaw, initialGzip, routeRows, lcpRows } = result;
  console.log(
    `\nInitial JavaScript: ${kilobytes(initialRaw)} raw, ${kilobytes(initialGzip)} gzip (${initialFiles.length} files)\n`,
  );
  console.log('| route | lazy chunks | lazy JS raw / gzip | largest lazy chunk raw / gzip |');
  console.log('|---|---|---|---|');
  for (const row of routeRows) {
    const largest = row.largest
      ? `${row.largest.file}: ${kilobytes(row.largest.raw)} / ${kilobytes(row.largest.gzip)}`
      : '–';
    console.log(
      `| ${row.route} | ${row.chunks} | ${kilobytes(row.lazyRaw)} / ${kilobytes(row.lazyGzip)} | ${largest} |`,
    );
  }
  console.log(`\nLargest Contentful Paint, cold load in a fresh context, Chromium on loopback (${RUNS} runs):\n`);
  console.log('| screen | median ms | min ms | max ms | LCP element |');
  console.log('|---|---|---|---|---|');
  for (const row of lcpRows) {
    console.log(
      `| ${row.name} (${row.path}) | ${row.median.toFixed(0)} | ${row.min.toFixed(0)} | ${row.max.toFixed(0)} | ${row.element ?? '–'} |`,
    );
  }
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const file = join(root, 'bench/results', `front-end-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), runs: RUNS, ...result }, null, 2));
  console.log(`\nWritten to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
