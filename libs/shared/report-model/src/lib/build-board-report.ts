import {
  compareOrdered,
  IndicatorDirection,
  indicatorStatus,
  INDICATOR_STATUS_LABEL,
  isNotStartedYet,
  isOverdue,
  LIFECYCLE_LABEL,
  NOT_STARTED_YET_TEXT,
  pluralNoun,
  RAG_LABEL,
  Rag,
  ReviewState,
} from '@waymark/shared/domain';
import type {
  BoardReport,
  BoardReportOptions,
  ExceptionReason,
  IndicatorAppendix,
  NumberedParagraph,
  OptionalColumn,
  RagCell,
  ReportColumn,
  ReportPeriodInfo,
  ReportProgress,
  ReportRow,
  ReportSection,
} from './board-report';
import { OPTIONAL_COLUMNS } from './board-report';
import {
  formatDate,
  formatYears,
  groupBy,
  IndexedAction,
  indexPlan,
  isReceived,
  lifecycleAt,
  owesUpdate,
  ragAt,
  ragCellLabel,
} from './plan-index';
import type { ReportSource, SourcePeriod, SourceUpdate } from './report-source';
import { acceptedUpdatesOnly } from './report-visibility';
import { coverReport, pluralLabel, reportClosing, reportTitle } from './report-frame';

export const NO_UPDATE_TEXT = 'No update received';
const MARKERS: Record<Exclude<ReportProgress['state'], 'accepted' | 'missing' | 'not_started'>, string> = {
  submitted: 'Not yet accepted',
  returned: 'Returned to lead, not accepted',
  draft: 'Draft, not yet submitted',
};

export class ReportOptionError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReportOptionError';
  }
}

/**
 * The board update report ("Update on Implementation of …") as plain data: the single model the
 * browser preview and every export render, so they cannot disagree. Pure: same input, same output.
 */
export function buildBoardReport(allUpdates: ReportSource, options: BoardReportOptions = {}): BoardReport {
  const includesUnaccepted = !!options.includeUnaccepted;
  const source = includesUnaccepted ? allUpdates : acceptedUpdatesOnly(allUpdates);
  const generatedOn = options.generatedOn ?? new Date().toISOString().slice(0, 10);
  const plan = indexPlan(source);
  const period = choosePeriod(plan.periods, options.periodId, generatedOn);
  const periodIndex = plan.periods.indexOf(period);
  const previous = periodIndex > 0 ? plan.periods[periodIndex - 1] : null;
  // Overdue as the board would see it: at the period's end, or today if the period is still running.
  const asOf = generatedOn < period.endsOn ? generatedOn : period.endsOn;
  const extra = normaliseColumns(options.columns);
  const historyLength = Math.max(1, Math.min(12, options.historyLength ?? 4));
  const historyPeriods = extra.includes('history')
    ? plan.periods.slice(Math.max(0, periodIndex - historyLength + 1), periodIndex + 1)
    : [];
  const { strategy } = source;
  const hasObjectiveColumn = strategy.hasObjectiveLevel && source.objectives.length > 0;
  const columns = tableColumns(strategy, hasObjectiveColumn, extra);
  const themeFilter = options.themeIds && options.themeIds.length > 0 ? new Set(options.themeIds) : null;
  if (themeFilter) {
    const unknown = [...themeFilter].filter((id) => !source.themes.some((t) => t.id === id));
    if (unknown.length)
      throw new ReportOptionError(
        'themes',
        `No ${strategy.themeLabel.toLowerCase()} ${unknown.join(', ')} in this strategy.`,
      );
  }
  const commentaryByTheme = groupBy(
    source.commentary.filter((c) => c.periodId === period.id && c.body.trim() !== ''),
    (c) => c.themeId,
  );

  let paragraph = 0;
  let total = 0;
  let exceptionsCount = 0;
  let missing = 0;
  const sections: ReportSection[] = [];
  for (const theme of plan.themes) {
    if (themeFilter && !themeFilter.has(theme.theme.id)) continue;
    const paragraphNumber = ++paragraph;
    const rows: ReportRow[] = [];
    for (const group of theme.groups) {
      const groupRows = group.actions
        .map((indexed) => buildRow(indexed, plan.update.bind(plan), period, previous, historyPeriods, asOf))
        .filter((row) => {
          total++;
          if (row.exceptions.length) exceptionsCount++;
          if (row.exceptions.includes('missing')) missing++;
          return !options.onlyExceptions || row.exceptions.length > 0;
        });
      groupRows.forEach((row, i) => {
        const objective =
          i === 0 && hasObjectiveColumn
            ? { id: group.objective?.id ?? null, title: group.objective?.title ?? '', rowSpan: groupRows.length }
            : null;
        rows.push({ ...row, objective });
      });
    }
    const commentary: NumberedParagraph[] = [...(commentaryByTheme.get(theme.theme.id) ?? [])]
      .sort(compareOrdered)
      .map((c) => ({ number: ++paragraph, text: c.body.trim() }));
    sections.push({
      themeId: theme.theme.id,
      themeNumber: theme.number,
      paragraphNumber,
      heading: `${strategy.themeLabel} ${theme.number}: ${theme.theme.title}`,
      title: theme.theme.title,
      rows,
      emptyMessage: rows.length ? null : emptySectionMessage(strategy.actionLabel, !!options.onlyExceptions),
      commentary,
    });
  }

  const cover = coverReport(options.cover);
  return {
    kind: 'board-update',
    edition: null,
    corrections: [],
    includesUnaccepted,
    strategyId: strategy.id,
    partnershipId: strategy.partnershipId,
    title: reportTitle(strategy.title, strategy.startsOn, strategy.endsOn),
    strategyTitle: strategy.title,
    years: formatYears(strategy.startsOn, strategy.endsOn),
    period: periodInfo(period),
    previousPeriod: previous ? periodInfo(previous) : null,
    generatedOn,
    dateLabel: cover?.meetingLabel ?? formatDate(generatedOn),
    introduction: options.introduction?.trim() || null,
    cover,
    closing: reportClosing(options.closing),
    levelHeading: pluralLabel(strategy.themeLabel),
    labels: { theme: strategy.themeLabel, objective: strategy.objectiveLabel, action: strategy.actionLabel },
    columns,
    hasObjectiveColumn,
    onlyExceptions: !!options.onlyExceptions,
    historyPeriods: historyPeriods.map((p) => ({ id: p.id, name: p.name })),
    sections,
    appendix: options.includeIndicators ? buildAppendix(source, plan.periods.slice(0, periodIndex + 1)) : null,
    ragTrend: options.includeRagTrend ? (options.ragTrend ?? null) : null,
    landscape: columns.length > 3,
    summary: {
      actions: total,
      shown: sections.reduce((n, s) => n + s.rows.length, 0),
      exceptions: exceptionsCount,
      missing,
    },
  };
}

