// Sign-off as a checked step: what is outstanding in a period and who signed it off; reopening a signed-off period.
import { graphql } from '../generated';

graphql(`
  query PeriodSignOff($periodId: ID!) {
    periodSignOff(periodId: $periodId) {
      periodId
      name
      state
      version
      signedOffAt
      signedOffByName
      outstanding {
        actionId
        reference
        title
        lead
        kind
        consequence
      }
    }
  }
`);

graphql(`
  mutation ReopenReportingPeriod($input: ReopenReportingPeriodInput!) {
    reopenReportingPeriod(input: $input) {
      id
      state
      version
      signedOffAt
      signedOffById
    }
  }
`);
