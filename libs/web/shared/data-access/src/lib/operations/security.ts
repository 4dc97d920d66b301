// Administrators: the partnership's security events, and people's single sign-on links.
import { graphql } from '../generated';

graphql(`
  query SecurityEvents($limit: Int) {
    securityEvents(limit: $limit) {
      id
      occurredAt
      event
      personId
      personName
      actorName
      detail
    }
  }
`);

graphql(`
  fragment SingleSignOnLinkFields on SingleSignOnLink {
    personId
    fullName
    email
    issuer
  }
`);

graphql(`
  query SingleSignOnLink($personId: ID!) {
    singleSignOnLink(personId: $personId) {
      ...SingleSignOnLinkFields
    }
  }
`);

graphql(`
  mutation ClearSingleSignOnLink($input: ClearSingleSignOnLinkInput!) {
    clearSingleSignOnLink(input: $input) {
      ...SingleSignOnLinkFields
    }
  }
`);
