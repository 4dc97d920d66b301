import { Injectable, inject } from '@angular/core';
import {
  IndicatorStrategyDocument,
  type IndicatorStrategyQuery,
  type IndicatorValueFieldsFragment,
  type RecordIndicatorValueInput,
  RecordIndicatorValueDocument,
  StrategyIndicatorsDocument,
  type StrategyIndicatorsQuery,
} from '../generated/graphql';
import { describeError } from '../graphql-errors';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type StrategyIndicator = StrategyIndicatorsQuery['indicators'][number];

/** What the indicators page shows: the strategy (title and periods) and its indicators with their values. */
export interface StrategyIndicators {
  readonly strategy: IndicatorStrategyQuery['strategy'];
  readonly indicators: readonly StrategyIndicator[];
}

/**
 * A strategy's performance indicators and the values recorded against them. Provide it in the page
 * (`providers: [IndicatorStore]`); the value forms inside it use the same store.
 */
@Injectable()
export class IndicatorStore {
  private readonly api = inject(GraphqlApi);
  /** Keeps the last value while it reloads after a recording, so the page does not blank. */
  readonly indicators = new ServerState<StrategyIndicators>();
  /** Nothing to load; `busy()` while a value is sent. */
  readonly recording = new ServerState<never>();

  load(strategyId: string): Promise<StrategyIndicators | undefined> {
    return this.indicators.load(async () => {
      const [strategy, indicators] = await Promise.all([
        this.api.query({
          query: IndicatorStrategyDocument,
          variables: { id: strategyId },
          fetchPolicy: 'network-only',
        }),
        this.api.query({ query: StrategyIndicatorsDocument, variables: { strategyId }, fetchPolicy: 'network-only' }),
      ]).catch((error: unknown) => {
        throw describeError(error).code === 'NOT_FOUND' ? new Error('This strategy could not be found.') : error;
      });
      return { strategy: strategy.strategy, indicators: indicators.indicators };
    });
  }

  /** Records a value (or changes it, at the version read). Errors, such as CONFLICT, reach the caller's form. */
  record(input: RecordIndicatorValueInput): Promise<IndicatorValueFieldsFragment> {
    return this.recording.run(
      async () =>
        (await this.api.mutate({ mutation: RecordIndicatorValueDocument, variables: { input } })).recordIndicatorValue,
    );
  }
}
