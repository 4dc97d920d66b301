import type { Browser, Page } from 'playwright-core';
import { DEMO_PARTNERSHIP, launchChromium, openSession, signIn, type Session } from './browser';

export interface BrowserSuiteOptions {
  /** Console errors the suite provokes on purpose (e.g. the 400 answer to bad input), which do not fail it. */
  readonly expectedConsoleErrors?: RegExp;
}

export interface BrowserSuite {
  /** The suite's Chromium, started in its beforeAll. */
  readonly browser: () => Browser;
  /** A new browser context nobody has signed in to. */
  readonly signedOut: () => Promise<Page>;
  /** A new browser context signed in as `account`: each person in a test has their own cookies. */
  readonly as: (account: { email: string; password: string }, partnership?: string) => Promise<Page>;
}

/**
 * One Chromium per describe block and a signed-in page per person, for the suites that act as several people.
 * Registers the block's beforeAll and afterAll: after the block, any console error a page logged that the suite did
 * not expect fails it, so a screen that breaks quietly (a failed request the page swallowed) does not pass.
 */
export function browserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let browser: Browser | undefined;
  const sessions: Session[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    const expected = options.expectedConsoleErrors;
    for (const s of sessions) expect(s.consoleErrors.filter((e) => !expected?.test(e))).toEqual([]);
    await browser?.close();
  });
  const started = (): Browser => {
    if (!browser) throw new Error('The suite starts its browser in beforeAll: ask for it inside a test or a hook.');
    return browser;
  };
  const signedOut = async (): Promise<Page> => {
    const session = await openSession(started());
    sessions.push(session);
    return session.page;
  };
  return {
    browser: started,
    signedOut,
    as: async (account, partnership = DEMO_PARTNERSHIP) => {
      const page = await signedOut();
      await signIn(page, account, partnership);
      return page;
    },
  };
}
