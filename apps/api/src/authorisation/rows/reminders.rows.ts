import { ADMIN_ONLY, MatrixRow, mutationDoc, QueryRow } from '../matrix-row';

/** Reminder settings, pauses and "send a reminder now": administrators only. */
export const REMINDER_ROWS: MatrixRow[] = [
  {
    mutation: 'updateReminderSettings',
    document: mutationDoc('updateReminderSettings', 'UpdateReminderSettingsInput', '{ strategyId version }'),
    prepare: (fx) => ({
      input: {
        strategyId: fx.strategyId,
        version: 1,
        reminderEnabled: true,
        reminderDaysBefore: 10,
        chaserEnabled: true,
        chaserDaysAfter: 2,
        escalationEnabled: false,
        escalationDaysAfter: 9,
      },
    }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'setRemindersPaused',
    document: mutationDoc('setRemindersPaused', 'SetRemindersPausedInput', '{ personId remindersPaused }'),
    prepare: (fx) => ({ input: { personId: fx.people.leadA.personId, paused: true } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'sendReminderNow',
    document: mutationDoc('sendReminderNow', 'SendReminderNowInput', '{ deliveryId }'),
    prepare: async (fx, db) => {
      const period = await fx.period('open');
      const action = await fx.action('A');
      await db(`UPDATE action SET lead_person_id = $1 WHERE id = $2`, [fx.people.leadA.personId, action.id]);
      return { input: { periodId: period.id, personId: fx.people.leadA.personId } };
    },
    allowed: ADMIN_ONLY,
  },
];

export const REMINDER_QUERY_ROWS: QueryRow[] = [
  {
    query: 'reminderSettings',
    document: 'query($id: ID!) { reminderSettings(strategyId: $id) { strategyId version } }',
    prepare: (fx) => ({ id: fx.strategyId }),
  },
  {
    query: 'cycleStatus',
    document: 'query($id: ID!) { cycleStatus(periodId: $id) { periodId people { personId } messages { deliveryId } } }',
    prepare: async (fx) => ({ id: (await fx.period('open')).id }),
  },
];
