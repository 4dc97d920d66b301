import { LifecycleStatus, Rag, ReviewState } from '@waymark/shared/domain';
import { COLUMN_BY_FIELD, HeaderMatch, IgnoredColumn, MatchedColumn, matchHeaders, PlanField } from './columns';
import { cleanText, matchKey, parseDate, parseLifecycle, parsePersonReference, parseRag, parseReviewState, PersonReference, splitList } from './values';

/** A problem the user can find: row as Excel numbers it (header = row 1), column letter and header. */
export interface PlanProblem {
  readonly row: number | null;
  readonly column: string | null;
  readonly columnLetter: string | null;
  readonly message: string;
}

/** One spreadsheet row after header matching, fill-down and value parsing. */
export interface PlanRow {
  readonly rowNumber: number;
  readonly themeNo: number | null;
  readonly theme: string;
  readonly objective: string | null;
  readonly actionRef: string | null;
  readonly action: string;
  readonly leadOrganisation: string | null;
  readonly leadOfficer: PersonReference | null;
  readonly leadOfficerText: string | null;
  readonly deliveryGroup: string | null;
  readonly supportingOrganisations: readonly string[] | null;
  readonly startDate: string | null;
  readonly dueDate: string | null;
  readonly status: LifecycleStatus | null;
  readonly rag: Rag | null;
  readonly period: string | null;
  readonly progress: string | null;
  readonly reviewState: ReviewState | null;
}

/** One period's update for an action, from one row. */
export interface PlanPeriodEntry {
  readonly rowNumber: number;
  readonly period: string;
  readonly rag: Rag | null;
  readonly progress: string;
  readonly status: LifecycleStatus | null;
  /** Null when left blank (imported history counts as accepted). */
  readonly reviewState: ReviewState | null;
}

/** An action gathered from its rows (one row, or one per period). Null fields were left blank in every row. */
export interface PlanAction {
  readonly key: string;
  readonly firstRow: number;
  readonly rows: readonly number[];
  readonly themeKey: string;
  readonly objectiveKey: string | null;
  readonly ref: string | null;
  readonly title: string;
  readonly leadOrganisation: string | null;
  readonly leadOfficer: PersonReference | null;
  readonly leadOfficerText: string | null;
  readonly deliveryGroup: string | null;
  readonly supportingOrganisations: readonly string[] | null;
  readonly startDate: string | null;
  readonly dueDate: string | null;
  /** Status from a row without a period (the action's own status). */
  readonly status: LifecycleStatus | null;
  readonly entries: readonly PlanPeriodEntry[];
}

export interface PlanTheme {
  readonly key: string;
  readonly title: string;
  readonly themeNo: number | null;
  readonly firstRow: number;
}

export interface PlanObjective {
  readonly key: string;
  readonly themeKey: string;
  readonly title: string;
  readonly firstRow: number;
}

export interface ParsedPlanSheet {
  readonly headerRowNumber: number;
  readonly header: HeaderMatch;
  readonly ignoredColumns: readonly IgnoredColumn[];
  /** Non-empty data rows read (blank and trailing empty rows are skipped). */
  readonly rowsRead: number;
  readonly rows: readonly PlanRow[];
  readonly themes: readonly PlanTheme[];
  readonly objectives: readonly PlanObjective[];
  readonly actions: readonly PlanAction[];
  readonly problems: readonly PlanProblem[];
}

export const objectiveKeyOf = (themeKey: string, objective: string) => `${themeKey}|${matchKey(objective)}`;

/**
 * Reads a sheet given as rows of cell text (CSV or XLSX already turned into strings; dates as ISO).
 * Pure: no database. Problems carry the row number the user sees in Excel.
 */
