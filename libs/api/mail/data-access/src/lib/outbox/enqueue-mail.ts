import { EntityManager } from 'typeorm';
import { MailContent } from '../templates/mail-content';
import { queryRows, type OutboxMessageRow } from '@waymark/api/database';

export interface QueuedMail {
  readonly partnershipId: string | null;
  readonly to: string;
  readonly content: MailContent;
  /** A second message with the same key is not queued (e.g. one reminder per person and period). */
  readonly dedupeKey?: string;
}

/**
 * Queues a message inside the caller's transaction (the transactional outbox): it exists if and only if the change
 * that caused it commits. Resolves false when a message with the same dedupe key already exists.
 */
export async function enqueueMail(manager: EntityManager, mail: QueuedMail): Promise<boolean> {
  const rows = await queryRows<Pick<OutboxMessageRow, 'id'>>(
    manager,
    `INSERT INTO outbox_message (partnership_id, recipient, subject, text_body, html_body, dedupe_key)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [mail.partnershipId, mail.to, mail.content.subject, mail.content.text, mail.content.html, mail.dedupeKey ?? null],
  );
  return rows.length === 1;
}
