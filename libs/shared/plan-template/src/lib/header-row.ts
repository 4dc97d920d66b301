import { matchHeaders, PLAN_COLUMNS } from './columns';
import { SheetCells } from './read-plan-row';
import { cleanText } from './values';

/** Title rows above the headings are rare past a handful; a data row never matches a heading, so the scan stops here. */
export const HEADER_SCAN_ROWS = 20;

const isBlank = (row: SheetCells) => row.every((c) => cleanText((c ?? '').toString().replace(/^\uFEFF/, '')) === '');

/**
 * The index of the header row: of the first HEADER_SCAN_ROWS rows, the one that matches the most template
 * columns (required ones first), so a council sheet's title and blank rows above its headings are skipped.
 * With no row matching any heading, the first non-blank row (its missing columns are then reported); -1 when
 * the sheet is empty.
 */
export function findHeaderRow(cells: ReadonlyArray<SheetCells>): number {
  const required = PLAN_COLUMNS.filter((c) => c.required).map((c) => c.field);
  let best = -1;
  let bestScore = 0;
  const scanned = Math.min(cells.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < scanned; r++) {
    if (isBlank(cells[r])) continue;
    const match = matchHeaders(cells[r].map((c) => (c ?? '').toString()));
    const score = required.filter((f) => match.byField[f]).length * 100 + match.columns.length;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best >= 0 ? best : cells.findIndex((row) => !isBlank(row));
}

/** The first text of each non-blank row above the header row, e.g. the strategy's title, for the preview. */
export function rowsAboveHeader(cells: ReadonlyArray<SheetCells>, headerIndex: number): string[] {
  return cells
    .slice(0, Math.max(0, headerIndex))
    .filter((row) => !isBlank(row))
    .map((row) => cleanText((row.find((c) => cleanText((c ?? '').toString()) !== '') ?? '').toString()));
}
