import { Injectable, inject, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { UnreadNotificationCountDocument } from './generated/graphql';

/** The signed-in person's unread notifications, for the header; pages that read or mark notifications keep it current. */
@Injectable({ providedIn: 'root' })
export class NotificationCountStore {
  private readonly apollo = inject(Apollo);
  readonly unread = signal(0);

  /** Asks the API again; a failure leaves the last count (the header must never break a page). */
  async refresh(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: UnreadNotificationCountDocument, fetchPolicy: 'network-only' }),
      );
      if (result.data) this.unread.set(result.data.unreadNotificationCount);
    } catch {
      // Signed out or offline: the header shows the last known count.
    }
  }

  set(count: number): void {
    this.unread.set(count);
  }
}
