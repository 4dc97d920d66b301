import { composeMail, MailContent, SERVICE_NAME } from './mail-content';

export interface InvitationMailData {
  readonly fullName: string;
  readonly partnershipName: string;
  readonly link: string;
  readonly expiresInDays: number;
}

export function invitationMail(data: InvitationMailData): MailContent {
  return composeMail({
    subject: `You have been invited to ${SERVICE_NAME}`,
    greeting: `Dear ${data.fullName},`,
    paragraphs: [
      `You have been invited to use ${SERVICE_NAME} for ${data.partnershipName}.`,
      `Use the link to set your password and sign in. The link works once and expires in ${data.expiresInDays} ${data.expiresInDays === 1 ? 'day' : 'days'}.`,
    ],
    link: { text: 'Set your password', href: data.link },
    after: ['If you were not expecting this e-mail, you can ignore it.'],
  });
}
