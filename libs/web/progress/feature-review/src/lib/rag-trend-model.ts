import type { RagTrendQuery } from '@waymark/web/shared/data-access';
import type { RagBarRow } from '@waymark/web/shared/ui';

type Trend = RagTrendQuery['ragTrend'];
type Share = Trend['periods'][number]['all'];

export const WHOLE_STRATEGY = '';

export interface RagTrendRow {
  readonly periodId: string;
  readonly periodName: string;
  /** "Signed off", "In review" or "Current". */
  readonly stateWord: string;
  readonly share: Share;
}

/** The scopes a reader can choose: the whole strategy ('' ) and each theme, "Strategic Aim 1: …". */
export function trendScopes(trend: Trend): Array<{ value: string; label: string }> {
  return [
    { value: WHOLE_STRATEGY, label: 'Whole strategy' },
    ...trend.themes.map((t) => ({ value: t.themeId, label: `${trend.themeLabel} ${t.number}: ${t.title}` })),
  ];
}

const STATE_WORD: Record<string, string> = { SignedOff: 'Signed off', InReview: 'In review', Open: 'Current' };

/** One row per period for the chosen scope, oldest first; a theme missing from a period counts as zero. */
export function trendRows(trend: Trend, themeId: string): RagTrendRow[] {
  return trend.periods.map((p) => ({
    periodId: p.periodId,
    periodName: p.name,
    stateWord: STATE_WORD[p.state] ?? p.state,
    share: themeId === WHOLE_STRATEGY ? p.all : (p.themes.find((t) => t.themeId === themeId) ?? EMPTY),
  }));
}

const EMPTY: Share = {
  red: 0,
  amber: 0,
  green: 0,
  notRated: 0,
  total: 0,
  redPercent: 0,
  amberPercent: 0,
  greenPercent: 0,
  notRatedPercent: 0,
};

/** The stacked bar per period, drawn by the dashboard's existing chart. */
export function trendBars(rows: readonly RagTrendRow[]): RagBarRow[] {
  return rows.map((row) => ({
    label: `${row.periodName} (${row.share.greenPercent}% green)`,
    counts: { Red: row.share.red, Amber: row.share.amber, Green: row.share.green },
    none: row.share.notRated,
  }));
}
