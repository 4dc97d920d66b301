import { summariseOwed, type OwedItem } from './owed-summary';

const item = (status: string, period = 'q3', deadline = '2026-12-09', strategy = 'Hate Crime Strategy'): OwedItem => ({
  strategyId: strategy,
  strategyTitle: strategy,
  period: { id: period, name: period.toUpperCase() },
  deadline,
  status,
});

describe('what a person owes, per period', () => {
  it('counts what is still to submit apart from what is submitted or accepted, with the deadline in words', () => {
    const [q3] = summariseOwed(
      [item('not_started'), item('not_started'), item('draft'), item('returned'), item('submitted'), item('accepted')],
      '2026-12-06',
    );
    expect(q3).toMatchObject({
      periodName: 'Q3',
      owed: 4,
      notStarted: 2,
      drafts: 1,
      returned: 1,
      submitted: 1,
      accepted: 1,
      deadline: '2026-12-09',
      deadlineInWords: 'due in 3 days',
      daysUntilDeadline: 3,
      isOverdue: false,
    });
  });

  it('is overdue only past the deadline with something still owed', () => {
    expect(summariseOwed([item('draft', 'q2', '2026-12-04')], '2026-12-06')[0]).toMatchObject({
      isOverdue: true,
      deadlineInWords: '2 days overdue',
    });
    expect(summariseOwed([item('submitted', 'q2', '2026-12-04')], '2026-12-06')[0]).toMatchObject({
      isOverdue: false,
      owed: 0,
    });
    expect(summariseOwed([item('draft', 'q2', '2026-12-06')], '2026-12-06')[0]).toMatchObject({
      isOverdue: false,
      deadlineInWords: 'due today',
    });
  });

  it('lists periods soonest deadline first, one entry per period', () => {
    const list = summariseOwed(
      [
        item('draft', 'late', '2027-01-31', 'B'),
        item('draft', 'soon', '2026-12-31', 'A'),
        item('not_started', 'late', '2027-01-31', 'B'),
      ],
      '2026-12-06',
    );
    expect(list.map((p) => [p.periodId, p.owed])).toEqual([
      ['soon', 1],
      ['late', 2],
    ]);
  });
});
