// Report officer operations: strategies with themes and periods, and the board report model for the preview.
import { graphql } from '../generated';

graphql(`
  query ReportStrategies {
    strategies {
      id
      title
      themeLabel
      themes {
        id
        number
        title
      }
      periods {
        id
        name
        state
        startsOn
      }
    }
  }
`);

graphql(`
  query BoardReportPreview($input: BoardReportInput!) {
    boardReport(input: $input)
  }
`);

graphql(`
  query BoardReportVersions($input: BoardReportVersionsInput!) {
    boardReportVersions(input: $input) {
      version
      sha256
      createdAt
      createdByName
    }
  }
`);
