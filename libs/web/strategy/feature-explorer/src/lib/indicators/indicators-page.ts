import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  IndicatorStrategyDocument,
  type IndicatorStrategyQuery,
  type IndicatorValueFieldsFragment,
  SessionStore,
  StrategyIndicatorsDocument,
  type StrategyIndicatorsQuery,
  describeError,
} from '@waymark/web/shared/data-access';
import { Loading, NotificationBanner, TableScroll, TrendChart, formatWithUnit } from '@waymark/web/shared/ui';
import { IndicatorStatusTag } from './indicator-status-tag';
import { IndicatorValueForm } from './indicator-value-form';

export type StrategyIndicator = StrategyIndicatorsQuery['indicators'][number];

export const DIRECTION_WORD: Record<StrategyIndicator['direction'], string> = {
  HigherIsBetter: 'higher is better',
  LowerIsBetter: 'lower is better',
};

/** A strategy's performance indicators: a trend chart and the data table for each; reviewers record values. */
@Component({
  selector: 'wm-indicators-page',
  imports: [RouterLink, Loading, NotificationBanner, TableScroll, TrendChart, IndicatorValueForm, IndicatorStatusTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicators-page.html',
})
export class IndicatorsPage implements OnInit {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionStore);

  protected readonly strategy = signal<IndicatorStrategyQuery['strategy'] | null>(null);
  protected readonly indicators = signal<StrategyIndicatorsQuery['indicators'] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly directionWord = DIRECTION_WORD;

  /** Administrators and the strategy's senior officer group (its reviewers) record values; the API checks the same. */
  protected readonly canRecord = computed(() => {
    const user = this.session.user();
    return !!user && (user.isAdministrator || user.reviewerOfStrategyIds.includes(this.id()));
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [strategy, indicators] = await Promise.all([
        firstValueFrom(
          this.apollo.query({
            query: IndicatorStrategyDocument,
            variables: { id: this.id() },
            fetchPolicy: 'network-only',
          }),
        ),
        firstValueFrom(
          this.apollo.query({
            query: StrategyIndicatorsDocument,
            variables: { strategyId: this.id() },
            fetchPolicy: 'network-only',
          }),
        ),
      ]);
      this.strategy.set(strategy.data?.strategy ?? null);
      this.indicators.set(indicators.data?.indicators ?? []);
    } catch (error) {
      const problem = describeError(error);
      this.error.set(problem.code === 'NOT_FOUND' ? 'This strategy could not be found.' : problem.message);
    }
  }

  protected points(indicator: StrategyIndicator): { label: string; value: number }[] {
    return indicator.values.map((v) => ({ label: v.periodName, value: v.value }));
  }

  protected format(value: number | null | undefined, unit: string): string {
    return value === null || value === undefined ? 'Not set' : formatWithUnit(value, unit);
  }

  protected async recorded(indicator: StrategyIndicator, value: IndicatorValueFieldsFragment): Promise<void> {
    await this.load();
    this.notice.set(
      `${indicator.name}: ${formatWithUnit(value.value, indicator.unit)} recorded for ${value.periodName}.`,
    );
  }
}
