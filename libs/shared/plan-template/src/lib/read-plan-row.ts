import { COLUMN_BY_FIELD, HeaderMatch, MatchedColumn, PlanField } from './columns';
import { PlanProblem, PlanRow } from './plan-sheet.types';
import {
  cleanText,
  matchKey,
  parseDate,
  parseLifecycle,
  parsePersonReference,
  parseRag,
  parseReviewState,
  splitList,
} from './values';

export type SheetCells = ReadonlyArray<string | null | undefined>;

/** The theme (and number) and objective of the last row with a theme, repeated into rows below that leave them blank. */
export interface FillDown {
  readonly theme: string;
  readonly themeNo: number | null;
  readonly objective: string | null;
}

export const cellText = (row: SheetCells, i: number) => (row[i] ?? '').toString();

/**
 * Reads one data row: fill-down from the row above, then each value parsed, with problems for values
 * that cannot be read. Null for a row whose matched columns are all blank.
 */
export function readPlanRow(
  raw: SheetCells,
  rowNumber: number,
  header: HeaderMatch,
  previous: FillDown | null,
  problems: PlanProblem[],
): PlanRow | null {
  const get = (field: PlanField): string => {
    const column = header.byField[field];
    return column ? cleanText(cellText(raw, column.index)) : '';
  };
  const problem = (field: PlanField, message: string) => {
    const column: MatchedColumn | undefined = header.byField[field];
    problems.push({
      row: rowNumber,
      column: column?.header ?? COLUMN_BY_FIELD[field].header,
      columnLetter: column?.letter ?? null,
      message,
    });
  };
  if (header.columns.every((c) => cleanText(cellText(raw, c.index)) === '')) return null;

  // Merged or blank cells repeat the theme (and its number) and the objective of the row above.
  let theme = get('theme');
  let themeNoText = get('themeNo');
  let objective: string | null = get('objective') || null;
  if (!theme && previous) {
    theme = previous.theme;
    if (!themeNoText && previous.themeNo !== null) themeNoText = String(previous.themeNo);
  }
  if (!objective && previous && matchKey(previous.theme) === matchKey(theme) && header.byField.objective)
    objective = previous.objective;

  let themeNo: number | null = null;
  if (themeNoText) {
    const n = Number(themeNoText.replace(/[.)]$/, ''));
    if (Number.isInteger(n) && n > 0) themeNo = n;
    else problem('themeNo', `"${themeNoText}" is not a theme number: use a whole number such as 1, 2, 3`);
  }
  if (!theme) problem('theme', 'Theme is missing (and there is no theme on the row above to repeat).');

  const action = get('action');
  const actionRef = get('actionRef') || null;
  if (!action && !actionRef) problem('action', 'Action text is missing.');

  const parseOptional = <T>(
    field: PlanField,
    parser: (s: string) => { ok: true; value: T } | { ok: false; reason: string },
  ): T | null => {
    const value = get(field);
    if (!value) return null;
    const parsed = parser(value);
    if (parsed.ok) return parsed.value;
    problem(field, parsed.reason);
    return null;
  };
  const startDate = parseOptional('startDate', parseDate);
  const dueDate = parseOptional('dueDate', parseDate);
  const status = parseOptional('status', parseLifecycle);
  const rag = parseOptional('rag', parseRag);
  const leadOfficer = parseOptional('leadOfficer', parsePersonReference);
  const reviewState = parseOptional('reviewState', parseReviewState);
  const period = get('period') || null;
  const progressCell = header.byField.progress ? cleanMultiline(cellText(raw, header.byField.progress.index)) : '';
  const progress = progressCell || null;
  if (!period && rag) problem('rag', 'A RAG rating is recorded against a reporting period: fill in the Period column.');
  if (!period && progress)
    problem('progress', 'Progress is recorded against a reporting period: fill in the Period column.');
  if (startDate && dueDate && dueDate < startDate)
    problem('dueDate', `Due date ${dueDate} is before the start date ${startDate}.`);

  const supporting = get('supportingOrganisations');
  return {
    rowNumber,
    themeNo,
    theme,
    objective,
    actionRef,
    action,
    leadOrganisation: get('leadOrganisation') || null,
    leadOfficer,
    leadOfficerText: get('leadOfficer') || null,
    deliveryGroup: get('deliveryGroup') || null,
    supportingOrganisations: supporting ? splitList(supporting) : null,
    startDate,
    dueDate,
    status,
    rag,
    period,
    progress,
    reviewState,
  };
}

/** Keeps paragraph breaks in narrative cells (normalised to \n) while trimming each line. */
function cleanMultiline(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
