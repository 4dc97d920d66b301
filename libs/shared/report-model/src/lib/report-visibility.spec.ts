import { defaultReportPeriod } from './report-visibility';

describe('defaultReportPeriod', () => {
  const periods = [
    { id: 'q1', startsOn: '2025-04-01', state: 'signed_off' },
    { id: 'q2', startsOn: '2025-07-01', state: 'signed_off' },
    { id: 'q3', startsOn: '2025-10-01', state: 'in_review' },
    { id: 'q4', startsOn: '2026-01-01', state: 'open' },
  ];
  const today = '2026-01-15';

  it('opens a reader on the latest signed-off period, not the open empty one', () => {
    expect(defaultReportPeriod(periods, false, today)).toEqual({ period: periods[1], reason: 'latest-signed-off' });
  });

  it('opens someone preparing the next board on the period in review', () => {
    expect(defaultReportPeriod(periods, true, today)).toEqual({ period: periods[2], reason: 'in-review' });
  });

  it('reads GraphQL state names as well as the domain values', () => {
    const named = periods.map((p) => ({
      ...p,
      state: p.state === 'signed_off' ? 'SignedOff' : p.state === 'in_review' ? 'InReview' : 'Open',
    }));
    expect(defaultReportPeriod(named, true, today)?.period.id).toBe('q3');
    expect(defaultReportPeriod(named, false, today)?.period.id).toBe('q2');
  });

  it('falls back to the latest period that has started when none is signed off, and to nothing without periods', () => {
    const open = periods.map((p) => ({ ...p, state: 'open' }));
    expect(defaultReportPeriod(open, true, '2025-08-01')).toEqual({ period: open[1], reason: 'latest-started' });
    expect(defaultReportPeriod([], false, today)).toBeNull();
  });
});
