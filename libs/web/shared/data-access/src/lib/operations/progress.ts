// Delivery lead operations: what I owe, the update form, save and submit.
import { graphql } from '../generated';

graphql(`
  fragment UpdateFields on ProgressUpdate {
    id
    actionId
    periodId
    narrative
    proposedRag
    validatedRag
    validationReason
    effectiveRag
    percentComplete
    lifecycleStatus
    reviewState
    reviewComment
    reviewedAt
    submittedAt
    authorName
    isStale
    version
    updatedAt
  }
`);

graphql(`
  fragment OwedUpdateFields on OwedUpdate {
    actionId
    actionRef
    actionTitle
    actionDueOn
    actionLifecycleStatus
    deadline
    isOverdue
    status
    strategyId
    strategyTitle
    themeId
    themeTitle
    themeNumber
    themeLabel
    previousPeriodName
    period {
      ...PeriodSummaryFields
      updateDeadline
    }
    update {
      ...UpdateFields
    }
    previousUpdate {
      ...UpdateFields
    }
  }
`);

graphql(`
  query MyUpdates {
    myUpdates {
      ...OwedUpdateFields
    }
  }
`);

graphql(`
  query UpdateFormStrategy($strategyId: ID!) {
    strategy(id: $strategyId) {
      id
      title
      actionLabel
      ragDefinitions {
        ...RagDefinitionFields
      }
    }
  }
`);

graphql(`
  query OwedUpdates($periodId: ID) {
    myUpdates(periodId: $periodId) {
      ...OwedUpdateFields
    }
  }
`);

graphql(`
  mutation SaveProgressUpdate($input: SaveProgressUpdateInput!) {
    saveProgressUpdate(input: $input) {
      ...UpdateFields
    }
  }
`);

graphql(`
  mutation WithdrawProgressUpdate($input: WithdrawProgressUpdateInput!) {
    withdrawProgressUpdate(input: $input) {
      ...UpdateFields
    }
  }
`);

graphql(`
  mutation SubmitProgressUpdate($input: SubmitProgressUpdateInput!) {
    submitProgressUpdate(input: $input) {
      ...UpdateFields
    }
  }
`);
