import { Injectable } from '@nestjs/common';

/** Where "today" is when a partnership has not said otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

/**
 * The calendar date (ISO `YYYY-MM-DD`) of an instant in a time zone: "today" for deadlines, overdue and digests.
 * The one place it is computed, so a deadline never flips at UTC midnight in one view and local midnight in another.
 */
export function calendarDate(now: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The API's clock. Tests replace `now` to drive it (a day, a week later) without sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(): string {
    return calendarDate(this.now());
  }
}
