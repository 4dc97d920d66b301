import { composeMail, MailContent, SERVICE_NAME } from './mail-content';

export interface AddedToPartnershipMailData {
  readonly fullName: string;
  readonly partnershipName: string;
  /** The sign-in page. */
  readonly link: string;
}

/** An invitation for someone who already signs in to Waymark for another partnership: no new password. */
export function addedToPartnershipMail(data: AddedToPartnershipMailData): MailContent {
  return composeMail({
    subject: `You have been added to ${data.partnershipName} on ${SERVICE_NAME}`,
    greeting: `Dear ${data.fullName},`,
    paragraphs: [
      `You have been added to ${data.partnershipName} on ${SERVICE_NAME}.`,
      `You already have a ${SERVICE_NAME} account with this e-mail address, so you do not need a new password. Sign in as you usually do, then choose ${data.partnershipName}. You can switch between your partnerships at any time with “Switch partnership”.`,
    ],
    link: { text: 'Sign in', href: data.link },
    after: [
      'If you were not expecting this e-mail, you can ignore it, or ask the partnership’s administrator to remove you.',
    ],
  });
}
