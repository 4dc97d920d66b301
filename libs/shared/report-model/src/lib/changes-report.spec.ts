import { LifecycleStatus, Rag, ReviewState } from '@waymark/shared/domain';
import { buildChangesReport } from './changes-report';
import { yorkExampleSource } from './york-example';
import type { ReportSource } from './report-source';

describe('changes since last period', () => {
  const source = yorkExampleSource();
  const report = buildChangesReport(source, 'q2', '2015-10-20');

  it('compares the period with the one before it', () => {
    expect(report.previousPeriod?.name).toBe('Q1 2015-16');
    expect(report.title).toMatch(/^Changes since Q1 2015-16: Embracing Diversity/);
  });

  it('lists RAG movements with their direction', () => {
    expect(report.ragMovements.length).toBeGreaterThan(0);
    expect(report.ragMovements.every((m) => m.direction === 'worse' && m.from === Rag.Green)).toBe(true);
    expect(report.ragMovements[0].detail).toMatch(/^Green → (Amber|Red)$/);
  });

  it('lists missing updates, overdue actions and moved due dates', () => {
    expect(report.updatesMissing.map((i) => i.reference)).toEqual(['2.2 i)']);
    expect(report.overdue.every((i) => i.detail.startsWith('Due 31 Mar 2015'))).toBe(true);
    expect(report.dueDatesMoved.map((i) => [i.reference, i.detail])).toEqual([['1.1 i)', '30 Jun 2015 → 31 Mar 2016']]);
  });

  it('counts completions, new actions and copied-forward text', () => {
    const changed: ReportSource = {
      ...source,
      actions: [...source.actions.slice(1), { ...source.actions[0], createdOn: '2015-08-01' }],
      updates: source.updates.map((u) => {
        if (u.actionId === 't3o1a1' && u.periodId === 'q2') return { ...u, lifecycleStatus: LifecycleStatus.Complete };
        if (u.actionId === 't4o1a1' && u.periodId === 'q2')
          return { ...u, narrative: 'Earlier:  an audit of data was undertaken.', reviewState: ReviewState.Submitted };
        return u;
      }),
    };
    const result = buildChangesReport(changed, 'q2', '2015-10-20');
    expect(result.completed.map((i) => i.reference)).toEqual(['3.1 i)']);
    expect(result.newActions.map((i) => i.reference)).toEqual(['1.1 i)']);
    expect(result.staleText.map((i) => i.reference)).toEqual(['4.1 i)']);
  });

  it('gives the RAG distribution per theme now and before', () => {
    expect(report.distribution).toHaveLength(4);
    const first = report.distribution[0];
    expect(first.previous).toEqual({ red: 0, amber: 0, green: 5, notRated: 0, total: 5 });
    expect(first.now.total).toBe(5);
    expect(report.totals.now.total).toBe(source.actions.length);
  });
});
