import { COLUMN_BY_FIELD, matchHeaders } from './columns';
import { groupRows } from './group-plan-rows';
import { findHeaderRow, rowsAboveHeader } from './header-row';
import { ParsedPlanSheet, PlanProblem, PlanRow } from './plan-sheet.types';
import { FillDown, readPlanRow, SheetCells } from './read-plan-row';

export * from './plan-sheet.types';
export { objectiveKeyOf } from './group-plan-rows';

/**
 * Reads a sheet given as rows of cell text (CSV or XLSX already turned into strings; dates as ISO).
 * Pure: no database. Problems carry the row number the user sees in Excel.
 */
export function parsePlanSheet(cells: ReadonlyArray<SheetCells>): ParsedPlanSheet {
  const problems: PlanProblem[] = [];
  const headerIndex = findHeaderRow(cells);
  const emptyHeader = matchHeaders([]);
  if (headerIndex < 0) {
    problems.push({
      row: null,
      column: null,
      columnLetter: null,
      message: 'The file is empty: the first row must hold the column headers (Theme, Action, …).',
    });
    return {
      headerRowNumber: 1,
      rowsAboveHeader: [],
      header: emptyHeader,
      ignoredColumns: [],
      rowsRead: 0,
      rows: [],
      themes: [],
      objectives: [],
      actions: [],
      problems,
    };
  }
  const header = matchHeaders(cells[headerIndex].map((c) => (c ?? '').toString()));
  const above = rowsAboveHeader(cells, headerIndex);
  for (const field of header.missingRequired) {
    problems.push({
      row: headerIndex + 1,
      column: COLUMN_BY_FIELD[field].header,
      columnLetter: null,
      message: `Required column "${COLUMN_BY_FIELD[field].header}" is missing from the header row.`,
    });
  }
  if (header.missingRequired.length > 0) {
    return {
      headerRowNumber: headerIndex + 1,
      rowsAboveHeader: above,
      header,
      ignoredColumns: header.ignored,
      rowsRead: 0,
      rows: [],
      themes: [],
      objectives: [],
      actions: [],
      problems,
    };
  }

  const rows: PlanRow[] = [];
  let previous: FillDown | null = null;
  for (let r = headerIndex + 1; r < cells.length; r++) {
    const row = readPlanRow(cells[r], r + 1, header, previous, problems);
    if (!row) continue;
    rows.push(row);
    if (row.theme) previous = { theme: row.theme, themeNo: row.themeNo, objective: row.objective };
  }
  const rowsRead = rows.length;
  if (rowsRead === 0) {
    problems.push({
      row: null,
      column: null,
      columnLetter: null,
      message: 'The file has a header row but no actions.',
    });
  }

  const grouped = groupRows(
    rows.filter((row) => row.theme),
    header,
    problems,
  );
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.columnLetter ?? '').localeCompare(b.columnLetter ?? ''));
  return {
    headerRowNumber: headerIndex + 1,
    rowsAboveHeader: above,
    header,
    ignoredColumns: header.ignored,
    rowsRead,
    rows,
    ...grouped,
    problems,
  };
}
