import { longDate } from '@waymark/shared/domain';
import { composeMail, type MailContent } from '@waymark/api/mail/data-access';

export interface PeriodSignedOffMailData {
  readonly fullName: string;
  readonly signedOffByName: string;
  readonly strategyTitle: string;
  readonly periodName: string;
  /** ISO date of the sign-off. */
  readonly signedOffOn: string;
  readonly reportLink: string;
}

/** To the accountable group: a period was signed off, with its (now frozen) board report. */
export function periodSignedOffMail(data: PeriodSignedOffMailData): MailContent {
  return composeMail({
    subject: `${data.periodName} of ${data.strategyTitle} was signed off`,
    greeting: `Dear ${data.fullName},`,
    paragraphs: [
      `${data.signedOffByName} signed off ${data.periodName} of ${data.strategyTitle} on ${longDate(data.signedOffOn)}.`,
      'Its updates are now locked: a change can only be made as a dated correction. The board report is kept as it was signed off.',
    ],
    link: { text: 'Read the board report', href: data.reportLink },
    after: ['You can choose how you get this e-mail in your notification settings.'],
  });
}
