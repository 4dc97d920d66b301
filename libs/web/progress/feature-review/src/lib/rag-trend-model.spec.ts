import type { RagTrendQuery } from '@waymark/web/shared/data-access';
import { trendBars, trendRows, trendScopes, WHOLE_STRATEGY } from './rag-trend-model';

const share = (red: number, amber: number, green: number, notRated: number) => {
  const total = red + amber + green + notRated;
  const pc = (n: number) => Math.round((n * 100) / total);
  return {
    red,
    amber,
    green,
    notRated,
    total,
    redPercent: pc(red),
    amberPercent: pc(amber),
    greenPercent: pc(green),
    notRatedPercent: pc(notRated),
  };
};

const trend: RagTrendQuery['ragTrend'] = {
  heading: 'RAG trend',
  themeLabel: 'Strategic Aim',
  themes: [
    { themeId: 't1', number: 1, title: 'Raise awareness' },
    { themeId: 't2', number: 2, title: 'Support victims' },
  ],
  periods: [
    {
      periodId: 'q1',
      name: 'Q1',
      state: 'SignedOff',
      frozen: true,
      all: share(1, 1, 7, 1),
      themes: [{ themeId: 't1', ...share(1, 1, 7, 1) }],
    },
    {
      periodId: 'q2',
      name: 'Q2',
      state: 'InReview',
      frozen: false,
      all: share(2, 2, 6, 2),
      themes: [
        { themeId: 't1', ...share(1, 1, 4, 0) },
        { themeId: 't2', ...share(1, 1, 2, 2) },
      ],
    },
  ],
};

describe('RAG trend on the review dashboard', () => {
  it('offers the whole strategy, then each theme by number', () => {
    expect(trendScopes(trend).map((s) => s.label)).toEqual([
      'Whole strategy',
      'Strategic Aim 1: Raise awareness',
      'Strategic Aim 2: Support victims',
    ]);
  });

  it('gives a row per period in order; a theme absent from a period counts zero', () => {
    expect(trendRows(trend, WHOLE_STRATEGY).map((r) => [r.periodName, r.stateWord, r.share.greenPercent])).toEqual([
      ['Q1', 'Signed off', 70],
      ['Q2', 'In review', 50],
    ]);
    expect(trendRows(trend, 't2')[0].share.total).toBe(0);
  });

  it('draws a stacked bar per period with the green share in its label', () => {
    expect(trendBars(trendRows(trend, WHOLE_STRATEGY))[1]).toEqual({
      label: 'Q2 (50% green)',
      counts: { Red: 2, Amber: 2, Green: 6 },
      none: 2,
    });
  });
});
