// One-time links (invitations, password resets, the first administrator's link) and the first-run hint.
import { graphql } from '../generated';

graphql(`
  query PasswordLink($token: String!) {
    passwordLink(token: $token) {
      purpose
      fullName
      email
    }
  }
`);

graphql(`
  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {
    setPasswordWithToken(input: $input) {
      ...CurrentUserFields
    }
  }
`);

graphql(`
  query NeedsFirstAdministrator {
    needsFirstAdministrator
  }
`);
