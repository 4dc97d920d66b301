import { compareOrdered, pluralNoun } from '@waymark/shared/domain';
import type {
  BoardReport,
  BoardReportOptions,
  NumberedParagraph,
  OptionalColumn,
  ReportColumn,
  ReportPeriodInfo,
  ReportRow,
  ReportSection,
} from './board-report';
import { OPTIONAL_COLUMNS } from './board-report';
import { formatDate, formatYears, groupBy, indexPlan } from './plan-index';
import type { ReportSource, SourcePeriod } from './report-source';
import { acceptedUpdatesOnly } from './report-visibility';
import { buildAppendix } from './indicator-appendix';
import { buildRow } from './report-row';
import { coverReport, pluralLabel, reportClosing, reportTitle } from './report-frame';

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

export function emptySectionMessage(actionLabel: string, onlyExceptions: boolean): string {
  return onlyExceptions
    ? `No exceptions this period: every ${actionLabel.toLowerCase()} is on track with an update.`
    : `No ${pluralNoun(actionLabel.toLowerCase())} recorded.`;
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
