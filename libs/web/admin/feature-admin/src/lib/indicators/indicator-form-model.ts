/** The indicator form as typed, and what the API takes. */
export interface IndicatorForm {
  readonly name: string;
  readonly unit: string;
  readonly direction: 'HigherIsBetter' | 'LowerIsBetter' | '';
  readonly baseline: string;
  readonly target: string;
  readonly tolerance: string;
}

export interface IndicatorFields {
  readonly name: string;
  readonly unit: string;
  readonly direction: 'HigherIsBetter' | 'LowerIsBetter';
  readonly baseline: number | null;
  readonly target: number | null;
  readonly tolerance: number | null;
}

export const EMPTY_INDICATOR_FORM: IndicatorForm = {
  name: '',
  unit: '',
  direction: '',
  baseline: '',
  target: '',
  tolerance: '',
};

export const INDICATOR_FIELD_ID: Readonly<Record<keyof IndicatorForm, string>> = {
  name: 'indicator-name',
  unit: 'indicator-unit',
  direction: 'indicator-direction',
  baseline: 'indicator-baseline',
  target: 'indicator-target',
  tolerance: 'indicator-tolerance',
};

const NUMBER = /^-?\d+(\.\d+)?$/;

/** "1,234.5" → 1234.5; "" → null; anything else → undefined (not a number). */
function parse(text: string): number | null | undefined {
  const plain = text.trim().replace(/,/g, '');
  if (plain === '') return null;
  return NUMBER.test(plain) ? Number(plain) : undefined;
}

/** The form checked as the API checks it, so most mistakes are named before a round trip. */
export function readIndicatorForm(form: IndicatorForm): {
  fields: IndicatorFields | null;
  problems: Array<{ field: keyof IndicatorForm; message: string }>;
} {
  const problems: Array<{ field: keyof IndicatorForm; message: string }> = [];
  if (!form.name.trim()) problems.push({ field: 'name', message: 'Enter the indicator name' });
  else if (form.name.trim().length > 200)
    problems.push({ field: 'name', message: 'Name must be 200 characters or fewer' });
  if (form.unit.trim().length > 40) problems.push({ field: 'unit', message: 'Unit must be 40 characters or fewer' });
  if (!form.direction) problems.push({ field: 'direction', message: 'Select whether higher or lower is better' });
  const baseline = parse(form.baseline);
  const target = parse(form.target);
  const tolerance = parse(form.tolerance);
  if (baseline === undefined)
    problems.push({ field: 'baseline', message: 'Baseline must be a number, like 412 or 52.5' });
  if (target === undefined) problems.push({ field: 'target', message: 'Target must be a number, like 480 or 60' });
  if (tolerance === undefined) problems.push({ field: 'tolerance', message: 'Tolerance must be a number, like 5' });
  else if (tolerance !== null && tolerance < 0)
    problems.push({ field: 'tolerance', message: 'Tolerance must be 0 or more' });
  if (problems.length || !form.direction) return { fields: null, problems };
  return {
    fields: {
      name: form.name.trim(),
      unit: form.unit.trim(),
      direction: form.direction,
      baseline: baseline ?? null,
      target: target ?? null,
      tolerance: tolerance ?? null,
    },
    problems,
  };
}

/** The form filled from an indicator, for changing it. */
export function formOf(indicator: IndicatorFields): IndicatorForm {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    baseline: text(indicator.baseline),
    target: text(indicator.target),
    tolerance: text(indicator.tolerance),
  };
}
