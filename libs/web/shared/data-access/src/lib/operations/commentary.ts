// Theme commentary operations: the numbered paragraphs per theme for a period, written by the senior officer group.
import { graphql } from '../generated';

graphql(`
  fragment ThemeCommentaryFields on ThemeCommentary {
    id
    themeId
    periodId
    body
    sortOrder
    version
  }
`);

graphql(`
  query ThemeCommentary($strategyId: ID!, $periodId: ID!) {
    themeCommentary(strategyId: $strategyId, periodId: $periodId) {
      themeId
      themeNumber
      themeTitle
      paragraphs {
        ...ThemeCommentaryFields
      }
    }
  }
`);

graphql(`
  mutation WriteThemeCommentary($input: WriteThemeCommentaryInput!) {
    writeThemeCommentary(input: $input) {
      ...ThemeCommentaryFields
    }
  }
`);

graphql(`
  mutation UpdateThemeCommentary($input: UpdateThemeCommentaryInput!) {
    updateThemeCommentary(input: $input) {
      ...ThemeCommentaryFields
    }
  }
`);

graphql(`
  mutation ArchiveThemeCommentary($input: ArchiveThemeCommentaryInput!) {
    archiveThemeCommentary(input: $input) {
      ...ThemeCommentaryFields
      archivedAt
    }
  }
`);
