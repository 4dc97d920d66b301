import type { BoardReport } from '@waymark/shared/report-model';
import { COVER_SECTIONS } from '@waymark/shared/report-model';
import { lastBodyLine } from './paged-text';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Pages (as text) that end with a heading or with a table's header row: what an officer would fix by hand before
 * a board. Returns "page n: <last line>" for each; empty when every page ends in body text.
 */
export function strandedPageEnds(report: BoardReport, pages: readonly string[]): string[] {
  const headings = [
    report.levelHeading,
    ...report.sections.map((s) => `${s.paragraphNumber}. ${s.heading}`),
    ...Object.values(COVER_SECTIONS),
    ...(report.closing?.heading ? [report.closing.heading] : []),
    ...(report.appendix ? [report.appendix.heading] : []),
    ...(report.ragTrend ? [report.ragTrend.heading] : []),
  ].map(squash);
  const header = new RegExp(
    `^${report.columns.map((c) => c.heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}$`,
  );
  const stranded: string[] = [];
  // The last page may end anywhere.
  pages.slice(0, -1).forEach((page, i) => {
    const last = squash(lastBodyLine(page));
    // The whole heading, the end of a wrapped one, or the start of one carried over to the next page.
    const isHeading = headings.some(
      (h) => h === last || (last.length >= 6 && (h.endsWith(last) || h.startsWith(last)) && !/[.!?]$/.test(last)),
    );
    if (isHeading || header.test(last)) stranded.push(`page ${i + 1}: ${last}`);
  });
  return stranded;
}
