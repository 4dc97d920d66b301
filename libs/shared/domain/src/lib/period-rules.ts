/**
 * The one rule for an action that has not started yet in a period: its start date falls after the period's end.
 * Such an action owes no update for the period; every view and report calls it "Not started yet", never missing.
 * Dates are ISO `YYYY-MM-DD` strings (compared as text); no start date means it started with the plan.
 */
export function isNotStartedYet(actionStartsOn: string | null | undefined, periodEndsOn: string): boolean {
  return !!actionStartsOn && actionStartsOn.slice(0, 10) > periodEndsOn.slice(0, 10);
}

export const NOT_STARTED_YET_TEXT = 'Not started yet';

/** A span of dates, ISO `YYYY-MM-DD`, both ends inclusive. */
export interface DateSpan {
  readonly startsOn: string;
  readonly endsOn: string;
}

/** Periods of a strategy must not overlap: two spans overlap when each starts on or before the other ends. */
export function spansOverlap(a: DateSpan, b: DateSpan): boolean {
  return a.startsOn.slice(0, 10) <= b.endsOn.slice(0, 10) && b.startsOn.slice(0, 10) <= a.endsOn.slice(0, 10);
}

/** A period must start and end within its strategy's years. */
export function spanWithin(outer: DateSpan, inner: DateSpan): boolean {
  return (
    inner.startsOn.slice(0, 10) >= outer.startsOn.slice(0, 10) && inner.endsOn.slice(0, 10) <= outer.endsOn.slice(0, 10)
  );
}

/** The first of `others` a period's dates overlap (the rule reporting periods are held to), or null. */
export function firstOverlapping<T extends DateSpan>(dates: DateSpan, others: readonly T[]): T | null {
  return others.find((other) => spansOverlap(dates, other)) ?? null;
}
