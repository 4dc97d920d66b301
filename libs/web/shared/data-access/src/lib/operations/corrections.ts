// Corrections after sign-off: a reviewer's correction, a lead's proposed correction, and the reviewer's decision.
import { graphql } from '../generated';

graphql(`
  fragment CorrectionProposalFields on CorrectionProposal {
    id
    version
    state
    updateId
    actionId
    actionTitle
    periodId
    reason
    narrative
    proposedRag
    percentComplete
    lifecycleStatus
    proposedByName
    createdAt
    decidedByName
    decidedAt
    decisionReason
  }
`);

graphql(`
  fragment CorrectionActionFields on Action {
    ...ActionSummaryFields
    ref
    leadPersonId
    leadPersonName
    deliveryGroupId
    updates {
      ...UpdateFields
      correctionCount
      lastCorrectionReason
    }
  }
`);

graphql(`
  query CorrectionContext($strategyId: ID!, $periodId: ID!) {
    strategy(id: $strategyId) {
      id
      title
      themeLabel
      actionLabel
      ragDefinitions {
        ...RagDefinitionFields
      }
      periods {
        ...PeriodSummaryFields
      }
      themes {
        id
        number
        actions {
          ...CorrectionActionFields
        }
        objectives {
          id
          actions {
            ...CorrectionActionFields
          }
        }
      }
    }
    correctionProposals(periodId: $periodId) {
      ...CorrectionProposalFields
    }
  }
`);

graphql(`
  query CorrectionProposals($periodId: ID!) {
    correctionProposals(periodId: $periodId) {
      ...CorrectionProposalFields
    }
  }
`);

graphql(`
  mutation CorrectProgressUpdate($input: CorrectProgressUpdateInput!) {
    correctProgressUpdate(input: $input) {
      ...UpdateFields
      correctionCount
      lastCorrectionReason
    }
  }
`);

graphql(`
  mutation ProposeCorrection($input: ProposeCorrectionInput!) {
    proposeCorrection(input: $input) {
      ...CorrectionProposalFields
    }
  }
`);

graphql(`
  mutation AcceptCorrectionProposal($input: AcceptCorrectionProposalInput!) {
    acceptCorrectionProposal(input: $input) {
      ...CorrectionProposalFields
    }
  }
`);

graphql(`
  mutation DeclineCorrectionProposal($input: DeclineCorrectionProposalInput!) {
    declineCorrectionProposal(input: $input) {
      ...CorrectionProposalFields
    }
  }
`);
