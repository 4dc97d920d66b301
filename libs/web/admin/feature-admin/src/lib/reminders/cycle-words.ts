/** Words for the cycle status page: a reminder step, an update's state and a delivery status. */
export const STEP_WORD: Record<string, string> = {
  reminder: 'Reminder',
  chaser: 'Chaser (deadline day)',
  second_chaser: 'Second chaser',
  escalation: 'Escalation',
  manual: 'Reminder sent now',
};

export const UPDATE_STATE_WORD: Record<string, string> = { missing: 'No update', draft: 'Draft', returned: 'Returned' };

export const DELIVERY: Record<string, { word: string; tag: string }> = {
  queued: { word: 'Queued', tag: 'govuk-tag--blue' },
  sending: { word: 'Sending', tag: 'govuk-tag--light-blue' },
  sent: { word: 'Delivered to the mail server', tag: 'govuk-tag--green' },
  failed: { word: 'Failed', tag: 'govuk-tag--red' },
};
