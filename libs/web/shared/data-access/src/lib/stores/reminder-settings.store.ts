import { Injectable, inject } from '@angular/core';
import {
  ReminderSettingsDocument,
  type ReminderSettingsQuery,
  UpdateReminderSettingsDocument,
  type UpdateReminderSettingsInput,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type ReminderSettings = ReminderSettingsQuery['reminderSettings'];

/**
 * A strategy's reminder, chaser and escalation settings; `settings.busy()` while a change is saved.
 * Provide it in the page (`providers: [ReminderSettingsStore]`).
 */
@Injectable()
export class ReminderSettingsStore {
  private readonly api = inject(GraphqlApi);
  readonly settings = new ServerState<ReminderSettings>();

  load(strategyId: string): Promise<ReminderSettings | undefined> {
    return this.settings.load(async () => {
      const data = await this.api.query({
        query: ReminderSettingsDocument,
        variables: { strategyId },
        fetchPolicy: 'network-only',
      });
      return data.reminderSettings;
    });
  }

  /** Resolves to the settings as saved (with their new version). Errors reach the caller, which maps them onto its form. */
  save(input: UpdateReminderSettingsInput): Promise<ReminderSettings> {
    return this.settings.run(async () => {
      const data = await this.api.mutate({ mutation: UpdateReminderSettingsDocument, variables: { input } });
      this.settings.set(data.updateReminderSettings);
      return data.updateReminderSettings;
    });
  }
}
