import { longDate } from '@waymark/shared/domain';
import { composeMail, type MailContent, type MailList } from '@waymark/api/mail/data-access';

export interface ReviewWaitingItem {
  readonly strategyTitle: string;
  readonly periodName: string;
  readonly waiting: number;
  readonly link: string;
}

export interface HeldNoticeItem {
  readonly title: string;
  readonly link: string;
}

export interface DailyDigestMailData {
  readonly fullName: string;
  /** ISO date the digest is for. */
  readonly day: string;
  readonly reviews: readonly ReviewWaitingItem[];
  readonly notices: readonly HeldNoticeItem[];
  readonly notificationsLink: string;
  readonly settingsLink: string;
}

const updates = (n: number) => `${n} ${n === 1 ? 'update' : 'updates'}`;

/** Once a day: updates waiting for the person's review, and the notifications they asked to get as a digest. */
export function dailyDigestMail(data: DailyDigestMailData): MailContent {
  const waiting = data.reviews.reduce((sum, r) => sum + r.waiting, 0);
  const lists: MailList[] = [];
  if (data.reviews.length) {
    lists.push({
      heading: 'Waiting for your review',
      items: data.reviews.map((r) => ({
        text: `${updates(r.waiting)}: ${r.strategyTitle}, ${r.periodName}`,
        href: r.link,
      })),
    });
  }
  if (data.notices.length)
    lists.push({
      heading: 'Since your last summary',
      items: data.notices.map((n) => ({ text: n.title, href: n.link })),
    });
  const opening = waiting
    ? `${updates(waiting)} ${waiting === 1 ? 'is' : 'are'} waiting for your review.`
    : 'Here is what happened since your last summary.';
  return composeMail({
    subject: waiting
      ? `${updates(waiting)} waiting for your review – ${longDate(data.day)}`
      : `Your Waymark summary – ${longDate(data.day)}`,
    greeting: `Dear ${data.fullName},`,
    paragraphs: [opening],
    lists,
    link: { text: 'See all your notifications', href: data.notificationsLink },
    after: [
      `You get this summary at most once a day. To change what it includes, go to your notification settings: ${data.settingsLink}`,
    ],
  });
}
