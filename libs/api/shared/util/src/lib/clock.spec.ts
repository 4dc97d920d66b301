import { calendarDate } from './clock';

describe('calendar date', () => {
  it('is the date in London, not in UTC, in summer', () => {
    expect(calendarDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(calendarDate(new Date('2026-06-30T22:59:00Z'))).toBe('2026-06-30');
  });

  it('is the UTC date in winter (GMT) and follows another zone when given', () => {
    expect(calendarDate(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-06');
    expect(calendarDate(new Date('2026-12-06T23:30:00Z'), 'Europe/Paris')).toBe('2026-12-07');
  });
});
