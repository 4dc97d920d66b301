import { Injectable, inject } from '@angular/core';
import {
  AdminIndicatorsDocument,
  type AdminIndicatorFieldsFragment,
  AdminStrategiesDocument,
  ArchiveIndicatorDocument,
  CreateIndicatorDocument,
  type CreateIndicatorInput,
  type IndicatorMove,
  MoveIndicatorDocument,
  UpdateIndicatorDocument,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import type { VersionedRecord, StrategyWithPeriods } from './periods.store';
import { ServerState } from './server-state';

export type AdminIndicator = AdminIndicatorFieldsFragment;
/** What the indicator form sets; the strategy comes from the page. */
export type IndicatorFieldsInput = Omit<CreateIndicatorInput, 'strategyId'>;

/**
 * The strategies to choose from and the chosen strategy's indicators, with add, change, move and archive;
 * `indicators.busy()` while a write and the reload after it are in flight. Provide it in the page
 * (`providers: [IndicatorAdminStore]`).
 */
@Injectable()
export class IndicatorAdminStore {
  private readonly api = inject(GraphqlApi);
  readonly strategies = new ServerState<readonly StrategyWithPeriods[]>();
  /** Keeps the last list while it reloads after a write, so the page does not blank. */
  readonly indicators = new ServerState<readonly AdminIndicator[]>();
  private strategyId = '';

  loadStrategies(): Promise<readonly StrategyWithPeriods[] | undefined> {
    return this.strategies.load(async () => {
      const data = await this.api.query({ query: AdminStrategiesDocument, fetchPolicy: 'network-only' });
      return data.strategies;
    });
  }

  loadIndicators(strategyId: string): Promise<readonly AdminIndicator[] | undefined> {
    this.strategyId = strategyId;
    return this.indicators.load(async () => {
      const variables = { strategyId };
      const data = await this.api.query({ query: AdminIndicatorsDocument, variables, fetchPolicy: 'network-only' });
      return data.indicators;
    });
  }

  /** Reads the list again, e.g. after a conflict, so the page shows the other person's change. */
  reload(): Promise<readonly AdminIndicator[] | undefined> {
    return this.loadIndicators(this.strategyId);
  }

  /** Adds an indicator to the loaded strategy (`editing` undefined) or changes one. Errors reach the caller. */
  save(editing: VersionedRecord | undefined, fields: IndicatorFieldsInput): Promise<void> {
    return this.writeThenReload(async () => {
      if (editing) {
        const input = { id: editing.id, version: editing.version, ...fields };
        await this.api.mutate({ mutation: UpdateIndicatorDocument, variables: { input } });
      } else {
        const input = { strategyId: this.strategyId, ...fields };
        await this.api.mutate({ mutation: CreateIndicatorDocument, variables: { input } });
      }
    });
  }

  /** Moves an indicator one place; the API answers with the new order, so nothing is reloaded. */
  move(indicator: VersionedRecord, direction: IndicatorMove): Promise<void> {
    return this.indicators.run(async () => {
      const input = { id: indicator.id, version: indicator.version, direction };
      const data = await this.api.mutate({ mutation: MoveIndicatorDocument, variables: { input } });
      this.indicators.set(data.moveIndicator);
    });
  }

  archive(indicator: VersionedRecord): Promise<void> {
    return this.writeThenReload(async () => {
      const input = { id: indicator.id, version: indicator.version };
      await this.api.mutate({ mutation: ArchiveIndicatorDocument, variables: { input } });
    });
  }

  /** The list is read again inside the write, so a banner never appears above a list without the change. */
  private writeThenReload(write: () => Promise<void>): Promise<void> {
    return this.indicators.run(async () => {
      await write();
      await this.reload();
    });
  }
}
