import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { longDate } from '@waymark/shared/domain';
import { NotificationsStore } from '@waymark/web/shared/data-access';
import { Loading } from '@waymark/web/shared/ui';
import { owedBreakdown, owedHeadline, waitingText } from './home-words';
import { notificationDate } from './notification-date';
import { notificationLink } from './notification-link';

/** The start page's summary: what the person owes this period, what waits for their review, recent notifications. */
@Component({
  selector: 'wm-home-summary',
  imports: [RouterLink, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [NotificationsStore],
  templateUrl: './home-summary.html',
})
export class HomeSummary implements OnInit {
  private readonly store = inject(NotificationsStore);
  protected readonly home = this.store.home.value;
  protected readonly error = this.store.home.error;
  protected readonly longDate = longDate;
  protected readonly headline = owedHeadline;
  protected readonly breakdown = owedBreakdown;
  protected readonly waitingText = waitingText;
  protected readonly when = notificationDate;
  protected readonly linkOf = notificationLink;

  ngOnInit(): void {
    void this.store.loadHome();
  }
}
