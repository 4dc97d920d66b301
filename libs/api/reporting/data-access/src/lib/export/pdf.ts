import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export class RendererUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RendererUnavailableError';
  }
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Prints HTML to a tagged PDF (with outline) in headless Chromium. One browser is kept per process
 * and reused; a missing browser is a RendererUnavailableError, never a crash.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath = DEFAULT_CHROMIUM_PATH) {}

  async print(html: string, landscape: boolean): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        landscape,
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        margin: { top: '12mm', bottom: '16mm', left: '12mm', right: '12mm' },
      });
    } finally {
      await context.close();
    }
  }

  /**
   * Loads playwright-core now (synchronous module loading, ~0.3–0.5 s on a busy machine) so the first PDF
   * download does not block the event loop with it. Does not start Chromium.
   */
  preload(): Promise<void> {
    return import('playwright-core').then(
      () => undefined,
      () => undefined,
    );
  }

  async close(): Promise<void> {
    const pending = this.browser;
    this.browser = null;
    if (pending) await (await pending.catch(() => null))?.close();
  }

  private launch(): Promise<Browser> {
    if (!existsSync(this.executablePath)) {
      return Promise.reject(
        new RendererUnavailableError(
          `PDF export needs Chromium, which was not found at ${this.executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
        ),
      );
    }
    if (!this.browser) {
      this.browser = import('playwright-core')
        .then(({ chromium }) => chromium.launch({ executablePath: this.executablePath, args: CHROMIUM_ARGS }))
        .then((browser) => {
          browser.on('disconnected', () => (this.browser = null));
          return browser;
        })
        .catch((error: unknown) => {
          this.browser = null;
          throw new RendererUnavailableError(
            `PDF export failed to start Chromium at ${this.executablePath}: ${(error as Error).message}`,
          );
        });
    }
    return this.browser;
  }
}
