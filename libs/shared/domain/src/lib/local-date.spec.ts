import { isTimeZone, localDate } from './local-date';

describe('localDate', () => {
  it('gives the London date, which in summer time is a day ahead of UTC just after midnight', () => {
    const justAfterMidnightBst = new Date('2026-07-14T23:30:00Z'); // 00:30 on 15 July in London
    expect(justAfterMidnightBst.toISOString().slice(0, 10)).toBe('2026-07-14');
    expect(localDate(justAfterMidnightBst)).toBe('2026-07-15');
    expect(localDate(justAfterMidnightBst, 'UTC')).toBe('2026-07-14');
  });

  it('matches UTC in winter in London and follows other zones', () => {
    expect(localDate(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-14');
    expect(localDate(new Date('2026-01-14T23:30:00Z'), 'Europe/Paris')).toBe('2026-01-15');
  });

  it('knows real time zone names only', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
