import type { IndicatorStatus, LifecycleStatus, Rag } from '@waymark/shared/domain';
import type { RagTrend } from './rag-trend';
import type { CoverReport, CoverReportInput, ReportClosing, ReportClosingInput } from './report-frame';

/** Optional columns after `Objective | Action | Progress`, always in this order. */
export type OptionalColumn = 'lead' | 'due' | 'rag' | 'history';
export const OPTIONAL_COLUMNS: readonly OptionalColumn[] = ['lead', 'due', 'rag', 'history'];

export type ColumnKey = 'objective' | 'action' | 'progress' | OptionalColumn;

export interface ReportColumn {
  readonly key: ColumnKey;
  readonly heading: string;
}

export interface BoardReportOptions {
  /** Defaults to the latest period that has started on `generatedOn` (or the last period). */
  readonly periodId?: string | null;
  /** Themes to include; all when empty or absent. Numbering keeps each theme's position in the strategy. */
  readonly themeIds?: readonly string[] | null;
  readonly columns?: readonly OptionalColumn[] | null;
  /** Only red/amber, overdue, or missing-update rows. */
  readonly onlyExceptions?: boolean;
  readonly includeIndicators?: boolean;
  /** Add the RAG trend section (counts and percentages per period and theme). */
  readonly includeRagTrend?: boolean;
  /** The trend the section shows, counted by the API from live data and frozen reports (`buildRagTrend`). */
  readonly ragTrend?: RagTrend | null;
  /** Periods shown in the RAG history strip (ending with the report period). Default 4. */
  readonly historyLength?: number;
  /** ISO date printed on the report and used for "overdue"; default today. */
  readonly generatedOn?: string;
  readonly introduction?: string | null;
  /** The officer's covering report, printed before the tables; its meeting date is the report's date. */
  readonly cover?: CoverReportInput | null;
  /** An unnumbered closing section after the numbered ones. */
  readonly closing?: ReportClosingInput | null;
  /**
   * Include drafts, submitted and returned updates, each behind its marker. For the accountable group and
   * administrators preparing a board; by default a report shows accepted updates only.
   */
  readonly includeUnaccepted?: boolean;
}

/** 'not_started': the action starts after the period ends, so it owes no update (never counted as missing). */
export type ProgressState = 'accepted' | 'submitted' | 'returned' | 'draft' | 'missing' | 'not_started';

export interface ReportProgress {
  /** The narrative, "No update received", or "Not started yet". */
  readonly text: string;
  readonly state: ProgressState;
  /** Shown before the text when the update is not (yet) accepted; null when accepted. */
  readonly marker: string | null;
}

export interface RagCell {
  readonly periodId: string;
  readonly periodName: string;
  readonly rag: Rag | null;
  /** "Red" / "Amber" / "Green", or the lifecycle word when RAG does not apply, or "No update". */
  readonly label: string;
}

export type ExceptionReason = 'red' | 'amber' | 'overdue' | 'missing';

export interface ReportObjectiveCell {
  readonly id: string | null;
  /** Empty for actions that sit directly under the theme. */
  readonly title: string;
  /** Rows the cell spans (>= 1). */
  readonly rowSpan: number;
}

export interface ReportRow {
  readonly actionId: string;
  /** Set on the first row of each objective group; null on the rows it spans. */
  readonly objective: ReportObjectiveCell | null;
  readonly objectiveId: string | null;
  /** 1-based position within its objective (or theme), stable whatever is filtered. */
  readonly position: number;
  /** "i)", "ii)"… */
  readonly number: string;
  /** e.g. "1.2 ii)": theme, objective, action — for lists outside the tables. */
  readonly reference: string;
  readonly ref: string | null;
  readonly title: string;
  readonly progress: ReportProgress;
  readonly lead: string | null;
  readonly dueOn: string | null;
  /** e.g. "31 Mar 2025". */
  readonly dueLabel: string | null;
  readonly dueMoved: boolean;
  readonly overdue: boolean;
  readonly lifecycleStatus: LifecycleStatus;
  readonly lifecycleLabel: string;
  readonly rag: Rag | null;
  readonly ragLabel: string | null;
  readonly previousRag: Rag | null;
  readonly previousRagLabel: string | null;
  /** Oldest first, ending with the report period. */
  readonly ragHistory: readonly RagCell[];
  readonly exceptions: readonly ExceptionReason[];
}

export interface NumberedParagraph {
  readonly number: number;
  readonly text: string;
}

