import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { longDate } from '@waymark/shared/domain';
import { HomeDocument, NotificationCountStore, type HomeQuery, describeError } from '@waymark/web/shared/data-access';
import { Loading } from '@waymark/web/shared/ui';
import { owedBreakdown, owedHeadline, waitingText } from './home-words';
import { notificationDate } from './notification-date';
import { notificationLink } from './notification-link';

/** The start page's summary: what the person owes this period, what waits for their review, recent notifications. */
@Component({
  selector: 'wm-home-summary',
  imports: [RouterLink, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-summary.html',
})
export class HomeSummary implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly count = inject(NotificationCountStore);
  protected readonly home = signal<HomeQuery['home'] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly longDate = longDate;
  protected readonly headline = owedHeadline;
  protected readonly breakdown = owedBreakdown;
  protected readonly waitingText = waitingText;
  protected readonly when = notificationDate;
  protected readonly linkOf = notificationLink;

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(this.apollo.query({ query: HomeDocument, fetchPolicy: 'network-only' }));
      const home = result.data?.home ?? null;
      this.home.set(home);
      if (home) this.count.set(home.unreadNotificationCount);
    } catch (error) {
      this.error.set(describeError(error).message);
    }
  }
}
