// Strategy explorer operations: the strategy list, one strategy's tree, an action's history.
import { graphql } from '../generated';

graphql(`
  query ExplorerStrategies {
    strategies {
      id
      title
      shortTitle
      startsOn
      endsOn
      accountableGroupName
      parentStrategyTitle
    }
  }
`);

graphql(`
  fragment ExplorerActionFields on Action {
    ...ActionSummaryFields
    number
    ref
    description
    themeId
    objectiveId
    leadOrganisationId
    leadOrganisationName
    leadPersonId
    leadPersonName
    deliveryGroupId
    deliveryGroupName
    startsOn
    currentDueOn
    originalDueOn
    rescheduleCount
    isOverdue
    version
    supportingOrganisations {
      id
      name
    }
    latestUpdate {
      id
      periodId
      effectiveRag
    }
  }
`);

graphql(`
  query ExplorerStrategy($id: ID!) {
    strategy(id: $id) {
      id
      title
      shortTitle
      description
      vision
      startsOn
      endsOn
      themeLabel
      objectiveLabel
      actionLabel
      hasObjectiveLevel
      accountableGroupName
      periods {
        ...PeriodSummaryFields
        startsOn
        endsOn
      }
      themes {
        id
        number
        title
        actions {
          ...ExplorerActionFields
        }
        objectives {
          id
          number
          title
          actions {
            ...ExplorerActionFields
          }
        }
      }
    }
  }
`);

graphql(`
  query ExplorerActionUpdates($id: ID!) {
    strategy(id: $id) {
      id
      themes {
        id
        actions {
          id
          updates {
            id
            periodId
            effectiveRag
            proposedRag
            validatedRag
            lifecycleStatus
            narrative
            reviewState
            authorName
            updatedAt
            isStale
          }
        }
        objectives {
          id
          actions {
            id
            updates {
              id
              periodId
              effectiveRag
              proposedRag
              validatedRag
              lifecycleStatus
              narrative
              reviewState
              authorName
              updatedAt
              isStale
            }
          }
        }
      }
    }
  }
`);

graphql(`
  query ActionHistory($actionId: ID!) {
    actionHistory(actionId: $actionId) {
      id
      actorName
      entityType
      operation
      occurredAt
      periodName
      summary
      details
    }
  }
`);