export interface ReportSection {
  readonly themeId: string;
  /** Position of the theme in the strategy (Strategic Aim n). */
  readonly themeNumber: number;
  /** The heading paragraph's number in the report sequence. */
  readonly paragraphNumber: number;
  /** "Strategic Aim 1: Raise awareness…" */
  readonly heading: string;
  readonly title: string;
  readonly rows: readonly ReportRow[];
  /** Shown instead of a table when there are no rows. */
  readonly emptyMessage: string | null;
  readonly commentary: readonly NumberedParagraph[];
}

export interface IndicatorRow {
  readonly indicatorId: string;
  readonly name: string;
  readonly unit: string;
  readonly directionLabel: string;
  readonly baseline: number | null;
  readonly target: number | null;
  /** One per appendix period, null when no value was recorded. */
  readonly values: readonly (number | null)[];
  readonly latest: number | null;
  /** Latest value compared with target in the indicator's direction; null when either is missing. */
  readonly meetsTarget: boolean | null;
  /** One per value: its tolerance band (`indicatorStatus`), null when no value or no target. */
  readonly statuses?: readonly (IndicatorStatus | null)[];
  /** "On target" / "Within tolerance" / "Off target" for the latest value; null when not known. */
  readonly latestStatusLabel?: string | null;
}

export interface IndicatorAppendix {
  readonly heading: string;
  readonly periods: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly IndicatorRow[];
}

export interface ReportPeriodInfo {
  readonly id: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** One correction made after sign-off, as the board reads it in "Corrections since sign-off". */
export interface CorrectionNote {
  /** The snapshot version this correction produced (2, 3…). */
  readonly version: number;
  /** ISO date of the correction. */
  readonly correctedOn: string;
  readonly dateLabel: string;
  readonly actionId: string;
  /** e.g. "1.2 ii)". */
  readonly reference: string;
  readonly actionTitle: string;
  /** What changed, in words: "RAG changed from Amber to Red". */
  readonly changes: readonly string[];
  readonly reason: string;
  /** The whole note as one sentence, for formats with one cell per note. */
  readonly text: string;
}

/** Set on a report frozen at sign-off: which stored version it is. */
export interface ReportEdition {
  readonly version: number;
  /** ISO date of sign-off. */
  readonly signedOffOn: string;
  /** "Signed off 12 May 2025 · version 2" */
  readonly label: string;
}

export interface BoardReport {
  readonly kind: 'board-update';
  /** Null for a report built from live data; set on a report frozen at sign-off. */
  readonly edition: ReportEdition | null;
  /** Corrections made after sign-off, oldest first (empty on a live report and on version 1). */
  readonly corrections: readonly CorrectionNote[];
  /** True when updates not yet accepted are shown (with markers); false: accepted updates only. */
  readonly includesUnaccepted: boolean;
  readonly strategyId: string;
  readonly partnershipId: string;
  readonly title: string;
  readonly strategyTitle: string;
  /** "2013-16" */
  readonly years: string;
  readonly period: ReportPeriodInfo;
  readonly previousPeriod: ReportPeriodInfo | null;
  readonly generatedOn: string;
  /** "12 May 2025": the meeting date when the cover report gives one, else the date generated (or signed off). */
  readonly dateLabel: string;
  readonly introduction: string | null;
  /** Null when no cover report is saved for the period. Never frozen: a snapshot is viewed with the cover saved now. */
  readonly cover: CoverReport | null;
  readonly closing: ReportClosing | null;
  /** The unnumbered heading above the numbered sections: the theme level label in the plural ("Strategic Aims"). */
  readonly levelHeading: string;
  readonly labels: { readonly theme: string; readonly objective: string; readonly action: string };
  /** The table's columns in order; Objective only when the strategy has an objective level. */
  readonly columns: readonly ReportColumn[];
  readonly hasObjectiveColumn: boolean;
  readonly onlyExceptions: boolean;
  /** Periods of the RAG history strip, oldest first (empty unless the history column is on). */
  readonly historyPeriods: readonly { readonly id: string; readonly name: string }[];
  readonly sections: readonly ReportSection[];
  readonly appendix: IndicatorAppendix | null;
  /** Null unless the RAG trend section was asked for. Never frozen: computed when the report is viewed. */
  readonly ragTrend?: RagTrend | null;
  /** Landscape when the table has more than three columns. */
  readonly landscape: boolean;
  readonly summary: {
    readonly actions: number;
    readonly shown: number;
    readonly exceptions: number;
    readonly missing: number;
  };
}
