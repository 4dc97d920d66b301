export interface PersonAccess {
  /** Null for anyone but administrators (the API answers it to them only). */
  readonly accountStatus?: string | null;
  readonly lastSignedInAt?: string | null;
  readonly invitationExpiresAt?: string | null;
}

export type PersonAccessAction = 'invite' | 'resend' | 'revoke' | 'deactivate';

const STATUS: Record<string, { word: string; tag: string }> = {
  NotInvited: { word: 'Not invited', tag: 'govuk-tag--grey' },
  Invited: { word: 'Invited', tag: 'govuk-tag--blue' },
  Active: { word: 'Active', tag: 'govuk-tag--green' },
  Deactivated: { word: 'Deactivated', tag: 'govuk-tag--red' },
};

export function statusTag(person: PersonAccess): { word: string; tag: string } {
  const status = person.accountStatus ?? 'Unknown';
  return STATUS[status] ?? { word: status, tag: 'govuk-tag--grey' };
}

/** What an administrator can do about a person's access, in the order the People table offers it. */
export function accessActions(person: PersonAccess, isSelf: boolean): PersonAccessAction[] {
  switch (person.accountStatus) {
    case 'NotInvited':
      return ['invite', 'deactivate'];
    case 'Invited':
      return ['resend', 'revoke', 'deactivate'];
    case 'Active':
      return isSelf ? [] : ['deactivate'];
    case 'Deactivated':
      return ['invite'];
    default:
      return [];
  }
}

export const ACTION_WORD: Record<PersonAccessAction, string> = {
  invite: 'Invite',
  resend: 'Resend invitation',
  revoke: 'Revoke invitation',
  deactivate: 'Deactivate',
};

export const ACTION_DONE: Record<PersonAccessAction, (name: string) => string> = {
  invite: (name) => `Invitation sent to ${name}`,
  resend: (name) => `A new invitation was sent to ${name}; the earlier link no longer works`,
  revoke: (name) => `The invitation to ${name} was revoked`,
  deactivate: (name) => `${name} was deactivated and signed out everywhere`,
};
