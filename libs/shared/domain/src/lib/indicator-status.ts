import { IndicatorDirection } from './enums';

/** How a recorded indicator value stands against its target. */
export enum IndicatorStatus {
  OnTarget = 'on_target',
  WithinTolerance = 'within_tolerance',
  OffTarget = 'off_target',
}

export const INDICATOR_STATUS_LABEL: Readonly<Record<IndicatorStatus, string>> = {
  [IndicatorStatus.OnTarget]: 'On target',
  [IndicatorStatus.WithinTolerance]: 'Within tolerance',
  [IndicatorStatus.OffTarget]: 'Off target',
};

export interface IndicatorMeasure {
  readonly direction: IndicatorDirection;
  readonly target: number | null;
  /** How far short of the target (in the indicator's unit) still counts as within tolerance; null is 0. */
  readonly tolerance: number | null;
}

/**
 * The one rule for colouring an indicator value, wherever values are shown: on target when it meets the target in
 * the better direction; within tolerance when it falls short by no more than the tolerance; otherwise off target.
 * No target, no status (null).
 */
export function indicatorStatus(value: number, measure: IndicatorMeasure): IndicatorStatus | null {
  if (measure.target === null || !Number.isFinite(value)) return null;
  const shortfall =
    measure.direction === IndicatorDirection.HigherIsBetter ? measure.target - value : value - measure.target;
  if (shortfall <= 0) return IndicatorStatus.OnTarget;
  return shortfall <= Math.max(0, measure.tolerance ?? 0) ? IndicatorStatus.WithinTolerance : IndicatorStatus.OffTarget;
}
