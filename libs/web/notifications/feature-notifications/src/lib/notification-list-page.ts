import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  NotificationCountStore,
  NotificationsDocument,
  type NotificationFieldsFragment,
  describeError,
} from '@waymark/web/shared/data-access';
import { Loading } from '@waymark/web/shared/ui';
import { notificationDate } from './notification-date';
import { notificationLink } from './notification-link';

const LIST_SIZE = 100;

/** Everything that happened to the person's work, newest first; opening one marks it read. */
@Component({
  selector: 'wm-notification-list-page',
  imports: [RouterLink, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-list-page.html',
})
export class NotificationListPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly count = inject(NotificationCountStore);
  protected readonly notifications = signal<readonly NotificationFieldsFragment[] | null>(null);
  protected readonly unread = this.count.unread;
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly when = notificationDate;
  protected readonly linkOf = notificationLink;

  ngOnInit(): void {
    void this.load();
  }

  protected async open(event: Event, notification: NotificationFieldsFragment): Promise<void> {
    event.preventDefault();
    if (!notification.isRead) {
      try {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: MarkNotificationsReadDocument,
            variables: { input: { ids: [notification.id] } },
          }),
        );
        if (result.data) this.count.set(result.data.markNotificationsRead);
      } catch {
        // Opening the notification matters more than its read mark.
      }
    }
    const link = notificationLink(notification.linkPath);
    await this.router.navigate([link.path], { queryParams: link.queryParams });
  }

  protected async markAllRead(): Promise<void> {
    this.busy.set(true);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: MarkAllNotificationsReadDocument }));
      this.count.set(0);
      this.notifications.update((list) => list?.map((n) => ({ ...n, isRead: true })) ?? null);
    } catch (error) {
      this.error.set(describeError(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: NotificationsDocument,
          variables: { limit: LIST_SIZE },
          fetchPolicy: 'network-only',
        }),
      );
      if (!result.data) return;
      this.notifications.set(result.data.notifications);
      this.count.set(result.data.unreadNotificationCount);
    } catch (error) {
      this.error.set(describeError(error).message);
    }
  }
}
