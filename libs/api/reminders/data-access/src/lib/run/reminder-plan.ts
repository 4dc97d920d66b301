import { randomUUID } from 'node:crypto';
import type { MailContent } from '@waymark/api/mail/data-access';
import { escalationMail, type OwedAction, reminderMail } from '../templates/reminder-mails';
import type { ReminderCandidates, ReminderRecipient } from './reminder-candidates';

/** One row of reminder_delivery: a step of a period sent to a person, in the message `messageId`. */
export interface PlannedDelivery {
  readonly id: string;
  readonly messageId: string;
  readonly periodId: string;
  readonly personId: string;
  readonly step: ReminderRecipient['step'];
  readonly actionIds: readonly string[];
}

/** One digest: everything of one step due to one person today, across strategies. */
export interface PlannedMessage {
  readonly id: string;
  readonly partnershipId: string;
  readonly personId: string;
  readonly fullName: string;
  readonly email: string;
  readonly step: ReminderRecipient['step'];
  readonly today: string;
  readonly deliveries: readonly PlannedDelivery[];
}

/** Groups the recipients of one partnership into one message per person and step, with one delivery per period. */
export function planMessages(recipients: readonly ReminderRecipient[]): PlannedMessage[] {
  const messages = new Map<string, PlannedMessage & { deliveries: PlannedDelivery[] }>();
  for (const r of recipients) {
    const key = `${r.personId}:${r.step}`;
    let message = messages.get(key);
    if (!message) {
      message = {
        id: randomUUID(),
        partnershipId: r.partnershipId,
        personId: r.personId,
        fullName: r.fullName,
        email: r.email,
        step: r.step,
        today: r.today,
        deliveries: [],
      };
      messages.set(key, message);
    }
    message.deliveries.push({
      id: randomUUID(),
      messageId: message.id,
      periodId: r.periodId,
      personId: r.personId,
      step: r.step,
      actionIds: r.actionIds,
    });
  }
  return [...messages.values()];
}

/** The message's text, from the deliveries this run claimed (another instance may have claimed the others). */
export function renderMessage(
  message: PlannedMessage,
  claimed: readonly PlannedDelivery[],
  actions: ReadonlyMap<string, OwedAction>,
  publicUrl: string,
): MailContent {
  const owed = claimed.flatMap((d) =>
    d.actionIds.map((id) => actions.get(`${d.periodId}:${id}`)).filter((a): a is OwedAction => a !== undefined),
  );
  const data = { fullName: message.fullName, actions: owed, today: message.today, publicUrl };
  return message.step === 'escalation' ? escalationMail(data) : reminderMail({ ...data, step: message.step });
}

export function actionsByKey(candidates: ReminderCandidates): Map<string, OwedAction> {
  return new Map(candidates.actions.map((a) => [`${a.periodId}:${a.actionId}`, a]));
}

/** The outbox key of a digest: the same person, step and periods never give two messages. */
export function dedupeKey(message: PlannedMessage, claimed: readonly PlannedDelivery[]): string {
  return `reminder:${message.step}:${message.personId}:${claimed
    .map((d) => d.periodId)
    .sort()
    .join(',')}`;
}
