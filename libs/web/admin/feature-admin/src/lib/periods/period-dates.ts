export interface PeriodDates {
  readonly startsOn: string;
  readonly endsOn: string;
  readonly updateDeadline: string;
}

/** The checks the browser can make before asking the API (which also checks overlaps and the strategy's years). */
export function periodDateProblems(dates: PeriodDates): Array<{ key: keyof PeriodDates; message: string }> {
  const problems: Array<{ key: keyof PeriodDates; message: string }> = [];
  if (!dates.startsOn) problems.push({ key: 'startsOn', message: 'Enter the start date' });
  if (!dates.endsOn) problems.push({ key: 'endsOn', message: 'Enter the end date' });
  else if (dates.startsOn && dates.endsOn < dates.startsOn)
    problems.push({ key: 'endsOn', message: 'The end date must be on or after the start date' });
  if (!dates.updateDeadline) problems.push({ key: 'updateDeadline', message: 'Enter the update deadline' });
  else if (dates.startsOn && dates.updateDeadline < dates.startsOn)
    problems.push({ key: 'updateDeadline', message: 'The update deadline must be on or after the start date' });
  return problems;
}
