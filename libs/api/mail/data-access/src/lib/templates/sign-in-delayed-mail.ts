import { composeMail, MailContent, SERVICE_NAME } from './mail-content';

export interface SignInDelayedMailData {
  readonly fullName: string;
  /** "Forgot your password?": resetting proves the mailbox is theirs and lifts the delay at once. */
  readonly resetLink: string;
}

/** Sent once per run of wrong passwords, when sign-in to the account starts being delayed. */
export function signInDelayedMail(data: SignInDelayedMailData): MailContent {
  return composeMail({
    subject: `Sign-in to your ${SERVICE_NAME} account is being slowed down`,
    greeting: `Dear ${data.fullName},`,
    paragraphs: [
      `Someone has entered the wrong password for your ${SERVICE_NAME} account several times, so each new try now has to wait a little longer.`,
      'If this was you, wait a few minutes and try again, or reset your password.',
      'If this was not you, reset your password. Your account has not been signed in to.',
    ],
    link: { text: 'Reset your password', href: data.resetLink },
    after: ['Resetting your password lets you sign in again at once.'],
  });
}
