import type { OptionalColumn } from '@waymark/shared/report-model';

/** What the report officer chose on the screen; turned into the GraphQL input and the download links. */
export interface ReportChoice {
  readonly strategyId: string;
  /** Null: the API's default (the latest signed-off period, or the one in review for officers). */
  readonly periodId: string | null;
  /** Every theme of the strategy, to tell "all" from "some". */
  readonly allThemeIds: readonly string[];
  readonly themeIds: readonly string[];
  readonly columns: readonly OptionalColumn[];
  readonly onlyExceptions: boolean;
  readonly includeIndicators: boolean;
  /** The RAG trend section; off unless ticked for this export (not saved with the period's settings). */
  readonly includeRagTrend?: boolean;
  readonly introduction: string;
  /** Officers only: drafts, submitted and returned updates too, marked. */
  readonly includeUnaccepted: boolean;
}

export const COLUMN_CHOICES: readonly {
  readonly key: OptionalColumn;
  readonly label: string;
  readonly hint: string;
}[] = [
  { key: 'lead', label: 'Lead', hint: 'Lead organisation and officer' },
  { key: 'due', label: 'Due date', hint: 'With a marker when overdue' },
  { key: 'rag', label: 'RAG', hint: 'Red, Amber or Green, as a word with its colour' },
  { key: 'history', label: 'RAG history', hint: 'The last four periods' },
];

export const BOARD_FORMATS: readonly { readonly format: string; readonly label: string }[] = [
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'pdf', label: 'PDF' },
  { format: 'xlsx', label: 'Excel (.xlsx)' },
  { format: 'csv', label: 'CSV' },
];

/** Themes are sent only when some (not all) are chosen, so "all" stays all when themes are added later. */
function chosenThemes(choice: ReportChoice): readonly string[] {
  const all = new Set(choice.allThemeIds);
  const chosen = choice.themeIds.filter((id) => all.has(id));
  return chosen.length === all.size ? [] : chosen;
}

/** Columns always in the report's own order, whatever order they were ticked. */
function orderedColumns(choice: ReportChoice): OptionalColumn[] {
  return COLUMN_CHOICES.map((c) => c.key).filter((key) => choice.columns.includes(key));
}

/** Variables for the `boardReport` query. */
export function boardReportInput(choice: ReportChoice) {
  const themeIds = chosenThemes(choice);
  const introduction = choice.introduction.trim();
  return {
    strategyId: choice.strategyId,
    periodId: choice.periodId,
    columns: orderedColumns(choice),
    themeIds: themeIds.length ? [...themeIds] : null,
    onlyExceptions: choice.onlyExceptions,
    includeIndicators: choice.includeIndicators,
    includeRagTrend: !!choice.includeRagTrend,
    introduction: introduction || null,
    includeUnaccepted: choice.includeUnaccepted,
  };
}

/** `GET /api/reports/board-update` with the same options (parameter names from reports.controller / report-query). */
export function boardDownloadUrl(choice: ReportChoice, format: string, version: number | null = null): string {
  const params = new URLSearchParams({ strategy: choice.strategyId });
  if (choice.periodId) params.set('period', choice.periodId);
  params.set('format', format);
  if (version !== null) params.set('version', String(version));
  const columns = orderedColumns(choice);
  if (columns.length) params.set('columns', columns.join(','));
  const themes = chosenThemes(choice);
  if (themes.length) params.set('themes', themes.join(','));
  if (choice.onlyExceptions) params.set('onlyExceptions', 'true');
  if (choice.includeIndicators) params.set('indicators', 'true');
  if (choice.includeRagTrend) params.set('ragTrend', 'true');
  if (choice.includeUnaccepted) params.set('includeUnaccepted', 'true');
  const introduction = choice.introduction.trim();
  if (introduction) params.set('intro', introduction);
  return `/api/reports/board-update?${params.toString()}`;
}

/** `GET /api/reports/changes`: the "changes since last period" report. */
export function changesDownloadUrl(strategyId: string, periodId: string | null, format: string): string {
  const params = new URLSearchParams({ strategy: strategyId });
  if (periodId) params.set('period', periodId);
  params.set('format', format);
  return `/api/reports/changes?${params.toString()}`;
}
