// Delivery lead operations: what I owe, the update form, save and submit.
import { graphql } from '../generated';

// The My updates list asks no \`isStale\` (only the form shows it), so the API writes the list's JSON in SQL.
graphql(`
  fragment UpdateSummaryFields on ProgressUpdate {
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
    version
    updatedAt
  }
`);

graphql(`
  fragment UpdateFields on ProgressUpdate {
    ...UpdateSummaryFields
    isStale
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
      ...UpdateSummaryFields
    }
    previousUpdate {
      ...UpdateSummaryFields
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
      update {
        ...UpdateFields
      }
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
