import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { retryDelaySeconds } from './backoff';
import { queryRows } from '@waymark/api/database';

/** Where a message is in its delivery (the column's check constraint). */
export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface ClaimedMessage {
  readonly id: string;
  readonly recipient: string;
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
  /** Including the attempt just claimed. */
  readonly attempts: number;
}

export interface OutboxListItem extends ClaimedMessage {
  readonly status: OutboxStatus;
  readonly lastError: string | null;
  readonly nextAttemptAt: Date;
  readonly sentAt: Date | null;
  readonly createdAt: Date;
}

/** How long a claimed message is reserved for the instance sending it; after that another instance may retry it. */
export const CLAIM_LEASE_SECONDS = 300;
const ERROR_MAX_LENGTH = 500;

/** The delivery side of the outbox: claiming due messages across instances, recording outcomes, listing. */
@Injectable()
export class OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims up to `limit` due messages in one statement. SKIP LOCKED lets several instances claim at once without
   * waiting on or taking each other's rows; the lease (next_attempt_at) keeps a claimed message from being claimed
   * again until it passes, which only happens when the sending instance died.
   */
  async claimDue(limit: number): Promise<ClaimedMessage[]> {
    return queryRows<ClaimedMessage>(
      this.dataSource,
      `WITH due AS (
         SELECT id FROM outbox_message
          WHERE status IN ('queued', 'sending') AND next_attempt_at <= now()
          ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE outbox_message m SET status = 'sending', attempts = m.attempts + 1,
                next_attempt_at = now() + make_interval(secs => $2)
           FROM due WHERE m.id = due.id
         RETURNING m.id, m.recipient, m.subject, m.text_body AS "textBody", m.html_body AS "htmlBody", m.attempts
       )
       SELECT * FROM claimed`,
      [limit, CLAIM_LEASE_SECONDS],
    );
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_message SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  /** Back to the queue with exponential back-off, or failed for good after `maxAttempts`. */
  async markFailed(message: ClaimedMessage, error: string, maxAttempts: number): Promise<'queued' | 'failed'> {
    const giveUp = message.attempts >= maxAttempts;
    await this.dataSource.query(
      `UPDATE outbox_message SET status = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
      [message.id, giveUp ? 'failed' : 'queued', error.slice(0, ERROR_MAX_LENGTH), retryDelaySeconds(message.attempts)],
    );
    return giveUp ? 'failed' : 'queued';
  }

  /** The newest messages of a partnership, for its administrators. */
  async list(partnershipId: string, limit: number): Promise<OutboxListItem[]> {
    return queryRows<OutboxListItem>(
      this.dataSource,
      `SELECT id, recipient, subject, text_body AS "textBody", html_body AS "htmlBody", attempts, status,
              last_error AS "lastError", next_attempt_at AS "nextAttemptAt", sent_at AS "sentAt", created_at AS "createdAt"
         FROM outbox_message WHERE partnership_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [partnershipId, limit],
    );
  }

  /** Messages waiting to be delivered (queued or being sent), for the metrics backlog gauge. */
  async backlog(): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM outbox_message WHERE status IN ('queued', 'sending')`,
    );
    return row.n;
  }
}
