import { Inject, Injectable, Logger } from '@nestjs/common';
import { enqueueMail, type MailContent } from '@waymark/api/mail/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { calendarDate } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { effectiveDelivery, NotificationDelivery, NotificationKind } from '../kinds/notification-kinds';
import { dailyDigestMail } from '../templates/daily-digest-mail';
import { reviewsWaitingForEveryone, type ReviewerWaiting } from './review-queue';
import { queryRows, type CamelRow, type NotificationRow } from '@waymark/api/database';

export interface DigestRunOptions {
  /** Work out who would get what, and write nothing. */
  readonly dryRun: boolean;
}

export interface DigestMessage {
  readonly personId: string;
  readonly to: string;
  readonly subject: string;
}

export interface DigestRunResult {
  /** The day (ISO, in the partnership's time zone) the digests are for: one per person and day. */
  readonly day: string;
  readonly dryRun: boolean;
  /** Digests queued by this run (or that a dry run would queue). */
  readonly queued: readonly DigestMessage[];
  /** People whose digest for the day was already queued (by an earlier run or another instance). */
  readonly alreadySent: number;
  readonly summary: string;
}

type HeldNotice = CamelRow<Pick<NotificationRow, 'id' | 'person_id' | 'title' | 'link_path'>>;

interface Person {
  readonly id: string;
  readonly fullName: string;
  readonly email: string;
  readonly partnershipId: string;
  readonly preferences: Record<string, string> | null;
}

const updates = (n: number) => `${n} ${n === 1 ? 'update is' : 'updates are'}`;

/**
 * The daily digest: to each reviewer, the updates waiting for their review; to anyone, the notifications they chose to
 * get in a digest since their last one. At most one e-mail per person and day, whatever the number of runs or
 * instances: the outbox's dedupe key `daily-digest:<person>:<day>` decides, in the transaction that also marks the
 * held notifications as carried (so a run that loses the race marks nothing). Each person is one transaction, so a
 * run stopped half way resumes where it stopped.
 */
@Injectable()
export class DailyDigest {
  private readonly log = new Logger('DailyDigest');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  async run(now: Date, options: DigestRunOptions = { dryRun: false }): Promise<DigestRunResult> {
    const day = calendarDate(now);
    const reviews = await reviewsWaitingForEveryone(this.dataSource, now);
    const held = await queryRows<HeldNotice>(
      this.dataSource,
      `SELECT id, person_id AS "personId", title, link_path AS "linkPath" FROM notification
        WHERE email = 'digest' AND digested_at IS NULL AND created_at <= $1 ORDER BY created_at, id`,
      [now],
    );
    const personIds = [...new Set([...reviews.map((r) => r.personId), ...held.map((h) => h.personId)])];
    const people = personIds.length
      ? await queryRows<Person>(
          this.dataSource,
          `SELECT p.id, p.full_name AS "fullName", p.email::text AS email, p.partnership_id AS "partnershipId", s.preferences
             FROM person p LEFT JOIN notification_settings s ON s.person_id = p.id
            WHERE p.id = ANY($1::uuid[]) AND p.archived_at IS NULL AND p.deactivated_at IS NULL ORDER BY p.id`,
          [personIds],
        )
      : [];
    const queued: DigestMessage[] = [];
    let alreadySent = 0;
    for (const person of people) {
      const waiting = reviews.filter((r) => r.personId === person.id);
      const notices = held.filter((h) => h.personId === person.id);
      const wantsReviews =
        effectiveDelivery(NotificationKind.ReviewDigest, person.preferences?.[NotificationKind.ReviewDigest]) ===
        NotificationDelivery.DailyDigest;
      const mailed = wantsReviews ? waiting : [];
      if (mailed.length === 0 && notices.length === 0 && waiting.length === 0) continue;
      const content = mailed.length || notices.length ? this.compose(person, day, mailed, notices) : null;
      if (options.dryRun) {
        if (content) queued.push({ personId: person.id, to: person.email, subject: content.subject });
        continue;
      }
      const sent = await this.deliver(person, day, now, waiting, wantsReviews, notices, content);
      if (sent === 'queued' && content)
        queued.push({ personId: person.id, to: person.email, subject: content.subject });
      if (sent === 'already') alreadySent++;
    }
    const summary = `${options.dryRun ? 'Would queue' : 'Queued'} ${queued.length} daily ${queued.length === 1 ? 'digest' : 'digests'} for ${day}${alreadySent ? ` (${alreadySent} already sent today)` : ''}.`;
    if (!options.dryRun) this.log.log({ msg: summary, day, queued: queued.length, alreadySent });
    return { day, dryRun: options.dryRun, queued, alreadySent, summary };
  }

  /** One person's digest, in one transaction. */
  private deliver(
    person: Person,
    day: string,
    now: Date,
    waiting: readonly ReviewerWaiting[],
    wantsReviews: boolean,
    notices: readonly HeldNotice[],
    content: MailContent | null,
  ): Promise<'queued' | 'already' | 'nothing'> {
    return this.dataSource.transaction(async (manager) => {
      let outcome: 'queued' | 'already' | 'nothing' = 'nothing';
      if (content) {
        const queued = await enqueueMail(manager, {
          partnershipId: person.partnershipId,
          to: person.email,
          content,
          dedupeKey: `daily-digest:${person.id}:${day}`,
        });
        outcome = queued ? 'queued' : 'already';
        if (queued && notices.length) {
          await manager.query(
            `UPDATE notification SET digested_at = $2 WHERE id = ANY($1::uuid[]) AND digested_at IS NULL`,
            [notices.map((n) => n.id), now],
          );
        }
      }
      if (waiting.length && outcome !== 'already') {
        // The day's "waiting for review" line in the app, carried by this digest (or not e-mailed when opted out).
        const total = waiting.reduce((sum, r) => sum + r.waiting, 0);
        const rows: unknown[] = await manager.query(
          `INSERT INTO notification (partnership_id, person_id, kind, title, body, link_path, email, digested_at, dedupe_key)
           VALUES ($1, $2, $3, $4, $5, '/review', $6, $7, $8) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
          [
            person.partnershipId,
            person.id,
            NotificationKind.ReviewDigest,
            `${updates(total)} waiting for your review`,
            waiting.map((r) => `${r.waiting} in ${r.strategyTitle}, ${r.periodName}`).join('; '),
            wantsReviews ? 'digest' : 'none',
            wantsReviews ? now : null,
            `${NotificationKind.ReviewDigest}:${person.id}:${day}`,
          ],
        );
        if (!content && rows.length === 0) outcome = 'already';
      }
      return outcome;
    });
  }

  private compose(
    person: Person,
    day: string,
    reviews: readonly ReviewerWaiting[],
    notices: readonly HeldNotice[],
  ): MailContent {
    const base = this.config.publicUrl;
    return dailyDigestMail({
      fullName: person.fullName,
      day,
      reviews: reviews.map((r) => ({
        strategyTitle: r.strategyTitle,
        periodName: r.periodName,
        waiting: r.waiting,
        link: `${base}/review/${r.strategyId}/${r.periodId}`,
      })),
      notices: notices.map((n) => ({ title: n.title, link: base + n.linkPath })),
      notificationsLink: `${base}/notifications`,
      settingsLink: `${base}/account/notifications`,
    });
  }
}
