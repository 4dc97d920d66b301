import { LifecycleStatus, Rag, ReviewState } from '@waymark/shared/domain';
import { HeaderMatch, IgnoredColumn } from './columns';
import { PersonReference } from './values';

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
  /** Row of the column headings as the file numbers it (rows above it, e.g. a title, are skipped). */
  readonly headerRowNumber: number;
  /** The text of each non-blank row above the headings (a title, a date line), for the preview. */
  readonly rowsAboveHeader: readonly string[];
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