function buildRow(
  indexed: IndexedAction,
  updateOf: (actionId: string, periodId: string) => SourceUpdate | undefined,
  period: SourcePeriod,
  previous: SourcePeriod | null,
  historyPeriods: readonly SourcePeriod[],
  asOf: string,
): Omit<ReportRow, 'objective'> {
  const { action } = indexed;
  const update = updateOf(action.id, period.id);
  const previousUpdate = previous ? updateOf(action.id, previous.id) : undefined;
  const status = lifecycleAt(action, update);
  const rag = ragAt(action, update);
  const previousRag = previous ? ragAt(action, previousUpdate) : null;
  const progress = progressOf(update, isNotStartedYet(action.startsOn, period.endsOn));
  const overdue = isOverdue(action.currentDueOn, status, asOf);
  const exceptions: ExceptionReason[] = [];
  if (rag === Rag.Red) exceptions.push('red');
  if (rag === Rag.Amber) exceptions.push('amber');
  if (overdue) exceptions.push('overdue');
  if (progress.state === 'missing' && owesUpdate(status)) exceptions.push('missing');
  const ragHistory: RagCell[] = historyPeriods.map((p) => {
    const u = updateOf(action.id, p.id);
    return { periodId: p.id, periodName: p.name, rag: ragAt(action, u), label: ragCellLabel(action, u, p.endsOn) };
  });
  return {
    actionId: action.id,
    objectiveId: action.objectiveId,
    position: indexed.position,
    number: indexed.number,
    reference: indexed.reference,
    ref: action.ref,
    title: action.title,
    progress,
    lead: leadOf(action.leadOrganisation, action.leadPerson),
    dueOn: action.currentDueOn,
    dueLabel: action.currentDueOn ? formatDate(action.currentDueOn) : null,
    dueMoved: !!action.originalDueOn && !!action.currentDueOn && action.originalDueOn !== action.currentDueOn,
    overdue,
    lifecycleStatus: status,
    lifecycleLabel: LIFECYCLE_LABEL[status],
    rag,
    ragLabel: rag ? RAG_LABEL[rag] : null,
    previousRag,
    previousRagLabel: previousRag ? RAG_LABEL[previousRag] : null,
    ragHistory,
    exceptions,
  };
}

