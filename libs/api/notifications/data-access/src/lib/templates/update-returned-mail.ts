import { composeMail, type MailContent } from '@waymark/api/mail/data-access';

export interface UpdateReturnedMailData {
  readonly fullName: string;
  readonly reviewerName: string;
  readonly actionTitle: string;
  readonly strategyTitle: string;
  readonly periodName: string;
  readonly comment: string;
  readonly link: string;
}

/** To a lead whose update a reviewer returned: what to change, and where. Essential: always sent. */
export function updateReturnedMail(data: UpdateReturnedMailData): MailContent {
  return composeMail({
    subject: `Your update on “${data.actionTitle}” was returned`,
    greeting: `Dear ${data.fullName},`,
    paragraphs: [
      `${data.reviewerName} returned your ${data.periodName} update on “${data.actionTitle}” (${data.strategyTitle}).`,
      `What needs to change: ${data.comment}`,
      'Change the update and submit it again.',
    ],
    link: { text: 'Change your update', href: data.link },
  });
}
