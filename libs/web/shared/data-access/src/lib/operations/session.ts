// Operations for sign-in and the session. Codegen reads these; screens import the typed documents from generated/.
import { graphql } from '../generated';

graphql(`
  fragment CurrentUserFields on CurrentUser {
    personId
    fullName
    email
    isAdministrator
    roles
    deliveryGroupIds
    reviewerOfStrategyIds
  }
`);

graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...CurrentUserFields
    }
  }
`);

graphql(`
  mutation SignOut {
    signOut
  }
`);

graphql(`
  query PartnershipChoices {
    partnershipChoices {
      partnershipId
      name
      current
    }
  }
`);

graphql(`
  mutation ChoosePartnership($input: ChoosePartnershipInput!) {
    choosePartnership(input: $input) {
      ...CurrentUserFields
    }
  }
`);
