import { Injectable, inject } from '@angular/core';
import { RagTrendDocument, type RagTrendQuery } from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type RagTrend = RagTrendQuery['ragTrend'];

/** A strategy's RAG counts period by period. Provide it in the trend section (`providers: [RagTrendStore]`). */
@Injectable()
export class RagTrendStore {
  private readonly api = inject(GraphqlApi);
  readonly trend = new ServerState<RagTrend>();

  load(strategyId: string): Promise<RagTrend | undefined> {
    return this.trend.load(
      async () =>
        (await this.api.query({ query: RagTrendDocument, variables: { strategyId }, fetchPolicy: 'network-only' }))
          .ragTrend,
    );
  }
}
