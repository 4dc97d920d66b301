// Shapes several documents select, declared once here and spread where they are used (`...PeriodSummaryFields`),
// so a field added to one of them reaches every screen that shows it.
import { graphql } from '../generated';

graphql(`
  fragment RagDefinitionFields on RagDefinitions {
    red
    amber
    green
  }
`);

graphql(`
  fragment PeriodSummaryFields on ReportingPeriod {
    id
    name
    state
  }
`);

graphql(`
  fragment PeriodFields on ReportingPeriod {
    ...PeriodSummaryFields
    startsOn
    endsOn
    updateDeadline
    version
  }
`);

graphql(`
  fragment GroupMemberFields on GroupMember {
    personId
    fullName
    isChair
    organisationName
  }
`);

graphql(`
  fragment ActionSummaryFields on Action {
    id
    numberLabel
    title
    lifecycleStatus
  }
`);
