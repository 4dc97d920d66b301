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
        ...PeriodSummaryFields
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

graphql(`
  fragment BoardReportSettingsFields on BoardReportSettings {
    id
    version
    periodId
    startedFromPeriodName
    columns
    onlyExceptions
    includeIndicators
    introduction
    committee
    meetingOn
    author
    contactOfficer
    purpose
    recommendations
    background
    closingHeading
    closing
  }
`);

graphql(`
  query BoardReportSettings($input: BoardReportSettingsInput!) {
    boardReportSettings(input: $input) {
      ...BoardReportSettingsFields
    }
  }
`);

graphql(`
  mutation SaveBoardReportSettings($input: SaveBoardReportSettingsInput!) {
    saveBoardReportSettings(input: $input) {
      ...BoardReportSettingsFields
    }
  }
`);
