import { PeriodState, ragDistribution, ragShare, type Rag, type RagShare } from '@waymark/shared/domain';
import type { BoardReport } from './board-report';
import { indexPlan, ragAt, type IndexedAction, type PlanIndex } from './plan-index';
import type { ReportSource, SourcePeriod } from './report-source';

export const RAG_TREND_HEADING = 'RAG trend';

export interface RagTrendTheme {
  readonly themeId: string;
  /** Position of the theme in the strategy (Strategic Aim n). */
  readonly number: number;
  readonly title: string;
}

export interface RagTrendThemeShare extends RagShare {
  readonly themeId: string;
}

export interface RagTrendPeriod {
  readonly periodId: string;
  readonly name: string;
  readonly state: PeriodState;
  /** True when the counts come from the report frozen at sign-off, so they agree with the board report. */
  readonly frozen: boolean;
  /** Every theme together. */
  readonly all: RagShare;
  /** One per `RagTrend.themes`, in the same order. */
  readonly themes: readonly RagTrendThemeShare[];
}

/** Red / Amber / Green / not rated per period (oldest first) and per theme: the question committees ask. */
export interface RagTrend {
  readonly heading: string;
  readonly themeLabel: string;
  readonly themes: readonly RagTrendTheme[];
  readonly periods: readonly RagTrendPeriod[];
}

/**
 * The periods a trend shows, in period order: every signed-off and in-review period plus the current one (the
 * latest that has started by `today`); with `upToPeriodId`, none after that period (a board report's trend ends
 * with its own period).
 */
export function ragTrendPeriods(
  periods: readonly SourcePeriod[],
  today: string,
  upToPeriodId?: string | null,
): SourcePeriod[] {
  const sorted = [...periods].sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  const started = sorted.filter((p) => p.startsOn <= today);
  const current = started[started.length - 1];
  const end = upToPeriodId ? sorted.findIndex((p) => p.id === upToPeriodId) : sorted.length - 1;
  return sorted.filter((p, i) => i <= end && (p.state !== PeriodState.Open || p === current || p.id === upToPeriodId));
}

/**
 * The trend, counted by the one shared rule (`countedRag` then `ragDistribution`, as the review dashboard counts):
 * a signed-off period from its frozen board report (`frozen`, keyed by period id) so the trend agrees with the
 * report the board received; any other period from live data.
 */
export function buildRagTrend(
  source: ReportSource,
  periods: readonly SourcePeriod[],
  frozen: ReadonlyMap<string, BoardReport>,
): RagTrend {
  const plan = indexPlan(source);
  const themes: RagTrendTheme[] = plan.themes.map((t) => ({
    themeId: t.theme.id,
    number: t.number,
    title: t.theme.title,
  }));
  for (const report of frozen.values()) {
    for (const section of report.sections) {
      if (!themes.some((t) => t.themeId === section.themeId))
        themes.push({ themeId: section.themeId, number: section.themeNumber, title: section.title });
    }
  }
  const trendPeriods = periods.map((period): RagTrendPeriod => {
    const snapshot = period.state === PeriodState.SignedOff ? frozen.get(period.id) : undefined;
    const ragsByTheme = new Map<string, Array<Rag | null>>(themes.map((t) => [t.themeId, []]));
    if (snapshot) {
      for (const section of snapshot.sections)
        ragsByTheme.get(section.themeId)?.push(...section.rows.map((row) => row.rag));
    } else {
      for (const indexed of plan.actions) ragsByTheme.get(indexed.theme.id)?.push(liveRag(plan, indexed, period.id));
    }
    return {
      periodId: period.id,
      name: period.name,
      state: period.state,
      frozen: !!snapshot,
      all: ragShare(ragDistribution([...ragsByTheme.values()].flat())),
      themes: themes.map((t) => ({
        themeId: t.themeId,
        ...ragShare(ragDistribution(ragsByTheme.get(t.themeId) ?? [])),
      })),
    };
  });
  return { heading: RAG_TREND_HEADING, themeLabel: source.strategy.themeLabel, themes, periods: trendPeriods };
}

function liveRag(plan: PlanIndex, indexed: IndexedAction, periodId: string): Rag | null {
  return ragAt(indexed.action, plan.update(indexed.action.id, periodId));
}

export const WHOLE_STRATEGY = 'Whole strategy';
export const RAG_TREND_COLUMNS = ['Period', 'Red', 'Amber', 'Green', 'Not rated', 'Total'] as const;

export interface RagTrendTable {
  /** "Whole strategy", then "Strategic Aim 1: …" for each theme. */
  readonly heading: string;
  readonly themeId: string | null;
  readonly rows: readonly { readonly periodId: string; readonly periodName: string; readonly share: RagShare }[];
}

/** The trend as small tables, one for the whole strategy and one per theme, rows by period: what every format prints. */
export function ragTrendTables(trend: RagTrend): RagTrendTable[] {
  const whole: RagTrendTable = {
    heading: WHOLE_STRATEGY,
    themeId: null,
    rows: trend.periods.map((p) => ({ periodId: p.periodId, periodName: p.name, share: p.all })),
  };
  return [
    whole,
    ...trend.themes.map((theme, i) => ({
      heading: `${trend.themeLabel} ${theme.number}: ${theme.title}`,
      themeId: theme.themeId,
      rows: trend.periods.map((p) => ({ periodId: p.periodId, periodName: p.name, share: p.themes[i] })),
    })),
  ];
}

/** "3 (30%)": a count with its share of the total. */
export function countWithPercent(count: number, percent: number): string {
  return `${count} (${percent}%)`;
}

/** The cells after the period name, in `RAG_TREND_COLUMNS` order. */
export function ragTrendCells(share: RagShare): string[] {
  return [
    countWithPercent(share.red, share.redPercent),
    countWithPercent(share.amber, share.amberPercent),
    countWithPercent(share.green, share.greenPercent),
    countWithPercent(share.notRated, share.notRatedPercent),
    String(share.total),
  ];
}
