import { composeMail, MailContent, SERVICE_NAME } from './mail-content';

export interface PasswordResetMailData {
  readonly fullName: string;
  readonly link: string;
  readonly expiresInMinutes: number;
}

export function passwordResetMail(data: PasswordResetMailData): MailContent {
  return composeMail({
    subject: `Reset your ${SERVICE_NAME} password`,
    greeting: `Dear ${data.fullName},`,
    paragraphs: [
      `Someone asked to reset the password of your ${SERVICE_NAME} account.`,
      `Use the link to choose a new password. The link works once and expires in ${data.expiresInMinutes} minutes.`,
    ],
    link: { text: 'Reset your password', href: data.link },
    after: ['If you did not ask for this, you can ignore this e-mail. Your password has not changed.'],
  });
}
