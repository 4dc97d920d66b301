import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  ReviewStrategiesDocument,
  type ReviewStrategiesQuery,
  SessionStore,
  describeError,
} from '@waymark/web/shared/data-access';
import { Loading } from '@waymark/web/shared/ui';

/** Strategies this senior officer reviews, each linking to its current period. */
@Component({
  selector: 'wm-review-start-page',
  imports: [RouterLink, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="govuk-heading-l">Review</h1>
    @if (error(); as message) {
      <p class="govuk-body">{{ message }}</p>
    } @else if (!data()) {
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
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionStore);
  protected readonly data = signal<ReviewStrategiesQuery | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly strategies = computed(() => {
    const reviewed = new Set(this.session.user()?.reviewerOfStrategyIds ?? []);
    return (this.data()?.strategies ?? [])
      .filter((s) => reviewed.has(s.id))
      .map((s) => ({ ...s, current: s.periods.find((p) => p.state !== 'SignedOff') ?? s.periods.at(-1) ?? null }));
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: ReviewStrategiesDocument, fetchPolicy: 'network-only' }),
      );
      this.data.set(result.data ?? null);
    } catch (error) {
      this.error.set(describeError(error).message);
    }
  }
}
