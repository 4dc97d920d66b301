import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** One value of the series, e.g. a performance indicator's value for a reporting period. */
export interface TrendPoint {
  /** The x-axis label, e.g. "2024/25 Q1". */
  readonly label: string;
  readonly value: number;
}

export interface TrendChartOptions {
  /** What is measured, e.g. "Hate crimes reported". */
  readonly title: string;
  /** e.g. "%", "reports"; may be empty. */
  readonly unit: string;
  readonly target: number | null;
  /** e.g. "higher is better"; included in the summary. */
  readonly directionWord: string | null;
  /** The y-axis title; defaults to the unit, or "Value". */
  readonly yAxisLabel?: string;
}

export interface TrendChartModel {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly ticks: readonly { readonly y: number; readonly label: string }[];
  /** `showLabel` / `showValue`: false where the text would overlap a neighbour's (the summary and table still have it). */
  readonly points: readonly {
    readonly x: number;
    readonly y: number;
    readonly label: string;
    readonly valueLabel: string;
    readonly showLabel: boolean;
    readonly showValue: boolean;
  }[];
  /** The SVG path of the line through the points ('' with fewer than two points). */
  readonly path: string;
  readonly target: { readonly y: number; readonly label: string } | null;
  readonly yAxisLabel: string;
  /** The text alternative of the whole chart (aria-label). */
  readonly summary: string;
}

const WIDTH = 640;
const HEIGHT = 300;
const PLOT = { left: 72, right: WIDTH - 24, top: 24, bottom: HEIGHT - 56 };