export function parsePlanSheet(cells: ReadonlyArray<ReadonlyArray<string | null | undefined>>): ParsedPlanSheet {
  const problems: PlanProblem[] = [];
  const text = (row: ReadonlyArray<string | null | undefined>, i: number) => (row[i] ?? '').toString();
  const isBlank = (row: ReadonlyArray<string | null | undefined>) => row.every((c) => cleanText((c ?? '').toString().replace(/^\uFEFF/, '')) === '');

  const headerIndex = cells.findIndex((row) => !isBlank(row));
  const emptyHeader = matchHeaders([]);
  if (headerIndex < 0) {
    problems.push({ row: null, column: null, columnLetter: null, message: 'The file is empty: the first row must hold the column headers (Theme, Action, …).' });
    return { headerRowNumber: 1, header: emptyHeader, ignoredColumns: [], rowsRead: 0, rows: [], themes: [], objectives: [], actions: [], problems };
  }
  const header = matchHeaders(cells[headerIndex].map((c) => (c ?? '').toString()));
  for (const field of header.missingRequired) {
    problems.push({
      row: headerIndex + 1,
      column: COLUMN_BY_FIELD[field].header,
      columnLetter: null,
      message: `Required column "${COLUMN_BY_FIELD[field].header}" is missing from the header row.`,
    });
  }
  if (header.missingRequired.length > 0) {
    return { headerRowNumber: headerIndex + 1, header, ignoredColumns: header.ignored, rowsRead: 0, rows: [], themes: [], objectives: [], actions: [], problems };
  }

  const rows: PlanRow[] = [];
  let rowsRead = 0;
  let previous: { theme: string; themeNo: number | null; objective: string | null } | null = null;

  for (let r = headerIndex + 1; r < cells.length; r++) {
    const raw = cells[r];
    const rowNumber = r + 1;
    const get = (field: PlanField): string => {
      const column = header.byField[field];
      return column ? cleanText(text(raw, column.index)) : '';
    };
    const problem = (field: PlanField, message: string) => {
      const column = header.byField[field] as MatchedColumn | undefined;
      problems.push({ row: rowNumber, column: column?.header ?? COLUMN_BY_FIELD[field].header, columnLetter: column?.letter ?? null, message });
    };
    if (header.columns.every((c) => cleanText(text(raw, c.index)) === '')) continue;
    rowsRead++;

    // Merged or blank cells repeat the theme (and its number) and the objective of the row above.
    let theme = get('theme');
    let themeNoText = get('themeNo');
    let objective: string | null = get('objective') || null;
    if (!theme && previous) {
      theme = previous.theme;
      if (!themeNoText && previous.themeNo !== null) themeNoText = String(previous.themeNo);
    }
    if (!objective && previous && matchKey(previous.theme) === matchKey(theme) && header.byField.objective) objective = previous.objective;

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

    const parseOptional = <T>(field: PlanField, parser: (s: string) => { ok: true; value: T } | { ok: false; reason: string }): T | null => {
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
    const progressCell = header.byField.progress ? cleanMultiline(text(raw, header.byField.progress.index)) : '';
    const progress = progressCell || null;
    if (!period && rag) problem('rag', 'A RAG rating is recorded against a reporting period: fill in the Period column.');
    if (!period && progress) problem('progress', 'Progress is recorded against a reporting period: fill in the Period column.');
    if (startDate && dueDate && dueDate < startDate) problem('dueDate', `Due date ${dueDate} is before the start date ${startDate}.`);

    const supporting = get('supportingOrganisations');
    rows.push({
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
    });
    if (theme) previous = { theme, themeNo, objective };
  }
  if (rowsRead === 0) {
    problems.push({ row: null, column: null, columnLetter: null, message: 'The file has a header row but no actions.' });
  }

  const grouped = groupRows(rows.filter((row) => row.theme), header, problems);
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.columnLetter ?? '').localeCompare(b.columnLetter ?? ''));
  return { headerRowNumber: headerIndex + 1, header, ignoredColumns: header.ignored, rowsRead, rows, ...grouped, problems };
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

type MutableAction = {
  -readonly [K in keyof PlanAction]: PlanAction[K] extends readonly (infer U)[] ? U[] : PlanAction[K];
} & { fieldRows: Partial<Record<string, number>>; noPeriodRow: number | null };