/** Accepted (or RAG-validated) text as is; other states keep their text behind a marker. */
export function progressOf(update: SourceUpdate | undefined, notStartedYet = false): ReportProgress {
  if (notStartedYet && (!update || update.narrative.trim() === ''))
    return { text: NOT_STARTED_YET_TEXT, state: 'not_started', marker: null };
  if (!update || update.narrative.trim() === '') return { text: NO_UPDATE_TEXT, state: 'missing', marker: null };
  const text = update.narrative.trim();
  if (update.reviewState === ReviewState.Accepted || update.validatedRag)
    return { text, state: 'accepted', marker: null };
  const state = update.reviewState as 'submitted' | 'returned' | 'draft';
  if (state === 'draft' && !isReceived(update)) return { text, state, marker: MARKERS.draft };
  return { text, state, marker: MARKERS[state] };
}

export function emptySectionMessage(actionLabel: string, onlyExceptions: boolean): string {
  return onlyExceptions
    ? `No exceptions this period: every ${actionLabel.toLowerCase()} is on track with an update.`
    : `No ${pluralNoun(actionLabel.toLowerCase())} recorded.`;
}

function leadOf(organisation: string | null, person: string | null): string | null {
  if (organisation && person) return `${organisation} (${person})`;
  return organisation ?? person ?? null;
}

function choosePeriod(
  periods: readonly SourcePeriod[],
  periodId: string | null | undefined,
  today: string,
): SourcePeriod {
  if (periods.length === 0)
    throw new ReportOptionError(
      'period',
      'This strategy has no reporting periods yet: add one before producing a report.',
    );
  if (periodId) {
    const found = periods.find((p) => p.id === periodId);
    if (!found) throw new ReportOptionError('period', `Reporting period ${periodId} does not belong to this strategy.`);
    return found;
  }
  const started = periods.filter((p) => p.startsOn <= today);
  return started[started.length - 1] ?? periods[0];
}

export function normaliseColumns(columns: readonly OptionalColumn[] | null | undefined): OptionalColumn[] {
  const wanted = new Set(columns ?? []);
  for (const c of wanted) {
    if (!OPTIONAL_COLUMNS.includes(c))
      throw new ReportOptionError('columns', `Unknown column "${c}": choose from ${OPTIONAL_COLUMNS.join(', ')}.`);
  }
  return OPTIONAL_COLUMNS.filter((c) => wanted.has(c));
}

function tableColumns(
  strategy: ReportSource['strategy'],
  hasObjectiveColumn: boolean,
  extra: readonly OptionalColumn[],
): ReportColumn[] {
  const headings: Record<OptionalColumn, string> = { lead: 'Lead', due: 'Due', rag: 'RAG', history: 'RAG history' };
  return [
    ...(hasObjectiveColumn ? [{ key: 'objective' as const, heading: strategy.objectiveLabel }] : []),
    { key: 'action', heading: strategy.actionLabel },
    { key: 'progress', heading: 'Progress' },
    ...extra.map((key) => ({ key, heading: headings[key] })),
  ];
}

function periodInfo(p: SourcePeriod): ReportPeriodInfo {
  return { id: p.id, name: p.name, startsOn: p.startsOn, endsOn: p.endsOn };
}

function buildAppendix(source: ReportSource, periods: readonly SourcePeriod[]): IndicatorAppendix {
  const values = new Map(source.indicatorValues.map((v) => [`${v.indicatorId}|${v.periodId}`, v.value]));
  const rows = [...source.indicators].sort(compareOrdered).map((indicator) => {
    const series = periods.map((p) => values.get(`${indicator.id}|${p.id}`) ?? null);
    const latest = [...series].reverse().find((v) => v !== null) ?? null;
    const meetsTarget =
      latest === null || indicator.target === null
        ? null
        : indicator.direction === IndicatorDirection.HigherIsBetter
          ? latest >= indicator.target
          : latest <= indicator.target;
    const measure = {
      direction: indicator.direction,
      target: indicator.target,
      tolerance: indicator.tolerance ?? null,
    };
    const statuses = series.map((value) => (value === null ? null : indicatorStatus(value, measure)));
    const latestStatus = latest === null ? null : indicatorStatus(latest, measure);
    return {
      indicatorId: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      directionLabel:
        indicator.direction === IndicatorDirection.HigherIsBetter ? 'Higher is better' : 'Lower is better',
      baseline: indicator.baseline,
      target: indicator.target,
      values: series,
      latest,
      meetsTarget,
      statuses,
      latestStatusLabel: latestStatus ? INDICATOR_STATUS_LABEL[latestStatus] : null,
    };
  });
  return {
    heading: 'Appendix: performance indicators',
    periods: periods.map((p) => ({ id: p.id, name: p.name })),
    rows,
  };
}
