import { daysBetween, deadlineInWords, longDate } from './deadline-words';

describe('deadlines in words', () => {
  it.each([
    ['2026-12-09', 'due in 3 days'],
    ['2026-12-07', 'due tomorrow'],
    ['2026-12-06', 'due today'],
    ['2026-12-05', '1 day overdue'],
    ['2026-12-04', '2 days overdue'],
    ['2027-01-05', 'due in 30 days'],
  ])('a deadline of %s seen on 6 December 2026 is %s', (deadline, words) => {
    expect(deadlineInWords(deadline, '2026-12-06')).toBe(words);
  });

  it('counts calendar days across the clock change and leap days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-06', '2026-12-01')).toBe(-5);
  });

  it('writes dates the GOV.UK way', () => {
    expect(longDate('2026-12-06')).toBe('6 December 2026');
    expect(longDate('2027-01-31T00:00:00.000Z')).toBe('31 January 2027');
  });
});
