// Performance indicator operations: a strategy's indicators with their values, and recording a value for a period.
import { graphql } from '../generated';

graphql(`
  fragment IndicatorValueFields on IndicatorValue {
    id
    indicatorId
    periodId
    periodName
    value
    note
    version
  }
`);

graphql(`
  query StrategyIndicators($strategyId: ID!) {
    indicators(strategyId: $strategyId) {
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
      values {
        ...IndicatorValueFields
      }
    }
  }
`);

// Separate request on purpose (one root field per operation): the strategy's title and reporting periods.
graphql(`
  query IndicatorStrategy($id: ID!) {
    strategy(id: $id) {
      id
      title
      periods {
        ...PeriodSummaryFields
        startsOn
      }
    }
  }
`);

graphql(`
  mutation RecordIndicatorValue($input: RecordIndicatorValueInput!) {
    recordIndicatorValue(input: $input) {
      ...IndicatorValueFields
    }
  }
`);
