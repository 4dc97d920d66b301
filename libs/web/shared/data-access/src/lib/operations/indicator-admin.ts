// Indicator administration: create, change, archive and move a strategy's performance indicators.
import { graphql } from '../generated';

graphql(`
  fragment AdminIndicatorFields on Indicator {
    id
    name
    unit
    direction
    baseline
    target
    tolerance
    objectiveId
    sortOrder
    version
    archivedAt
    values {
      id
    }
  }
`);

graphql(`
  query AdminIndicators($strategyId: ID!) {
    indicators(strategyId: $strategyId) {
      ...AdminIndicatorFields
    }
  }
`);

graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      ...AdminIndicatorFields
    }
  }
`);

graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      ...AdminIndicatorFields
    }
  }
`);

graphql(`
  mutation ArchiveIndicator($input: VersionedRefInput!) {
    archiveIndicator(input: $input) {
      id
      archivedAt
    }
  }
`);

graphql(`
  mutation MoveIndicator($input: MoveIndicatorInput!) {
    moveIndicator(input: $input) {
      ...AdminIndicatorFields
    }
  }
`);