/** A value with its unit: "42%", "120 reports", "3.5". */
export function formatWithUnit(value: number, unit: string): string {
  const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** A round step (1, 2 or 5 × 10ⁿ) giving about `count` intervals over `span`. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/**
 * The y scale's domain, rounded outward to whole steps. It includes zero when every value is on one side of it
 * (so the height of the line is honest), the target, and never collapses to a single value.
 */
export function yDomain(values: readonly number[]): { min: number; max: number; step: number } {
  const all = values.length > 0 ? values : [0];
  let min = Math.min(0, ...all);
  let max = Math.max(0, ...all);
  if (min === max) max = min + 1;
  const step = niceStep(max - min);
  min = Math.floor(min / step) * step;
  max = Math.ceil(max / step) * step;
  return { min, max, step };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Generous widths of one character of Arial (the chart's font): 12 px regular period labels, 14 px bold values. */
export const PERIOD_CHAR_WIDTH = 7;
export const VALUE_CHAR_WIDTH = 8.5;
const LABEL_GAP = 6;

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A centred text's box, estimated from its length. */
export function labelBox(text: string, x: number, baseline: number, charWidth: number, fontSize: number): LabelBox {
  const width = text.length * charWidth;
  return { x: x - width / 2, y: baseline - fontSize, width, height: fontSize };
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    a.x < b.x + b.width + LABEL_GAP && b.x < a.x + a.width + LABEL_GAP && a.y < b.y + b.height && b.y < a.y + a.height
  );
}

/** Which labels to draw so that none overlaps another: the latest first, then each earlier one that still fits. */
export function labelsThatFit(boxes: readonly LabelBox[]): boolean[] {
  const shown: LabelBox[] = [];
  const keep = boxes.map(() => false);
  for (let i = boxes.length - 1; i >= 0; i--) {
    if (shown.some((other) => overlaps(boxes[i], other))) continue;
    shown.push(boxes[i]);
    keep[i] = true;
  }
  return keep;
}

/** Pure layout of the chart: scales, tick labels, point positions, value labels and the text summary. */
export function trendChartModel(points: readonly TrendPoint[], options: TrendChartOptions): TrendChartModel {
  const { unit, target } = options;
  const domain = yDomain([...points.map((p) => p.value), ...(target === null ? [] : [target])]);
  const scaleY = (value: number) =>
    round(PLOT.bottom - ((value - domain.min) / (domain.max - domain.min)) * (PLOT.bottom - PLOT.top));
  const band = (PLOT.right - PLOT.left) / Math.max(points.length, 1);
  const scaleX = (index: number) => round(PLOT.left + band * (index + 0.5));

  const ticks = [];
  for (let value = domain.min; value <= domain.max + domain.step / 1000; value += domain.step) {
    const v = round(value);
    ticks.push({ y: scaleY(v), label: formatWithUnit(v, unit === '%' ? '%' : '') });
  }
  const raw = points.map((p, index) => ({
    x: scaleX(index),
    y: scaleY(p.value),
    label: p.label,
    valueLabel: formatWithUnit(p.value, unit === '%' ? '%' : ''),
  }));
  const showLabel = labelsThatFit(raw.map((p) => labelBox(p.label, p.x, PLOT.bottom + 18, PERIOD_CHAR_WIDTH, 12)));
  const showValue = labelsThatFit(raw.map((p) => labelBox(p.valueLabel, p.x, p.y - 10, VALUE_CHAR_WIDTH, 14)));
  const placed = raw.map((p, i) => ({ ...p, showLabel: showLabel[i], showValue: showValue[i] }));
  const path = placed.length < 2 ? '' : placed.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    ticks,
    points: placed,
    path,
    target: target === null ? null : { y: scaleY(target), label: `Target ${formatWithUnit(target, unit)}` },
    yAxisLabel: options.yAxisLabel ?? (unit && unit !== '%' ? capitalise(unit) : unit === '%' ? 'Per cent' : 'Value'),
    summary: summarise(points, options),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Hate crimes reported (higher is better), trend chart: 2024/25 Q1 120 reports; Q2 135 reports. Target 150 reports. Latest 135 reports, below target." */
export function summarise(points: readonly TrendPoint[], options: TrendChartOptions): string {
  const { title, unit, target, directionWord } = options;
  const head = `${title}${directionWord ? ` (${directionWord})` : ''}, trend chart`;
  if (points.length === 0)
    return `${head}: no values recorded yet.${target === null ? '' : ` Target ${formatWithUnit(target, unit)}.`}`;
  const series = points.map((p) => `${p.label} ${formatWithUnit(p.value, unit)}`).join('; ');
  const parts = [`${head}: ${series}.`];
  if (target !== null) {
    const latest = points[points.length - 1].value;
    const relation = latest === target ? 'on target' : latest > target ? 'above target' : 'below target';
    parts.push(`Target ${formatWithUnit(target, unit)}. Latest ${formatWithUnit(latest, unit)}, ${relation}.`);
  }
  return parts.join(' ');
}

/**
 * A small, accessible line chart of our own: line with point markers and a value label on every point where it fits
 * without overlapping a neighbour, y-axis ticks and title, period labels on the x axis (likewise), and a dashed target
 * line labelled in text, in the GOV.UK sans-serif (Arial) rather than the browser's default serif. The SVG is one image
 * (`role="img"`) whose `aria-label` states every value; pages show the data table beside it, so nothing relies
 * on the chart or on colour.
 */
@Component({
  selector: 'wm-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .wm-trend-chart { width: 100%; max-width: 640px; height: auto; display: block; font-family: arial, helvetica, sans-serif; }
    .wm-trend-chart text { fill: #0b0c0c; font-size: 14px; }
    .wm-trend-chart .wm-trend-chart__small { font-size: 12px; }
  `,
  template: `
    @let m = model();
    <svg class="wm-trend-chart" font-family="arial, helvetica, sans-serif" [attr.viewBox]="'0 0 ' + m.width + ' ' + m.height" role="img" [attr.aria-label]="m.summary" focusable="false">
      <g aria-hidden="true">
        @for (tick of m.ticks; track tick.y) {
          <line [attr.x1]="m.plot.left" [attr.x2]="m.plot.right" [attr.y1]="tick.y" [attr.y2]="tick.y" stroke="#b1b4b6" stroke-width="1" />
          <text class="wm-trend-chart__small" [attr.x]="m.plot.left - 8" [attr.y]="tick.y + 4" text-anchor="end">{{ tick.label }}</text>
        }
        <line [attr.x1]="m.plot.left" [attr.x2]="m.plot.left" [attr.y1]="m.plot.top" [attr.y2]="m.plot.bottom" stroke="#0b0c0c" stroke-width="1" />
        <line [attr.x1]="m.plot.left" [attr.x2]="m.plot.right" [attr.y1]="m.plot.bottom" [attr.y2]="m.plot.bottom" stroke="#0b0c0c" stroke-width="1" />
        <text class="wm-trend-chart__axis-title" [attr.transform]="'translate(16 ' + (m.plot.top + m.plot.bottom) / 2 + ') rotate(-90)'" text-anchor="middle">
          {{ m.yAxisLabel }}
        </text>
        <text class="wm-trend-chart__axis-title" [attr.x]="(m.plot.left + m.plot.right) / 2" [attr.y]="m.height - 6" text-anchor="middle">Reporting period</text>
        @if (m.target; as target) {
          <line
            class="wm-trend-chart__target"
            [attr.x1]="m.plot.left"
            [attr.x2]="m.plot.right"
            [attr.y1]="target.y"
            [attr.y2]="target.y"
            stroke="#0b0c0c"
            stroke-width="2"
            stroke-dasharray="8 6"
          />
          <text class="wm-trend-chart__target-label" [attr.x]="m.plot.right" [attr.y]="target.y - 6" text-anchor="end" font-weight="700">{{ target.label }}</text>
        }
        @if (m.path) {
          <path class="wm-trend-chart__line" [attr.d]="m.path" fill="none" stroke="#1d70b8" stroke-width="3" />
        }
        @for (point of m.points; track $index) {
          <circle class="wm-trend-chart__point" [attr.cx]="point.x" [attr.cy]="point.y" r="5" fill="#1d70b8" stroke="#ffffff" stroke-width="2" />
          @if (point.showValue) {
            <text class="wm-trend-chart__value" [attr.x]="point.x" [attr.y]="point.y - 10" text-anchor="middle" font-weight="700">{{ point.valueLabel }}</text>
          }
          @if (point.showLabel) {
            <text class="wm-trend-chart__small wm-trend-chart__period" [attr.x]="point.x" [attr.y]="m.plot.bottom + 18" text-anchor="middle">{{ point.label }}</text>
          }
        }
      </g>
    </svg>
  `,
})
export class TrendChart {
  readonly points = input.required<readonly TrendPoint[]>();
  readonly title = input.required<string>();
  readonly unit = input('');
  readonly target = input<number | null | undefined>(null);
  readonly directionWord = input<string | null>(null);
  readonly yAxisLabel = input<string | undefined>(undefined);

  protected readonly model = computed(() =>
    trendChartModel(this.points(), {
      title: this.title(),
      unit: this.unit(),
      target: this.target() ?? null,
      directionWord: this.directionWord(),
      yAxisLabel: this.yAxisLabel(),
    }),
  );
}
