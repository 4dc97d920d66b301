import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test and tooling helpers (not used by the API): a DOCX printed to PDF by LibreOffice headless, and any PDF read
 * back as text per page (poppler's pdftotext), as an officer would see the pages.
 */
export function docxToPdf(docx: Uint8Array, sofficePath = 'soffice'): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-docx-'));
  try {
    writeFileSync(join(dir, 'report.docx'), docx);
    // A profile of its own: a second LibreOffice on the machine (another test, a user) would otherwise take the lock.
    execFileSync(
      sofficePath,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'report.docx'),
      ],
      {
        stdio: 'pipe',
        timeout: 300_000,
      },
    );
    return readFileSync(join(dir, 'report.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page (`pdftotext -layout`), in order. */
export function pdfPages(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-pages-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    // pdftotext ends each page with a form feed.
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PNG of page `page` (1-based) at `dpi`, for documentation images. */
export function pdfPagePng(pdf: Uint8Array, page: number, dpi = 60): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-png-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      join(dir, 'r.pdf'),
      join(dir, 'page'),
    ]);
    return readFileSync(join(dir, 'page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The last line of a page's text that is not blank and not the "Page n of m" footer. */
export function lastBodyLine(page: string): string {
  const lines = page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^Page \d+ of \d+$/.test(l));
  return lines[lines.length - 1] ?? '';
}
