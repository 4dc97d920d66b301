// Action search: ranked matches with the snippet showing where the words were found; plus the filter's choices.
import { graphql } from '../generated';

graphql(`
  query SearchActions($input: SearchActionsInput!) {
    searchActions(input: $input) {
      total
      hits {
        score
        matchedIn
        snippetField
        narrativePeriodName
        snippet {
          text
          highlighted
        }
        action {
          id
          strategyId
          numberLabel
          ref
          title
          leadOrganisationId
          leadOrganisationName
          leadPersonId
          leadPersonName
          deliveryGroupId
          deliveryGroupName
          lifecycleStatus
          isOverdue
          latestUpdate {
            id
            effectiveRag
          }
        }
      }
    }
  }
`);

graphql(`
  query ActionFilterChoices {
    organisations {
      id
      name
    }
    groups {
      id
      name
      kind
    }
    people {
      id
      fullName
    }
  }
`);
