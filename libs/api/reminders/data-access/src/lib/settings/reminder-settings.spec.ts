import { DEFAULT_REMINDER_SETTINGS, reminderSettingsProblems } from './reminder-settings';

describe('reminder settings validation', () => {
  it('accepts the defaults: 7 days before, chasers on the day and 3 days after, escalation after 7', () => {
    expect(DEFAULT_REMINDER_SETTINGS).toMatchObject({
      reminderDaysBefore: 7,
      chaserDaysAfter: 3,
      escalationDaysAfter: 7,
    });
    expect(reminderSettingsProblems(DEFAULT_REMINDER_SETTINGS)).toEqual([]);
  });

  it('names every field with a negative, zero, fractional or too large number of days', () => {
    const problems = reminderSettingsProblems({
      ...DEFAULT_REMINDER_SETTINGS,
      reminderDaysBefore: -2,
      chaserDaysAfter: 1.5,
      escalationDaysAfter: 400,
    });
    expect(problems.map((p) => p.field)).toEqual([
      'input.reminderDaysBefore',
      'input.chaserDaysAfter',
      'input.escalationDaysAfter',
    ]);
    expect(problems[0].message).toBe('Days before the deadline must be a whole number of days, 1 or more');
  });

  it('refuses an escalation that would come before (or with) the second chaser', () => {
    expect(
      reminderSettingsProblems({ ...DEFAULT_REMINDER_SETTINGS, chaserDaysAfter: 5, escalationDaysAfter: 5 }),
    ).toEqual([
      {
        field: 'input.escalationDaysAfter',
        message: 'Escalation must come after the second chaser: enter more than 5 days after the deadline',
      },
    ]);
  });
});
