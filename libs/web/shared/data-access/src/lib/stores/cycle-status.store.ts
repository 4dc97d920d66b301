import { Injectable, inject } from '@angular/core';
import {
  CycleStatusDocument,
  type CycleStatusQuery,
  SendReminderNowDocument,
  type SendReminderNowMutation,
  SetRemindersPausedDocument,
  type SetRemindersPausedMutation,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type CycleStatus = CycleStatusQuery['cycleStatus'];
export type ReminderSent = SendReminderNowMutation['sendReminderNow'];
export type RemindersPaused = SetRemindersPausedMutation['setRemindersPaused'];

/**
 * Where one period's update cycle stands (who still owes what, which reminders went out), and the reminder actions
 * on it; `cycle.busy()` while one is sent. Provide it in the page (`providers: [CycleStatusStore]`).
 */
@Injectable()
export class CycleStatusStore {
  private readonly api = inject(GraphqlApi);
  /** Keeps the last status while it reloads after an action, so the page does not blank. */
  readonly cycle = new ServerState<CycleStatus>();
  private periodId = '';

  load(periodId: string): Promise<CycleStatus | undefined> {
    this.periodId = periodId;
    return this.cycle.load(async () => {
      const data = await this.api.query({
        query: CycleStatusDocument,
        variables: { periodId },
        fetchPolicy: 'network-only',
      });
      return data.cycleStatus;
    });
  }

  /** Queues a reminder to one person now, then reads the status again. Errors reach the caller. */
  sendNow(personId: string): Promise<ReminderSent> {
    return this.act(async () => {
      const input = { periodId: this.periodId, personId };
      const data = await this.api.mutate({ mutation: SendReminderNowDocument, variables: { input } });
      return data.sendReminderNow;
    });
  }

  /** Pauses or resumes one person's reminders, then reads the status again. Errors reach the caller. */
  setPaused(personId: string, paused: boolean): Promise<RemindersPaused> {
    return this.act(async () => {
      const input = { personId, paused };
      const data = await this.api.mutate({ mutation: SetRemindersPausedDocument, variables: { input } });
      return data.setRemindersPaused;
    });
  }

  /** The status is read again inside the write, so the page's banner never reports what the table does not show yet. */
  private act<R>(write: () => Promise<R>): Promise<R> {
    return this.cycle.run(async () => {
      const result = await write();
      await this.load(this.periodId);
      return result;
    });
  }
}
