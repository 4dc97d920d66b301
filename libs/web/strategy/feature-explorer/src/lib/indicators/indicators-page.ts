import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  IndicatorStore,
  type IndicatorValueFieldsFragment,
  SessionStore,
  type StrategyIndicator,
} from '@waymark/web/shared/data-access';
import { Loading, NotificationBanner, TableScroll, TrendChart, formatWithUnit } from '@waymark/web/shared/ui';
import { IndicatorStatusTag } from './indicator-status-tag';
import { IndicatorValueForm } from './indicator-value-form';

export const DIRECTION_WORD: Record<StrategyIndicator['direction'], string> = {
  HigherIsBetter: 'higher is better',
  LowerIsBetter: 'lower is better',
};

/** A strategy's performance indicators: a trend chart and the data table for each; reviewers record values. */
@Component({
  selector: 'wm-indicators-page',
  imports: [RouterLink, Loading, NotificationBanner, TableScroll, TrendChart, IndicatorValueForm, IndicatorStatusTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [IndicatorStore],
  templateUrl: './indicators-page.html',
})
export class IndicatorsPage implements OnInit {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();
  private readonly store = inject(IndicatorStore);
  private readonly session = inject(SessionStore);

  protected readonly strategy = computed(() => this.store.indicators.value()?.strategy ?? null);
  protected readonly indicators = computed(() => this.store.indicators.value()?.indicators ?? null);
  protected readonly error = this.store.indicators.error;
  protected readonly notice = signal<string | null>(null);
  protected readonly directionWord = DIRECTION_WORD;

  /** Administrators and the strategy's senior officer group (its reviewers) record values; the API checks the same. */
  protected readonly canRecord = computed(() => {
    const user = this.session.user();
    return !!user && (user.isAdministrator || user.reviewerOfStrategyIds.includes(this.id()));
  });

  ngOnInit(): void {
    void this.store.load(this.id());
  }

  protected points(indicator: StrategyIndicator): { label: string; value: number }[] {
    return indicator.values.map((v) => ({ label: v.periodName, value: v.value }));
  }

  protected format(value: number | null | undefined, unit: string): string {
    return value === null || value === undefined ? 'Not set' : formatWithUnit(value, unit);
  }

  protected async recorded(indicator: StrategyIndicator, value: IndicatorValueFieldsFragment): Promise<void> {
    await this.store.load(this.id());
    this.notice.set(
      `${indicator.name}: ${formatWithUnit(value.value, indicator.unit)} recorded for ${value.periodName}.`,
    );
  }
}
