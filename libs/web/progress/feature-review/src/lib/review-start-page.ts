import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ReviewStore, SessionStore } from '@waymark/web/shared/data-access';
import { Loading } from '@waymark/web/shared/ui';

/** Strategies this senior officer reviews, each linking to its current period. */
@Component({
  selector: 'wm-review-start-page',
  imports: [RouterLink, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ReviewStore],
  template: `
    <h1 class="govuk-heading-l">Review</h1>
    @if (error(); as message) {
      <p class="govuk-body">{{ message }}</p>
    } @else if (!all()) {
      <wm-loading />
    } @else if (strategies().length === 0) {
      <p class="govuk-body">You do not review any strategies.</p>
    } @else {
      <ul class="govuk-list govuk-list--spaced">
        @for (s of strategies(); track s.id) {
          <li>
            @if (s.current; as period) {
              <a class="govuk-link govuk-!-font-weight-bold" [routerLink]="['/review', s.id, period.id]">{{ s.title }}</a> – {{ period.name }}
            } @else {
              {{ s.title }} – no reporting periods yet
            }
          </li>
        }
      </ul>
    }
  `,
})
export class ReviewStartPage implements OnInit {
  private readonly store = inject(ReviewStore);
  private readonly session = inject(SessionStore);
  protected readonly all = this.store.strategies.value;
  protected readonly error = this.store.strategies.error;
  protected readonly strategies = computed(() => {
    const reviewed = new Set(this.session.user()?.reviewerOfStrategyIds ?? []);
    return (this.all() ?? [])
      .filter((s) => reviewed.has(s.id))
      .map((s) => ({ ...s, current: s.periods.find((p) => p.state !== 'SignedOff') ?? s.periods.at(-1) ?? null }));
  });

  ngOnInit(): void {
    void this.store.loadStrategies();
  }
}
