import { EMPTY_INDICATOR_FORM, formOf, readIndicatorForm } from './indicator-form-model';

describe('indicator form', () => {
  it('names every missing or malformed field', () => {
    expect(
      readIndicatorForm({ ...EMPTY_INDICATOR_FORM, target: 'sixty', tolerance: '-1' }).problems.map((p) => p.field),
    ).toEqual(['name', 'direction', 'target', 'tolerance']);
  });

  it('reads numbers with thousands separators and leaves blanks unset', () => {
    const { fields, problems } = readIndicatorForm({
      name: ' Reports ',
      unit: 'reports',
      direction: 'HigherIsBetter',
      baseline: '1,234',
      target: '1500.5',
      tolerance: '',
    });
    expect(problems).toEqual([]);
    expect(fields).toEqual({
      name: 'Reports',
      unit: 'reports',
      direction: 'HigherIsBetter',
      baseline: 1234,
      target: 1500.5,
      tolerance: null,
    });
    expect(fields && formOf(fields)).toEqual({
      name: 'Reports',
      unit: 'reports',
      direction: 'HigherIsBetter',
      baseline: '1234',
      target: '1500.5',
      tolerance: '',
    });
  });
});
