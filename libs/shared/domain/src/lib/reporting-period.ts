import { PeriodState } from './enums';

/**
 * A strategy's reporting period (table `reporting_period`, less its created/updated timestamps): the one declaration
 * of its shape. The API's entity, records and views, and the report model's source, are this or a `Pick` of it.
 * Dates are ISO `YYYY-MM-DD` strings. A type, not an interface, so it is also a `Record<string, unknown>` (audit diffs).
 */
export type ReportingPeriod = {
  readonly id: string;
  readonly strategyId: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly updateDeadline: string;
  readonly state: PeriodState;
  readonly signedOffAt: Date | null;
  readonly signedOffById: string | null;
  readonly version: number;
};

/** A record as JSON built in SQL carries it: each timestamp is ISO text until it is made a `Date` again. */
export type JsonTimestamps<T> = {
  readonly [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};
