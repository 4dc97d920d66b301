// Administration operations: plan import, structure (actions), reporting periods, partners, groups and people.
import { graphql } from '../generated';

graphql(`
  fragment PlanImportPreviewFields on PlanImportPreview {
    applied
    canApply
    fileName
    encoding
    headerRowNumber
    headerNote
    periodsNote
    accountableGroup {
      id
      name
      note
    }
    sample {
      row
      operation
      ref
      theme
      objective
      title
      leadOrganisation
      leadOfficer
      dueDate
      updates {
        period
        rag
        progress
      }
    }
    newStrategy
    rowsRead
    strategyId
    strategyTitle
    counts {
      entity
      created
      updated
      unchanged
    }
    problems {
      row
      column
      columnLetter
      message
    }
    ignoredColumns {
      header
      letter
      reason
    }
  }
`);

graphql(`
  mutation PreviewPlanImport($input: PlanImportInput!) {
    previewPlanImport(input: $input) {
      ...PlanImportPreviewFields
    }
  }
`);

graphql(`
  mutation ApplyPlanImport($input: PlanImportInput!) {
    applyPlanImport(input: $input) {
      ...PlanImportPreviewFields
    }
  }
`);

graphql(`
  query AdminStrategies {
    strategies {
      id
      title
      themeLabel
      objectiveLabel
      actionLabel
      hasObjectiveLevel
      startsOn
      endsOn
      periods {
        ...PeriodFields
      }
      themes {
        id
        number
        title
        actions {
          id
          numberLabel
          title
          leadOrganisationName
          currentDueOn
          lifecycleStatus
        }
        objectives {
          id
          number
          title
          actions {
            id
            numberLabel
            title
            leadOrganisationName
            currentDueOn
            lifecycleStatus
          }
        }
      }
    }
  }
`);

graphql(`
  query AdminOrganisations {
    organisations {
      id
      name
      shortName
    }
  }
`);

graphql(`
  query AdminGroups {
    groups {
      id
      name
      kind
      description
      members {
        ...GroupMemberFields
      }
    }
  }
`);

graphql(`
  query AdminPeople {
    people {
      id
      fullName
      email
      jobTitle
      organisationName
      isAdministrator
      accountStatus
      lastSignedInAt
      invitationExpiresAt
    }
  }
`);

graphql(`
  fragment AdminActionFields on Action {
    ...ActionSummaryFields
    strategyId
    themeId
    objectiveId
    ref
    description
    leadOrganisationId
    leadPersonId
    deliveryGroupId
    startsOn
    currentDueOn
    version
  }
`);

graphql(`
  query AdminActions($filter: ActionFilterInput) {
    actions(filter: $filter) {
      ...AdminActionFields
    }
  }
`);

graphql(`
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      ...AdminActionFields
    }
  }
`);

graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      ...AdminActionFields
    }
  }
`);

graphql(`
  mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {
    createReportingPeriod(input: $input) {
      id
      name
      state
      startsOn
      endsOn
      updateDeadline
      strategyId
    }
  }
`);

graphql(`
  mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {
    updateReportingPeriod(input: $input) {
      id
      name
      startsOn
      endsOn
      updateDeadline
      version
    }
  }
`);

graphql(`
  mutation DeleteReportingPeriod($input: DeleteReportingPeriodInput!) {
    deleteReportingPeriod(input: $input) {
      id
      name
    }
  }
`);
