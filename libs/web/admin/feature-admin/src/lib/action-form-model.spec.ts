import { EMPTY_ACTION, apiMessage, fieldId, formField, toCreateInput, validateAction } from './action-form-model';

describe('validateAction', () => {
  it('asks for a theme and a title', () => {
    expect(validateAction(EMPTY_ACTION)).toEqual([
      { field: 'themeId', message: 'Select a theme' },
      { field: 'title', message: 'Enter the action title' },
    ]);
  });

  it('rejects impossible dates and a due date before the start', () => {
    const base = { ...EMPTY_ACTION, themeId: 't1', title: 'Train staff' };
    expect(validateAction({ ...base, startsOn: '2025-02-30' })).toEqual([
      { field: 'startsOn', message: 'Start date must be a real date' },
    ]);
    expect(validateAction({ ...base, startsOn: '2025-04-01', currentDueOn: '2025-03-31' })).toEqual([
      { field: 'currentDueOn', message: 'Due date must be the same as or after the start date' },
    ]);
    expect(validateAction({ ...base, startsOn: '2025-04-01', currentDueOn: '2025-04-01' })).toEqual([]);
  });
});

describe('toCreateInput', () => {
  it('trims text and sends null for empty optional fields', () => {
    expect(
      toCreateInput({ ...EMPTY_ACTION, themeId: 't1', title: '  Train staff ', ref: ' ', currentDueOn: '2026-03-31' }),
    ).toEqual({
      themeId: 't1',
      objectiveId: null,
      title: 'Train staff',
      description: null,
      ref: null,
      leadOrganisationId: null,
      leadPersonId: null,
      deliveryGroupId: null,
      startsOn: null,
      currentDueOn: '2026-03-31',
      lifecycleStatus: 'NotStarted',
    });
  });
});

describe('API field errors', () => {
  it('map input.<field> to the form field and its element id', () => {
    expect(formField('input.title')).toBe('title');
    expect(formField('input.currentDueOn')).toBe('currentDueOn');
    expect(formField('input.version')).toBeNull();
    expect(fieldId('currentDueOn')).toBe('action-current-due-on');
  });

  it('prefix lower-case messages with the field label', () => {
    const labels = {
      ...Object.fromEntries(Object.keys(EMPTY_ACTION).map((k) => [k, k])),
      title: 'Action title',
    } as never;
    expect(apiMessage('title', 'must be 2,000 characters or fewer', labels)).toBe(
      'Action title must be 2,000 characters or fewer',
    );
    expect(apiMessage('title', 'Enter the action title', labels)).toBe('Enter the action title');
  });
});
