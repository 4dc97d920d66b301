import { Injectable } from '@nestjs/common';
import { localDate } from '@waymark/shared/domain';

/**
 * The calendar date (ISO `YYYY-MM-DD`) of an instant in a time zone (Europe/London unless given): "today" for
 * deadlines, overdue and digests. One rule, `localDate` in the shared domain, so a deadline never flips at UTC
 * midnight in one view and local midnight in another.
 */
export const calendarDate = localDate;

/** The API's clock. Tests replace `now` to drive it (a day, a week later) without sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(timeZone?: string): string {
    return calendarDate(this.now(), timeZone);
  }
}
