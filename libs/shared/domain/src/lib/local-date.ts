/** The time zone of a partnership that has not chosen one. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (ISO `YYYY-MM-DD`) at `now` in `timeZone`. Deadlines are dates in the partnership's time zone,
 * so "today" must be too: in British Summer Time, UTC's date is still yesterday until 01:00.
 */
export function localDate(now: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(now);
}

/** True when the IANA name (e.g. `Europe/London`) is a time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
