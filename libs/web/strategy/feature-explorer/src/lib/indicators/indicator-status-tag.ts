import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { INDICATOR_STATUS_LABEL, IndicatorDirection, IndicatorStatus, indicatorStatus } from '@waymark/shared/domain';

const TAG_CLASS: Record<IndicatorStatus, string> = {
  [IndicatorStatus.OnTarget]: 'govuk-tag--green',
  [IndicatorStatus.WithinTolerance]: 'govuk-tag--yellow',
  [IndicatorStatus.OffTarget]: 'govuk-tag--red',
};

/** An indicator value against its target and tolerance band (the shared rule), always in words, colour second. */
@Component({
  selector: 'wm-indicator-status-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (status(); as s) {
      <strong class="govuk-tag {{ tagClass[s] }}">{{ label[s] }}</strong>
    } @else {
      <strong class="govuk-tag govuk-tag--grey">No target</strong>
    }
  `,
})
export class IndicatorStatusTag {
  readonly value = input.required<number>();
  /** The GraphQL enum's spelling. */
  readonly direction = input.required<'HigherIsBetter' | 'LowerIsBetter'>();
  readonly target = input<number | null | undefined>(null);
  readonly tolerance = input<number | null | undefined>(null);
  protected readonly tagClass = TAG_CLASS;
  protected readonly label = INDICATOR_STATUS_LABEL;
  protected readonly status = computed(() =>
    indicatorStatus(this.value(), {
      direction:
        this.direction() === 'HigherIsBetter' ? IndicatorDirection.HigherIsBetter : IndicatorDirection.LowerIsBetter,
      target: this.target() ?? null,
      tolerance: this.tolerance() ?? null,
    }),
  );
}
