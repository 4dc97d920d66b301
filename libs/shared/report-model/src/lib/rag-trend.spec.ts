import { PeriodState, Rag, ReviewState } from '@waymark/shared/domain';
import { buildBoardReport } from './build-board-report';
import { buildRagTrend, ragTrendPeriods, ragTrendTables } from './rag-trend';
import type { BoardReport } from './board-report';
import type { ReportSource } from './report-source';
import { yorkExampleSource } from './york-example';

describe('RAG trend', () => {
  const source = yorkExampleSource();

  it('shows signed-off and in-review periods and the current one, in period order, ending where asked', () => {
    expect(ragTrendPeriods(source.periods, '2015-10-20').map((p) => p.id)).toEqual(['q1', 'q2']);
    expect(ragTrendPeriods(source.periods, '2015-10-20', 'q1').map((p) => p.id)).toEqual(['q1']);
  });

  it('counts each live period by the shared rule, with percentages of the total', () => {
    const trend = buildRagTrend(source, ragTrendPeriods(source.periods, '2015-10-20'), new Map());
    const q2 = trend.periods[1];
    const counted = q2.themes.reduce((n, t) => n + t.total, 0);
    expect(q2.all.total).toBe(source.actions.length);
    expect(counted).toBe(source.actions.length);
    expect(q2.all.red + q2.all.amber + q2.all.green + q2.all.notRated).toBe(q2.all.total);
    expect(q2.all.greenPercent).toBe(Math.round((q2.all.green * 100) / q2.all.total));
    expect(trend.themes.map((t) => t.number)).toEqual(trend.themes.map((_, i) => i + 1));
  });

  it('counts a signed-off period from its frozen report, not from live data changed since', () => {
    const frozen: BoardReport = buildBoardReport(source, { periodId: 'q1', generatedOn: '2015-07-20' });
    const changed: ReportSource = {
      ...source,
      updates: source.updates.map((u) =>
        u.periodId === 'q1'
          ? { ...u, proposedRag: Rag.Red, validatedRag: Rag.Red, reviewState: ReviewState.Accepted }
          : u,
      ),
    };
    const periods = ragTrendPeriods(changed.periods, '2015-10-20');
    const fromSnapshot = buildRagTrend(changed, periods, new Map([['q1', frozen]]));
    const live = buildRagTrend(changed, periods, new Map());
    expect(fromSnapshot.periods[0]).toMatchObject({ state: PeriodState.SignedOff, frozen: true });
    expect(fromSnapshot.periods[0].all.red).toBe(
      frozen.sections.flatMap((s) => s.rows).filter((r) => r.rag === Rag.Red).length,
    );
    expect(live.periods[0].all.red).toBeGreaterThan(fromSnapshot.periods[0].all.red);
  });

  it('prints a table for the whole strategy and one per theme', () => {
    const trend = buildRagTrend(source, ragTrendPeriods(source.periods, '2015-10-20'), new Map());
    const tables = ragTrendTables(trend);
    expect(tables[0].heading).toBe('Whole strategy');
    expect(tables).toHaveLength(trend.themes.length + 1);
    expect(tables[1].heading).toMatch(/^\S.* 1: /);
  });
});
