import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { NotificationCountStore } from '../notification-count.store';
import { storeWithFakeGraphqlApi } from './testing/fake-graphql';
import { NotificationsStore } from './notifications.store';

/** The store against a fake API answering each operation by name; records what was sent. */
function setUp(answers: Record<string, unknown>) {
  // The header's count store asks Apollo only when refreshed, which these tests never do.
  const { store, sent } = storeWithFakeGraphqlApi(NotificationsStore, answers, [{ provide: Apollo, useValue: {} }]);
  return { store, count: TestBed.inject(NotificationCountStore), sent };
}

const notification = (id: string, isRead: boolean) => ({ id, isRead, title: `Notification ${id}` });

describe('NotificationsStore', () => {
  it('keeps the header’s unread count current from the list, one read mark and "mark all"', async () => {
    const { store, count } = setUp({
      Notifications: {
        unreadNotificationCount: 2,
        notifications: [notification('n1', false), notification('n2', false)],
      },
      MarkNotificationsRead: { markNotificationsRead: 1 },
      MarkAllNotificationsRead: { markAllNotificationsRead: 0 },
    });
    await store.loadList();
    expect(count.unread()).toBe(2);
    await store.markRead('n1');
    expect(count.unread()).toBe(1);
    await store.markAllRead();
    expect(count.unread()).toBe(0);
    expect(store.list.value()?.every((n) => n.isRead)).toBe(true);
  });

  it('changes the header’s count only once the start page has its summary to show beside it', async () => {
    const home = { unreadNotificationCount: 3, owed: [], waitingForReview: [], recentNotifications: [] };
    const { store, count } = setUp({ Home: { home } });
    const summaryWhenCounted: unknown[] = [];
    jest.spyOn(count, 'set').mockImplementation(() => summaryWhenCounted.push(store.home.value()));
    await store.loadHome();
    expect(summaryWhenCounted).toEqual([home]);
  });

  it('leaves the list and the count as they were when "mark all" fails, and says why', async () => {
    const { store, count } = setUp({
      Notifications: { unreadNotificationCount: 1, notifications: [notification('n1', false)] },
      MarkAllNotificationsRead: new Error('Failed to fetch'),
      MarkNotificationsRead: new Error('Failed to fetch'),
    });
    await store.loadList();
    await expect(store.markRead('n1')).resolves.toBeUndefined();
    await store.markAllRead();
    expect(store.markAllError()).toBe('Failed to fetch');
    expect(count.unread()).toBe(1);
    expect(store.list.value()?.[0].isRead).toBe(false);
    expect(store.list.busy()).toBe(false);
  });

  it('saves the settings at the version read and keeps the saved ones', async () => {
    const settings = (version: number) => ({ version, preferences: [] });
    const { store, sent } = setUp({
      NotificationSettings: { notificationSettings: settings(3) },
      UpdateNotificationSettings: { updateNotificationSettings: settings(4) },
    });
    await store.loadSettings();
    const preferences = [{ kind: 'UpdateReturned' as const, delivery: 'DailyDigest' as const }];
    await expect(store.saveSettings(preferences)).resolves.toEqual(settings(4));
    expect(sent[1]).toEqual({
      operation: 'UpdateNotificationSettings',
      variables: { input: { version: 3, preferences } },
    });
    expect(store.settings.value()?.version).toBe(4);
  });
});
