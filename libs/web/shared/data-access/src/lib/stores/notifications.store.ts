import { Injectable, inject, signal } from '@angular/core';
import {
  HomeDocument,
  type HomeQuery,
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  type NotificationFieldsFragment,
  type NotificationPreferenceInput,
  type NotificationSettingsFieldsFragment,
  NotificationSettingsDocument,
  NotificationsDocument,
  UpdateNotificationSettingsDocument,
} from '../generated/graphql';
import { describeError } from '../graphql-errors';
import { NotificationCountStore } from '../notification-count.store';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type HomeSummaryData = HomeQuery['home'];

/** How many of the newest notifications the list shows. */
const LIST_SIZE = 100;

/**
 * The signed-in person's notifications: the start page's summary, the list (reading one or all of them), and how
 * each kind reaches them. Every answer that carries the unread count keeps the header's `NotificationCountStore`
 * current. Provide it in the page (`providers: [NotificationsStore]`).
 */
@Injectable()
export class NotificationsStore {
  private readonly api = inject(GraphqlApi);
  private readonly count = inject(NotificationCountStore);
  readonly home = new ServerState<HomeSummaryData>();
  /** The newest notifications; `busy()` while "mark all as read" is sent. */
  readonly list = new ServerState<readonly NotificationFieldsFragment[]>();
  /** Why "mark all as read" failed, shown above the list it leaves as it was. */
  readonly markAllError = signal<string | null>(null);
  readonly settings = new ServerState<NotificationSettingsFieldsFragment>();

  /** The header's count follows the summary, never leads it: both show in the same render. */
  async loadHome(): Promise<HomeSummaryData | undefined> {
    const home = await this.home.load(
      async () => (await this.api.query({ query: HomeDocument, fetchPolicy: 'network-only' })).home,
    );
    if (home) this.count.set(home.unreadNotificationCount);
    return home;
  }

  /** As with the summary, the header's count changes once the list it describes is there. */
  async loadList(): Promise<readonly NotificationFieldsFragment[] | undefined> {
    let unread = 0;
    const list = await this.list.load(async () => {
      const data = await this.api.query({
        query: NotificationsDocument,
        variables: { limit: LIST_SIZE },
        fetchPolicy: 'network-only',
      });
      unread = data.unreadNotificationCount;
      return data.notifications;
    });
    if (list) this.count.set(unread);
    return list;
  }

  /** Marks one notification read. Never throws: opening the notification matters more than its read mark. */
  async markRead(id: string): Promise<void> {
    try {
      const data = await this.api.mutate({
        mutation: MarkNotificationsReadDocument,
        variables: { input: { ids: [id] } },
      });
      this.count.set(data.markNotificationsRead);
    } catch {
      // The mark is retried the next time the person opens it from the list.
    }
  }

  /** Marks every notification read; a failure becomes `markAllError()`. */
  markAllRead(): Promise<void> {
    this.markAllError.set(null);
    return this.list.run(async () => {
      try {
        await this.api.mutate({ mutation: MarkAllNotificationsReadDocument });
      } catch (error) {
        this.markAllError.set(describeError(error).message);
        return;
      }
      this.count.set(0);
      const list = this.list.value();
      if (list) this.list.set(list.map((n) => ({ ...n, isRead: true })));
    });
  }

  loadSettings(): Promise<NotificationSettingsFieldsFragment | undefined> {
    return this.settings.load(
      async () =>
        (await this.api.query({ query: NotificationSettingsDocument, fetchPolicy: 'network-only' }))
          .notificationSettings,
    );
  }

  /** Saves the choices at the version read; resolves to the settings as saved. Errors (such as CONFLICT) reach the form. */
  saveSettings(preferences: NotificationPreferenceInput[]): Promise<NotificationSettingsFieldsFragment> {
    return this.settings.run(async () => {
      const version = this.settings.value()?.version ?? 0;
      const data = await this.api.mutate({
        mutation: UpdateNotificationSettingsDocument,
        variables: { input: { version, preferences } },
      });
      this.settings.set(data.updateNotificationSettings);
      return data.updateNotificationSettings;
    });
  }
}
