// Senior officer operations: the review dashboard per strategy and period, and the review decisions.
import { graphql } from '../generated';

graphql(`
  query ReviewStrategies {
    strategies {
      id
      title
      periods {
        ...PeriodSummaryFields
        updateDeadline
      }
    }
  }
`);

graphql(`
  fragment ReviewActionFields on Action {
    ...ActionSummaryFields
    ref
    isOverdue
    currentDueOn
    startsOn
    leadPersonName
    deliveryGroupId
    deliveryGroupName
    leadOrganisationId
    leadOrganisationName
    supportingOrganisations {
      id
      name
    }
    updates {
      ...UpdateFields
    }
  }
`);

graphql(`
  query ReviewDashboard($strategyId: ID!) {
    strategy(id: $strategyId) {
      id
      title
      themeLabel
      objectiveLabel
      ragDefinitions {
        ...RagDefinitionFields
      }
      periods {
        ...PeriodFields
      }
      themes {
        id
        number
        title
        actions {
          ...ReviewActionFields
        }
        objectives {
          id
          number
          title
          actions {
            ...ReviewActionFields
          }
        }
      }
    }
  }
`);

graphql(`
  query RagDistribution($strategyId: ID!, $periodId: ID!) {
    ragDistribution(strategyId: $strategyId, periodId: $periodId) {
      themeId
      themeNumber
      themeTitle
      red
      amber
      green
      notRated
      total
    }
  }
`);

graphql(`
  mutation AcceptProgressUpdate($input: AcceptProgressUpdateInput!) {
    acceptProgressUpdate(input: $input) {
      ...UpdateFields
    }
  }
`);

graphql(`
  mutation AcceptProgressUpdates($input: AcceptProgressUpdatesInput!) {
    acceptProgressUpdates(input: $input) {
      id
      accepted
      version
      code
      message
    }
  }
`);

graphql(`
  mutation ReturnProgressUpdate($input: ReturnProgressUpdateInput!) {
    returnProgressUpdate(input: $input) {
      ...UpdateFields
    }
  }
`);

graphql(`
  mutation ValidateRag($input: ValidateRagInput!) {
    validateRag(input: $input) {
      ...UpdateFields
    }
  }
`);

graphql(`
  mutation SetPeriodState($input: SetPeriodStateInput!) {
    setPeriodState(input: $input) {
      id
      state
      signedOffAt
      version
    }
  }
`);

graphql(`
  fragment RagShareFields on RagShare {
    red
    amber
    green
    notRated
    total
    redPercent
    amberPercent
    greenPercent
    notRatedPercent
  }
`);

graphql(`
  query RagTrend($strategyId: ID!) {
    ragTrend(strategyId: $strategyId) {
      heading
      themeLabel
      themes {
        themeId
        number
        title
      }
      periods {
        periodId
        name
        state
        frozen
        all {
          ...RagShareFields
        }
        themes {
          themeId
          red
          amber
          green
          notRated
          total
          redPercent
          amberPercent
          greenPercent
          notRatedPercent
        }
      }
    }
  }
`);
