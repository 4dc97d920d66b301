import { owedBreakdown, owedHeadline, waitingText, type OwedPeriod } from './home-words';

const period = (counts: Partial<OwedPeriod>): OwedPeriod => ({
  strategyId: 's',
  strategyTitle: 'Hate Crime Strategy',
  periodId: 'p',
  periodName: 'Q3',
  deadline: '2027-01-15',
  deadlineInWords: 'due in 3 days',
  daysUntilDeadline: 3,
  owed: 0,
  notStarted: 0,
  drafts: 0,
  returned: 0,
  submitted: 0,
  accepted: 0,
  isOverdue: false,
  ...counts,
});

describe('home page words', () => {
  it('says how many updates are still to submit, and what they are', () => {
    const p = period({ owed: 4, notStarted: 2, drafts: 1, returned: 1, submitted: 1 });
    expect(owedHeadline(p)).toBe('4 updates to submit');
    expect(owedBreakdown(p)).toBe('2 not started, 1 draft, 1 returned to you, 1 waiting for review');
    expect(owedHeadline(period({ owed: 1, drafts: 1 }))).toBe('1 update to submit');
  });

  it('says when nothing is left', () => {
    const p = period({ submitted: 2, accepted: 1 });
    expect(owedHeadline(p)).toBe('Nothing left to submit');
    expect(owedBreakdown(p)).toBe('2 waiting for review, 1 accepted');
  });

  it('counts updates waiting for review', () => {
    expect(waitingText(1)).toBe('1 update waiting for review');
    expect(waitingText(3)).toBe('3 updates waiting for review');
  });
});
