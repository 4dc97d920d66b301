import { MatrixRow, SIGNED_IN, mutationDoc } from '../matrix-row';

/** Each person's own notifications and notification settings: anyone signed in, for themselves only. */
export const NOTIFICATION_ROWS: MatrixRow[] = [
  {
    mutation: 'markNotificationsRead',
    document: 'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
    // No ids here: an id only ever names the caller's own notification (another's is ignored, whichever partnership it
    // is in), so there is no cell where a role is refused; notification-list.spec.ts shows another person's id changing nothing.
    prepare: () => ({ input: { ids: [] } }),
    allowed: SIGNED_IN,
    note: 'own notifications only: the ids of anyone else’s are ignored (notification-list.spec.ts)',
  },
  {
    mutation: 'markAllNotificationsRead',
    document: 'mutation { markAllNotificationsRead }',
    prepare: () => ({}),
    allowed: SIGNED_IN,
    note: 'own notifications only',
  },
  {
    mutation: 'updateNotificationSettings',
    document: mutationDoc('updateNotificationSettings', 'UpdateNotificationSettingsInput', '{ version }'),
    // Every cell starts from no saved settings, so version 0 is current for whoever calls.
    prepare: async (_fx, db) => {
      await db(`DELETE FROM notification_settings`);
      return { input: { version: 0, preferences: [{ kind: 'PeriodSignedOff', delivery: 'DailyDigest' }] } };
    },
    allowed: SIGNED_IN,
    note: 'own settings only',
  },
];
