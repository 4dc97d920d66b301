import type { FieldProblem } from '@waymark/api/shared/util';

/** Which messages a strategy sends and when, relative to each period's update deadline. */
export interface ReminderSettingsValues {
  readonly reminderEnabled: boolean;
  /** The reminder goes this many days before the deadline. */
  readonly reminderDaysBefore: number;
  /** Chasers: on the deadline day, and again this many days after it. */
  readonly chaserEnabled: boolean;
  readonly chaserDaysAfter: number;
  /** Escalation to the delivery group's chair and the accountable group, this many days after the deadline. */
  readonly escalationEnabled: boolean;
  readonly escalationDaysAfter: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettingsValues = {
  reminderEnabled: true,
  reminderDaysBefore: 7,
  chaserEnabled: true,
  chaserDaysAfter: 3,
  escalationEnabled: true,
  escalationDaysAfter: 7,
};

export const MAX_DAYS_BEFORE = 90;
export const MAX_DAYS_AFTER = 180;

function wholeDays(value: number, field: string, label: string, max: number, problems: FieldProblem[]): void {
  if (!Number.isInteger(value) || value < 1)
    problems.push({ field, message: `${label} must be a whole number of days, 1 or more` });
  else if (value > max) problems.push({ field, message: `${label} must be ${max} days or fewer` });
}

/** Every problem at once, each naming its field of `input`; an empty list means the settings can be saved. */
export function reminderSettingsProblems(s: ReminderSettingsValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  wholeDays(s.reminderDaysBefore, 'input.reminderDaysBefore', 'Days before the deadline', MAX_DAYS_BEFORE, problems);
  wholeDays(
    s.chaserDaysAfter,
    'input.chaserDaysAfter',
    'Days after the deadline for the second chaser',
    MAX_DAYS_AFTER,
    problems,
  );
  wholeDays(
    s.escalationDaysAfter,
    'input.escalationDaysAfter',
    'Days after the deadline for escalation',
    MAX_DAYS_AFTER,
    problems,
  );
  if (problems.length === 0 && s.escalationDaysAfter <= s.chaserDaysAfter)
    problems.push({
      field: 'input.escalationDaysAfter',
      message: `Escalation must come after the second chaser: enter more than ${s.chaserDaysAfter} days after the deadline`,
    });
  return problems;
}
