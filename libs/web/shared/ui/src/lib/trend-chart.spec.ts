import { TestBed } from '@angular/core/testing';
import {
  PERIOD_CHAR_WIDTH,
  TrendChart,
  VALUE_CHAR_WIDTH,
  formatWithUnit,
  labelBox,
  niceStep,
  summarise,
  trendChartModel,
  yDomain,
} from './trend-chart';

const POINTS = [
  { label: '2024/25 Q1', value: 120 },
  { label: '2024/25 Q2', value: 135 },
  { label: '2024/25 Q3', value: 128 },
];
const OPTIONS = { title: 'Hate crimes reported', unit: 'reports', target: 150, directionWord: 'higher is better' };

describe('trend chart scales', () => {
  it('picks round steps of 1, 2 or 5 × 10ⁿ', () => {
    expect(niceStep(150)).toBe(50);
    expect(niceStep(8)).toBe(2);
    expect(niceStep(0.9)).toBe(0.5);
    expect(niceStep(0)).toBe(1);
  });

  it('starts the y axis at zero, reaches the largest value or target, and rounds outward to whole steps', () => {
    expect(yDomain([120, 135, 150])).toEqual({ min: 0, max: 150, step: 50 });
    expect(yDomain([-3, 7])).toEqual({ min: -5, max: 10, step: 5 });
    expect(yDomain([])).toEqual({ min: 0, max: 1, step: 0.5 });
  });

  it('places points left to right in their bands and higher values higher, with the target line at its value', () => {
    const m = trendChartModel(POINTS, OPTIONS);
    const xs = m.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(m.points[1].y).toBeLessThan(m.points[0].y);
    // 0 sits on the x axis and the top tick (150, the target) on the top of the plot.
    expect(m.ticks[0]).toEqual({ y: m.plot.bottom, label: '0' });
    expect(m.ticks[m.ticks.length - 1]).toEqual({ y: m.plot.top, label: '150' });
    expect(m.target).toEqual({ y: m.plot.top, label: 'Target 150 reports' });
    expect(m.path).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });

  it('labels every point with its value and period, percentages with a % sign', () => {
    const m = trendChartModel([{ label: 'Q1', value: 41.5 }], { ...OPTIONS, unit: '%', target: null });
    expect(m.points).toEqual([expect.objectContaining({ label: 'Q1', valueLabel: '41.5%' })]);
    expect(m.path).toBe('');
    expect(m.target).toBeNull();
    expect(m.yAxisLabel).toBe('Per cent');
    expect(formatWithUnit(1234.567, 'days')).toBe('1,234.57 days');
  });
});

describe('trend chart summary', () => {
  it('states every value, the target and whether the latest value is above or below it', () => {
    expect(summarise(POINTS, OPTIONS)).toBe(
      'Hate crimes reported (higher is better), trend chart: 2024/25 Q1 120 reports; 2024/25 Q2 135 reports; 2024/25 Q3 128 reports. ' +
        'Target 150 reports. Latest 128 reports, below target.',
    );
    expect(summarise([{ label: 'Q1', value: 90 }], { ...OPTIONS, unit: '%', target: 80 })).toContain(
      'Latest 90%, above target.',
    );
  });

  it('says when there are no values yet', () => {
    expect(summarise([], { ...OPTIONS, target: null })).toBe(
      'Hate crimes reported (higher is better), trend chart: no values recorded yet.',
    );
  });
});

describe('trend chart labels', () => {
  const quarters = ['2021/22', '2022/23', '2023/24', '2024/25'].flatMap((year) =>
    ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `${year} ${q}`),
  );
  const many = quarters.map((label, i) => ({ label, value: 1000 + (i % 2) * 3 }));

  const overlapping = (boxes: { x: number; width: number; y: number; height: number }[]) =>
    boxes.some((a, i) =>
      boxes.some(
        (b, j) => i < j && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
      ),
    );

  it('never draws two period labels or two value labels over each other, and always labels the latest period', () => {
    const m = trendChartModel(many, { title: 'Reports', unit: 'reports', target: null, directionWord: null });
    const periods = m.points
      .filter((p) => p.showLabel)
      .map((p) => labelBox(p.label, p.x, m.plot.bottom + 18, PERIOD_CHAR_WIDTH, 12));
    const values = m.points
      .filter((p) => p.showValue)
      .map((p) => labelBox(p.valueLabel, p.x, p.y - 10, VALUE_CHAR_WIDTH, 14));
    expect(overlapping(periods)).toBe(false);
    expect(overlapping(values)).toBe(false);
    // Sixteen quarters in 544 px: the labels were drawn 34 px apart although each is about 70 px wide.
    expect(periods.length).toBeLessThan(many.length);
    expect(periods.length).toBeGreaterThan(1);
    expect(m.points[m.points.length - 1].showLabel).toBe(true);
  });

  it('labels every point when there is room', () => {
    const m = trendChartModel(POINTS, OPTIONS);
    expect(m.points.every((p) => p.showLabel && p.showValue)).toBe(true);
  });
});

describe('TrendChart component', () => {
  it('uses the GOV.UK sans-serif font stack, not the browser default serif', async () => {
    const fixture = TestBed.createComponent(TrendChart);
    fixture.componentRef.setInput('points', POINTS);
    fixture.componentRef.setInput('title', OPTIONS.title);
    await fixture.whenStable();
    const svg = (fixture.nativeElement as HTMLElement).querySelector('svg') as SVGElement;
    expect(svg.getAttribute('font-family')).toBe('arial, helvetica, sans-serif');
  });

  it('renders one image with the summary as its accessible name, value labels, period labels, axis titles and a labelled target', async () => {
    const fixture = TestBed.createComponent(TrendChart);
    fixture.componentRef.setInput('points', POINTS);
    fixture.componentRef.setInput('title', OPTIONS.title);
    fixture.componentRef.setInput('unit', OPTIONS.unit);
    fixture.componentRef.setInput('target', OPTIONS.target);
    fixture.componentRef.setInput('directionWord', OPTIONS.directionWord);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(summarise(POINTS, OPTIONS));
    expect(root.querySelectorAll('circle.wm-trend-chart__point')).toHaveLength(3);
    expect([...root.querySelectorAll('.wm-trend-chart__value')].map((t) => t.textContent?.trim())).toEqual([
      '120',
      '135',
      '128',
    ]);
    expect([...root.querySelectorAll('.wm-trend-chart__period')].map((t) => t.textContent?.trim())).toEqual(
      POINTS.map((p) => p.label),
    );
    expect(root.querySelector('.wm-trend-chart__target-label')?.textContent?.trim()).toBe('Target 150 reports');
    expect([...root.querySelectorAll('.wm-trend-chart__axis-title')].map((t) => t.textContent?.trim())).toEqual([
      'Reports',
      'Reporting period',
    ]);
  });

  it('draws no target line when there is no target', async () => {
    const fixture = TestBed.createComponent(TrendChart);
    fixture.componentRef.setInput('points', POINTS);
    fixture.componentRef.setInput('title', 'Detection rate');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('.wm-trend-chart__target')).toBeNull();
  });
});
