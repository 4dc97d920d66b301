import { periodDateProblems } from './period-dates';

describe('period dates', () => {
  it('accepts ordered dates', () => {
    expect(periodDateProblems({ startsOn: '2026-04-01', endsOn: '2026-06-30', updateDeadline: '2026-07-14' })).toEqual(
      [],
    );
  });

  it('names each missing or out-of-order date', () => {
    expect(periodDateProblems({ startsOn: '', endsOn: '', updateDeadline: '' }).map((p) => p.key)).toEqual([
      'startsOn',
      'endsOn',
      'updateDeadline',
    ]);
    expect(periodDateProblems({ startsOn: '2026-04-01', endsOn: '2026-03-31', updateDeadline: '2026-03-01' })).toEqual([
      { key: 'endsOn', message: 'The end date must be on or after the start date' },
      { key: 'updateDeadline', message: 'The update deadline must be on or after the start date' },
    ]);
  });
});
