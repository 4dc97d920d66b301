import { composeMail, type MailContent } from '@waymark/api/mail/data-access';

export interface RagChangedMailData {
  readonly fullName: string;
  readonly reviewerName: string;
  readonly actionTitle: string;
  readonly strategyTitle: string;
  readonly periodName: string;
  /** RAG words as the app shows them: "Amber". */
  readonly proposedRag: string;
  readonly validatedRag: string;
  readonly reason: string;
  readonly link: string;
}

/** To a lead whose update was accepted with a RAG status other than the one they proposed, with the reason. */
export function ragChangedMail(data: RagChangedMailData): MailContent {
  return composeMail({
    subject: `Your update on “${data.actionTitle}” was accepted as ${data.validatedRag}`,
    greeting: `Dear ${data.fullName},`,
    paragraphs: [
      `${data.reviewerName} accepted your ${data.periodName} update on “${data.actionTitle}” (${data.strategyTitle}) with a RAG status of ${data.validatedRag}. You proposed ${data.proposedRag}.`,
      `Reason: ${data.reason}`,
      'Both statuses are kept: the board report shows the validated one.',
    ],
    link: { text: 'See the update', href: data.link },
    after: ['You can choose how you get this e-mail in your notification settings.'],
  });
}
