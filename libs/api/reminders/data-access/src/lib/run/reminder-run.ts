import { DataSource, type EntityManager } from 'typeorm';
import { loadReminderCandidates } from './reminder-candidates';
import { actionsByKey, dedupeKey, type PlannedDelivery, planMessages, renderMessage } from './reminder-plan';
import { queryRows, type ReminderDeliveryRow } from '@waymark/api/database';

export interface ReminderRunResult {
  /** Messages queued in the outbox (or that would be, in a dry run). */
  readonly messages: number;
  readonly byStep: Readonly<Record<string, number>>;
  readonly recipients: ReadonlyArray<{ readonly email: string; readonly step: string; readonly actions: number }>;
}

export interface ReminderRunOptions {
  readonly dryRun: boolean;
  /** Only this partnership (the default is every partnership). */
  readonly partnershipId?: string;
}

/**
 * Sends the steps due today: one statement finds who gets what (all partnerships), then per partnership one
 * transaction claims each (period, person, step) in reminder_delivery, whose unique key lets only one run win it, and
 * queues the digests of what it claimed in the outbox. Both inserts commit together, so a run that dies half way
 * leaves nothing behind and the next run sends it; a second instance running at the same time claims nothing twice.
 */
export class ReminderRun {
  constructor(
    private readonly dataSource: DataSource,
    /** WAYMARK_PUBLIC_URL: the start of every link in the messages. */
    private readonly publicUrl: string,
  ) {}

  async run(now: Date, options: ReminderRunOptions): Promise<ReminderRunResult> {
    const candidates = await loadReminderCandidates(this.dataSource.manager, now, options.partnershipId ?? null);
    const actions = actionsByKey(candidates);
    const partnerships = new Map<string, typeof candidates.recipients>();
    for (const r of candidates.recipients)
      partnerships.set(r.partnershipId, [...(partnerships.get(r.partnershipId) ?? []), r]);
    const sent: Array<{ email: string; step: string; actions: number }> = [];
    for (const recipients of partnerships.values()) {
      const messages = planMessages(recipients);
      if (options.dryRun) {
        for (const m of messages)
          sent.push({
            email: m.email,
            step: m.step,
            actions: m.deliveries.reduce((n, d) => n + d.actionIds.length, 0),
          });
        continue;
      }
      await this.dataSource.transaction(async (manager) => {
        const claimed = await claimDeliveries(
          manager,
          messages.flatMap((m) => m.deliveries),
        );
        const queued = messages
          .map((m) => ({ message: m, mine: m.deliveries.filter((d) => claimed.has(d.id)) }))
          .filter((x) => x.mine.length > 0)
          .map((x) => ({ ...x, content: renderMessage(x.message, x.mine, actions, this.publicUrl) }));
        if (queued.length === 0) return;
        await manager.query(
          `INSERT INTO outbox_message (id, partnership_id, recipient, subject, text_body, html_body, dedupe_key)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
           ON CONFLICT (dedupe_key) DO NOTHING`,
          [
            queued.map((q) => q.message.id),
            queued.map((q) => q.message.partnershipId),
            queued.map((q) => q.message.email),
            queued.map((q) => q.content.subject),
            queued.map((q) => q.content.text),
            queued.map((q) => q.content.html),
            queued.map((q) => dedupeKey(q.message, q.mine)),
          ],
        );
        for (const q of queued)
          sent.push({
            email: q.message.email,
            step: q.message.step,
            actions: q.mine.reduce((n, d) => n + d.actionIds.length, 0),
          });
      });
    }
    const byStep: Record<string, number> = {};
    for (const s of sent) byStep[s.step] = (byStep[s.step] ?? 0) + 1;
    return { messages: sent.length, byStep, recipients: sent };
  }
}

/**
 * Inserts the deliveries; the ones another run already holds (committed, or in flight: the insert waits for it)
 * are skipped by the unique key. Returns the ids this run now owns. One statement.
 */
async function claimDeliveries(manager: EntityManager, deliveries: readonly PlannedDelivery[]): Promise<Set<string>> {
  if (deliveries.length === 0) return new Set();
  const rows = await queryRows<Pick<ReminderDeliveryRow, 'id'>>(
    manager,
    `INSERT INTO reminder_delivery (id, outbox_message_id, period_id, person_id, step, action_ids)
     SELECT d.id, d.message_id, d.period_id, d.person_id, d.step, d.action_ids::uuid[]
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[]) AS d(id, message_id, period_id, person_id, step, action_ids)
     ON CONFLICT (period_id, person_id, step) WHERE step <> 'manual' DO NOTHING
     RETURNING id`,
    [
      deliveries.map((d) => d.id),
      deliveries.map((d) => d.messageId),
      deliveries.map((d) => d.periodId),
      deliveries.map((d) => d.personId),
      deliveries.map((d) => d.step),
      deliveries.map((d) => `{${d.actionIds.join(',')}}`),
    ],
  );
  return new Set(rows.map((r) => r.id));
}
