import { enqueueMail, type MailContent } from '@waymark/api/mail/data-access';
import type { EntityManager } from 'typeorm';
import { effectiveDelivery, NotificationDelivery, type NotificationKind } from '../kinds/notification-kinds';
import { queryRows, type NotificationRow } from '@waymark/api/database';

/** One notification for one person, as the event that causes it describes it. */
export interface Notice {
  readonly personId: string;
  readonly kind: NotificationKind;
  /** Unique per event and person: the same event never notifies anyone twice, however often it is replayed. */
  readonly key: string;
  /** One line for the app's list and the digest. */
  readonly title: string;
  readonly body: string;
  /** The app path the notification opens (the e-mail's link is the public address plus this path). */
  readonly linkPath: string;
  /** The e-mail sent at once (when the person has not chosen the digest or opted out). */
  readonly mail: (recipient: { readonly fullName: string }, link: string) => MailContent;
}

export type EmailMode = 'immediate' | 'digest' | 'none';

const EMAIL_MODE: Record<NotificationDelivery, EmailMode> = {
  [NotificationDelivery.Immediate]: 'immediate',
  [NotificationDelivery.DailyDigest]: 'digest',
  [NotificationDelivery.Off]: 'none',
};

interface Recipient {
  readonly id: string;
  readonly fullName: string;
  readonly email: string;
  readonly partnershipId: string;
  readonly preferences: Record<string, string> | null;
}

/**
 * Records notifications in the caller's transaction: one row each in the person's list, and the e-mail in the outbox
 * for those who get it at once (held ones wait for the daily digest; opted-out ones get no e-mail). People archived or
 * deactivated are skipped. Statements: one read, one insert, then one outbox insert per immediate e-mail.
 * Resolves to the keys recorded now (a key recorded before is skipped: replaying an event is harmless).
 */
export async function recordNotices(
  manager: EntityManager,
  notices: readonly Notice[],
  publicUrl: string,
): Promise<string[]> {
  if (notices.length === 0) return [];
  const recipients = await queryRows<Recipient>(
    manager,
    `SELECT p.id, p.full_name AS "fullName", p.email::text AS email, p.partnership_id AS "partnershipId", s.preferences
       FROM person p LEFT JOIN notification_settings s ON s.person_id = p.id
      WHERE p.id = ANY($1::uuid[]) AND p.archived_at IS NULL AND p.deactivated_at IS NULL`,
    [[...new Set(notices.map((n) => n.personId))]],
  );
  const byId = new Map(recipients.map((r) => [r.id, r]));
  const rows = notices.flatMap((notice) => {
    const recipient = byId.get(notice.personId);
    if (!recipient) return [];
    const mode = EMAIL_MODE[effectiveDelivery(notice.kind, recipient.preferences?.[notice.kind])];
    return [{ notice, recipient, mode }];
  });
  if (rows.length === 0) return [];
  const inserted = await queryRows<Pick<NotificationRow, 'dedupe_key'>>(
    manager,
    `INSERT INTO notification (partnership_id, person_id, kind, title, body, link_path, email, dedupe_key)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING dedupe_key`,
    [
      rows.map((r) => r.recipient.partnershipId),
      rows.map((r) => r.recipient.id),
      rows.map((r) => r.notice.kind),
      rows.map((r) => r.notice.title),
      rows.map((r) => r.notice.body),
      rows.map((r) => r.notice.linkPath),
      rows.map((r) => r.mode),
      rows.map((r) => r.notice.key),
    ],
  );
  const recorded = new Set(inserted.map((r) => r.dedupe_key));
  for (const { notice, recipient, mode } of rows) {
    if (mode !== 'immediate' || !recorded.has(notice.key)) continue;
    await enqueueMail(manager, {
      partnershipId: recipient.partnershipId,
      to: recipient.email,
      content: notice.mail(recipient, publicUrl + notice.linkPath),
      dedupeKey: `notice:${notice.key}`,
    });
  }
  return [...recorded];
}
