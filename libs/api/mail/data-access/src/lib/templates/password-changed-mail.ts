import { composeMail, MailContent, SERVICE_NAME } from './mail-content';

export interface PasswordChangedMailData {
  readonly fullName: string;
  /** Where to reset the password if the change was not theirs. */
  readonly resetLink: string;
}

export function passwordChangedMail(data: PasswordChangedMailData): MailContent {
  return composeMail({
    subject: `Your ${SERVICE_NAME} password was changed`,
    greeting: `Dear ${data.fullName},`,
    paragraphs: [
      `The password of your ${SERVICE_NAME} account was changed, and you were signed out everywhere else.`,
      'If you did not change it, reset your password now.',
    ],
    link: { text: 'Reset your password', href: data.resetLink },
  });
}
