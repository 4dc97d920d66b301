import { Injectable, inject } from '@angular/core';
import { AdminStrategiesDocument } from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import type { StrategyWithPeriods } from './periods.store';
import { ServerState } from './server-state';

/**
 * The partnership's strategies with their structure and periods, as the administration start page lists them.
 * Provide it in the page (`providers: [AdminStrategiesStore]`).
 */
@Injectable()
export class AdminStrategiesStore {
  private readonly api = inject(GraphqlApi);
  readonly strategies = new ServerState<readonly StrategyWithPeriods[]>();

  load(): Promise<readonly StrategyWithPeriods[] | undefined> {
    return this.strategies.load(async () => (await this.api.query({ query: AdminStrategiesDocument })).strategies);
  }
}
