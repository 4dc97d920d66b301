import { accessibilityViolations, accounts } from './support/browser';
import { browserSuite } from './support/browser-suite';

/** An administrator gives the board report the council's Word template, sees it in use, and removes it. */
describe("The council's Word template for the board report", () => {
  const { as } = browserSuite({ expectedConsoleErrors: /status of 400/ });

  it('uploads a template (after a refused file), sees it in use, and removes it', async () => {
    const page = await as(accounts.administrator);
    await page.goto('/reports');
    await page.getByRole('heading', { level: 1, name: 'Board update report' }).waitFor();
    const strategy = page.getByLabel('Strategy');
    if ((await strategy.inputValue()) === '') await strategy.selectOption({ index: 1 });
    await page.getByRole('button', { name: /preview report$/i }).click();
    // Any Word document will do as a template: the board report itself, as downloaded.
    const word = await page
      .getByRole('link', { name: 'Download the board update report as Word (.docx)' })
      .getAttribute('href');
    const template = await (await page.request.get(word ?? '')).body();
    await page.getByRole('link', { name: 'Change the Word template' }).click();
    await page.getByRole('heading', { level: 1, name: 'Word template for the board report' }).waitFor();
    expect(await page.locator('#report-template-current').textContent()).toContain('built-in template');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.setInputFiles('#template-file', {
      name: 'letterhead.docm',
      mimeType: 'application/vnd.ms-word.document.macroEnabled.12',
      buffer: template,
    });
    await page.getByRole('button', { name: 'Upload template' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('holds macros');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.setInputFiles('#template-file', {
      name: 'York letterhead.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: template,
    });
    await page.getByRole('button', { name: 'Upload template' }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    await page.locator('#report-template-current', { hasText: 'York letterhead.docx' }).waitFor();
    expect(await page.locator('#report-template-current').textContent()).toMatch(/Uploaded.*by /s);
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Remove the template and use the built-in one' }).click();
    await page.locator('#report-template-current', { hasText: 'built-in template' }).waitFor();
    expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain('removed');
  });
});
