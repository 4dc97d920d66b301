/**
 * The one rule for an action that has not started yet in a period: its start date falls after the period's end.
 * Such an action owes no update for the period; every view and report calls it "Not started yet", never missing.
 * Dates are ISO `YYYY-MM-DD` strings (compared as text); no start date means it started with the plan.
 */
export function isNotStartedYet(actionStartsOn: string | null | undefined, periodEndsOn: string): boolean {
  return !!actionStartsOn && actionStartsOn.slice(0, 10) > periodEndsOn.slice(0, 10);
}

export const NOT_STARTED_YET_TEXT = 'Not started yet';
