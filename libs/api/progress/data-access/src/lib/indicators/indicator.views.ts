import { IndicatorDirection } from '@waymark/shared/domain';

/** Plain read shapes of performance indicators (numbers converted from pg numeric at this edge). */
export interface IndicatorValueView {
  readonly id: string;
  readonly indicatorId: string;
  readonly periodId: string;
  readonly periodName: string;
  readonly value: number;
  readonly note: string | null;
  readonly version: number;
}

export interface IndicatorView {
  readonly id: string;
  readonly strategyId: string;
  readonly objectiveId: string | null;
  readonly name: string;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  readonly baseline: number | null;
  readonly target: number | null;
  /** How far short of the target still counts as within tolerance (the indicator's unit); null is none. */
  readonly tolerance: number | null;
  readonly sortOrder: number;
  readonly version: number;
  readonly archivedAt: Date | null;
  /** In reporting-period order (starts_on, ends_on, id). */
  readonly values: IndicatorValueView[];
}
