// Administrators: who can sign in (invitations and deactivation).
import { graphql } from '../generated';

graphql(`
  fragment PersonAccessFields on Person {
    id
    fullName
    email
    accountStatus
    lastSignedInAt
    invitationExpiresAt
  }
`);

graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      ...PersonAccessFields
    }
  }
`);

graphql(`
  mutation ResendInvitation($input: PersonRefInput!) {
    resendInvitation(input: $input) {
      ...PersonAccessFields
    }
  }
`);

graphql(`
  mutation RevokeInvitation($input: PersonRefInput!) {
    revokeInvitation(input: $input) {
      ...PersonAccessFields
    }
  }
`);

graphql(`
  mutation DeactivatePerson($input: PersonRefInput!) {
    deactivatePerson(input: $input) {
      ...PersonAccessFields
    }
  }
`);