function groupRows(rows: readonly PlanRow[], header: HeaderMatch, problems: PlanProblem[]) {
  const themes = new Map<string, PlanTheme>();
  const themeByNo = new Map<number, PlanTheme>();
  const objectives = new Map<string, PlanObjective>();
  const actions = new Map<string, MutableAction>();
  const refOwner = new Map<string, string>();
  const problem = (row: number, field: PlanField, message: string) => {
    const column = header.byField[field];
    problems.push({ row, column: column?.header ?? COLUMN_BY_FIELD[field].header, columnLetter: column?.letter ?? null, message });
  };

  for (const row of rows) {
    const themeKey = matchKey(row.theme);
    let theme = themes.get(themeKey);
    if (!theme) {
      theme = { key: themeKey, title: row.theme, themeNo: row.themeNo, firstRow: row.rowNumber };
      themes.set(themeKey, theme);
    } else if (row.themeNo !== null && theme.themeNo === null) {
      theme = { ...theme, themeNo: row.themeNo };
      themes.set(themeKey, theme);
    } else if (row.themeNo !== null && theme.themeNo !== row.themeNo) {
      problem(row.rowNumber, 'themeNo', `Theme "${row.theme}" is numbered ${theme.themeNo} on row ${theme.firstRow}, ${row.themeNo} here.`);
    }
    if (row.themeNo !== null) {
      const owner = themeByNo.get(row.themeNo);
      if (!owner) themeByNo.set(row.themeNo, theme);
      else if (owner.key !== themeKey) {
        problem(row.rowNumber, 'themeNo', `Theme no ${row.themeNo} is already used for "${owner.title}" on row ${owner.firstRow}.`);
      }
    }
    const objectiveKey = row.objective ? objectiveKeyOf(themeKey, row.objective) : null;
    if (objectiveKey && row.objective && !objectives.has(objectiveKey)) {
      objectives.set(objectiveKey, { key: objectiveKey, themeKey, title: row.objective, firstRow: row.rowNumber });
    }

    const textKey = `text:${objectiveKey ?? themeKey}|${matchKey(row.action)}`;
    const key = row.actionRef ? `ref:${matchKey(row.actionRef)}` : textKey;
    let action = actions.get(key);
    if (row.actionRef) {
      const owner = refOwner.get(key);
      const placement = `${objectiveKey ?? themeKey}`;
      if (action && owner !== placement) {
        problem(row.rowNumber, 'actionRef', `Duplicate ref: "${row.actionRef}" is already used on row ${action.firstRow} for an action under a different theme or objective.`);
        continue;
      }
      if (action && row.action && matchKey(row.action) !== matchKey(action.title)) {
        problem(row.rowNumber, 'actionRef', `Duplicate ref: "${row.actionRef}" is already used on row ${action.firstRow} for a different action ("${action.title}").`);
        continue;
      }
      refOwner.set(key, placement);
    }
    if (!action) {
      if (!row.action) {
        // Without a ref the row check has already reported it.
        if (row.actionRef) problem(row.rowNumber, 'action', 'Action text is missing.');
        continue;
      }
      action = {
        key,
        firstRow: row.rowNumber,
        rows: [],
        themeKey,
        objectiveKey,
        ref: row.actionRef,
        title: row.action,
        leadOrganisation: null,
        leadOfficer: null,
        leadOfficerText: null,
        deliveryGroup: null,
        supportingOrganisations: null,
        startDate: null,
        dueDate: null,
        status: null,
        entries: [],
        fieldRows: {},
        noPeriodRow: null,
      };
      actions.set(key, action);
    }
    action.rows.push(row.rowNumber);

    // Action fields may be repeated on every period row, or given once; they must not disagree.
    const merge = <K extends 'leadOrganisation' | 'leadOfficerText' | 'deliveryGroup' | 'startDate' | 'dueDate'>(
      field: K,
      planField: PlanField,
      value: string | null,
      compare: (a: string, b: string) => boolean = (a, b) => matchKey(a) === matchKey(b),
    ) => {
      if (value === null) return;
      const current = action[field] as string | null;
      if (current === null) {
        (action as Record<string, unknown>)[field] = value;
        action.fieldRows[field] = row.rowNumber;
      } else if (!compare(current, value)) {
        problem(row.rowNumber, planField, `"${value}" differs from "${current}" on row ${action.fieldRows[field]} for the same action.`);
      }
    };
    merge('leadOrganisation', 'leadOrganisation', row.leadOrganisation);
    const officerBefore = action.leadOfficerText;
    merge('leadOfficerText', 'leadOfficer', row.leadOfficer ? row.leadOfficerText : null);
    if (officerBefore === null && action.leadOfficerText !== null) action.leadOfficer = row.leadOfficer;
    merge('deliveryGroup', 'deliveryGroup', row.deliveryGroup);
    merge('startDate', 'startDate', row.startDate, (a, b) => a === b);
    merge('dueDate', 'dueDate', row.dueDate, (a, b) => a === b);
    if (row.supportingOrganisations) {
      if (action.supportingOrganisations === null) {
        action.supportingOrganisations = [...row.supportingOrganisations];
        action.fieldRows['supportingOrganisations'] = row.rowNumber;
      } else if (
        [...action.supportingOrganisations].map(matchKey).sort().join(';') !== [...row.supportingOrganisations].map(matchKey).sort().join(';')
      ) {
        problem(row.rowNumber, 'supportingOrganisations', `Supporting organisations differ from row ${action.fieldRows['supportingOrganisations']} for the same action.`);
      }
    }

    if (row.period) {
      const existing = action.entries.find((e) => matchKey(e.period) === matchKey(row.period));
      if (existing) {
        problem(row.rowNumber, 'period', `Duplicate update: row ${existing.rowNumber} already gives this action's update for ${row.period}.`);
        continue;
      }
      action.entries.push({ rowNumber: row.rowNumber, period: row.period, rag: row.rag, progress: row.progress ?? '', status: row.status, reviewState: row.reviewState });
    } else {
      if (action.noPeriodRow !== null) {
        const what = row.actionRef ? `Duplicate ref: "${row.actionRef}" is already used on row ${action.noPeriodRow}.` : `Duplicate action: row ${action.noPeriodRow} has the same theme, objective and action.`;
        problem(row.rowNumber, row.actionRef ? 'actionRef' : 'action', what);
        continue;
      }
      action.noPeriodRow = row.rowNumber;
      action.status = row.status;
    }
  }

  for (const action of actions.values()) {
    if (action.startDate && action.dueDate && action.dueDate < action.startDate) {
      const rowsWithBoth = rows.find((r) => r.startDate && r.dueDate && action.rows.includes(r.rowNumber));
      if (!rowsWithBoth) problem(action.fieldRows['dueDate'] ?? action.firstRow, 'dueDate', `Due date ${action.dueDate} is before the start date ${action.startDate}.`);
    }
  }

  return {
    themes: [...themes.values()],
    objectives: [...objectives.values()],
    actions: [...actions.values()].map((a): PlanAction => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { fieldRows, noPeriodRow, ...rest } = a;
      return rest;
    }),
  };
}
