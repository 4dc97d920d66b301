import { IndicatorDirection } from './enums';
import { IndicatorStatus, indicatorStatus } from './indicator-status';

const higher = { direction: IndicatorDirection.HigherIsBetter, target: 60, tolerance: 5 };
const lower = { direction: IndicatorDirection.LowerIsBetter, target: 20, tolerance: 2 };

describe('indicator status against target and tolerance', () => {
  it.each([
    [65, IndicatorStatus.OnTarget],
    [60, IndicatorStatus.OnTarget],
    [57.5, IndicatorStatus.WithinTolerance],
    [55, IndicatorStatus.WithinTolerance],
    [54.9, IndicatorStatus.OffTarget],
    [0, IndicatorStatus.OffTarget],
  ])('higher is better: %p against 60 ± 5 is %s', (value, status) => {
    expect(indicatorStatus(value, higher)).toBe(status);
  });

  it.each([
    [12, IndicatorStatus.OnTarget],
    [20, IndicatorStatus.OnTarget],
    [22, IndicatorStatus.WithinTolerance],
    [22.01, IndicatorStatus.OffTarget],
  ])('lower is better: %p against 20 ± 2 is %s', (value, status) => {
    expect(indicatorStatus(value, lower)).toBe(status);
  });

  it('has no tolerance band when none is set: short of the target is off target', () => {
    expect(indicatorStatus(59.99, { ...higher, tolerance: null })).toBe(IndicatorStatus.OffTarget);
    expect(indicatorStatus(60, { ...higher, tolerance: null })).toBe(IndicatorStatus.OnTarget);
  });

  it('gives no status without a target', () => {
    expect(indicatorStatus(10, { ...higher, target: null })).toBeNull();
  });

  it('treats a zero target like any other', () => {
    expect(indicatorStatus(0, { direction: IndicatorDirection.LowerIsBetter, target: 0, tolerance: 1 })).toBe(
      IndicatorStatus.OnTarget,
    );
    expect(indicatorStatus(1, { direction: IndicatorDirection.LowerIsBetter, target: 0, tolerance: 1 })).toBe(
      IndicatorStatus.WithinTolerance,
    );
  });
});
