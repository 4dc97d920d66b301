import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  NotificationCountStore,
  type NotificationFieldsFragment,
  NotificationsStore,
} from '@waymark/web/shared/data-access';
import { Loading } from '@waymark/web/shared/ui';
import { notificationDate } from './notification-date';
import { notificationLink } from './notification-link';

/** Everything that happened to the person's work, newest first; opening one marks it read. */
@Component({
  selector: 'wm-notification-list-page',
  imports: [RouterLink, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [NotificationsStore],
  templateUrl: './notification-list-page.html',
})
export class NotificationListPage implements OnInit {
  private readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);
  protected readonly notifications = this.store.list.value;
  protected readonly unread = inject(NotificationCountStore).unread;
  protected readonly error = computed(() => this.store.list.error() ?? this.store.markAllError());
  protected readonly busy = this.store.list.busy;
  protected readonly when = notificationDate;
  protected readonly linkOf = notificationLink;

  ngOnInit(): void {
    void this.store.loadList();
  }

  protected async open(event: Event, notification: NotificationFieldsFragment): Promise<void> {
    event.preventDefault();
    if (!notification.isRead) await this.store.markRead(notification.id);
    const link = notificationLink(notification.linkPath);
    await this.router.navigate([link.path], { queryParams: link.queryParams });
  }

  protected markAllRead(): Promise<void> {
    return this.store.markAllRead();
  }
}
