import { Injectable, inject } from '@angular/core';
import {
  AdminStrategiesDocument,
  type AdminStrategiesQuery,
  type CreateReportingPeriodInput,
  CreateReportingPeriodDocument,
  DeleteReportingPeriodDocument,
  UpdateReportingPeriodDocument,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type StrategyWithPeriods = AdminStrategiesQuery['strategies'][number];

/** A record a change or delete is sent for: its id and the version it was read at (a stale one gets CONFLICT). */
export interface VersionedRecord {
  readonly id: string;
  readonly version: number;
}

export interface PeriodDatesInput {
  readonly startsOn: string;
  readonly endsOn: string;
  readonly updateDeadline: string;
}

/**
 * The strategies with their reporting periods for the periods page, and the add, change and delete of a period;
 * `strategies.busy()` while one is sent. Provide it in the page (`providers: [PeriodsStore]`); the page's edit
 * and delete forms share it.
 */
@Injectable()
export class PeriodsStore {
  private readonly api = inject(GraphqlApi);
  /** Keeps the last list while it reloads after a change, so the page does not blank. */
  readonly strategies = new ServerState<readonly StrategyWithPeriods[]>();

  load(): Promise<readonly StrategyWithPeriods[] | undefined> {
    return this.strategies.load(async () => {
      const data = await this.api.query({ query: AdminStrategiesDocument, fetchPolicy: 'network-only' });
      return data.strategies;
    });
  }

  /** Each write reads the list again once it succeeded. Errors reach the caller, which maps them onto its form. */
  async create(input: CreateReportingPeriodInput): Promise<void> {
    await this.strategies.run(() => this.api.mutate({ mutation: CreateReportingPeriodDocument, variables: { input } }));
    await this.load();
  }

  async changeDates({ id, version }: VersionedRecord, dates: PeriodDatesInput): Promise<void> {
    await this.strategies.run(() =>
      this.api.mutate({ mutation: UpdateReportingPeriodDocument, variables: { input: { id, version, ...dates } } }),
    );
    await this.load();
  }

  async delete({ id, version }: VersionedRecord): Promise<void> {
    await this.strategies.run(() =>
      this.api.mutate({ mutation: DeleteReportingPeriodDocument, variables: { input: { id, version } } }),
    );
    await this.load();
  }
}
