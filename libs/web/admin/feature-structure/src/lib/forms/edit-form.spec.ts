import { CombinedGraphQLErrors } from '@apollo/client';
import { EditForm, errorsFromProblem, formField, isRealDate } from './edit-form';
import { EMPTY_STRATEGY, organisationSpec, personSpec, strategyInput, strategySpec } from './specs';

const graphqlError = (extensions: Record<string, unknown>, message = 'Bad input') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] } as never);

describe('browser validation', () => {
  it('asks for the strategy title, dates and level labels, GOV.UK style', () => {
    const errors = strategySpec.validate({ ...EMPTY_STRATEGY, themeLabel: ' ' });
    expect(errors).toEqual([
      { field: 'title', message: 'Enter the strategy title' },
      { field: 'startsOn', message: 'Enter the start date' },
      { field: 'endsOn', message: 'Enter the end date' },
      { field: 'themeLabel', message: 'Enter the label of the theme level' },
    ]);
  });

  it('rejects impossible dates and an end before the start', () => {
    const base = { ...EMPTY_STRATEGY, title: 'Hate Crime Strategy' };
    expect(strategySpec.validate({ ...base, startsOn: '2025-02-30', endsOn: '2026-01-01' })).toEqual([
      { field: 'startsOn', message: 'Start date must be a real date' },
    ]);
    expect(strategySpec.validate({ ...base, startsOn: '2025-04-01', endsOn: '2025-03-31' })).toEqual([
      { field: 'endsOn', message: 'End date must be the same as or after the start date' },
    ]);
    expect(isRealDate('2024-02-29')).toBe(true);
  });

  it('checks email format and lengths for people and organisations', () => {
    expect(
      personSpec.validate({
        fullName: 'Priya',
        email: 'priya@',
        jobTitle: '',
        organisationId: '',
        isAdministrator: false,
      }),
    ).toEqual([{ field: 'email', message: 'Enter an email address in the correct format, like name@example.org' }]);
    expect(organisationSpec.validate({ name: 'Police', shortName: 'x'.repeat(41) })).toEqual([
      { field: 'shortName', message: 'Short name must be 40 characters or fewer' },
    ]);
  });
});

describe('strategyInput', () => {
  it('trims text, sends null for empty optional fields and nests the RAG definitions', () => {
    const input = strategyInput({
      ...EMPTY_STRATEGY,
      title: ' Plan ',
      startsOn: '2025-04-01',
      endsOn: '2028-03-31',
      ragRed: ' Off track ',
    });
    expect(input).toMatchObject({
      title: 'Plan',
      shortTitle: null,
      accountableGroupId: null,
      reportingCadence: 'Quarterly',
      hasObjectiveLevel: true,
    });
    expect(input.ragDefinitions).toEqual({ red: 'Off track', amber: null, green: null });
  });
});

describe('API field errors', () => {
  it('map input paths (including nested RAG definitions) onto form fields', () => {
    expect(formField(strategySpec, 'input.title')).toBe('title');
    expect(formField(strategySpec, 'input.ragDefinitions.amber')).toBe('ragAmber');
    expect(formField(strategySpec, 'input.version')).toBeNull();
  });

  it('prefix lower-case messages with the field label, and keep whole sentences', () => {
    const problem = {
      code: 'BAD_USER_INPUT',
      message: 'Bad input',
      current: null,
      fields: [
        { field: 'input.shortName', message: 'must be 40 characters or fewer' },
        { field: 'input.name', message: 'An organisation with this name already exists' },
        { field: 'input.somethingElse', message: 'Not allowed here' },
      ],
    };
    expect(errorsFromProblem(organisationSpec, problem)).toEqual([
      { field: 'shortName', message: 'Short name must be 40 characters or fewer' },
      { field: 'name', message: 'An organisation with this name already exists' },
      { field: null, message: 'Not allowed here' },
    ]);
  });
});

describe('EditForm.submit', () => {
  it('does not call the API while the browser checks fail', async () => {
    const form = new EditForm(organisationSpec, { name: '', shortName: '' });
    const save = jest.fn();
    expect(await form.submit(save)).toBe(false);
    expect(save).not.toHaveBeenCalled();
    expect(form.summary()).toEqual([{ fieldId: 'organisation-name', message: 'Enter the organisation name' }]);
    expect(form.describedBy('name', true)).toBe('organisation-name-hint organisation-name-error');
  });

  it('shows BAD_USER_INPUT field errors against their fields', async () => {
    const form = new EditForm(organisationSpec, { name: 'Police', shortName: '' });
    const ok = await form.submit(() =>
      Promise.reject(
        graphqlError({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', message: 'is already used' }] }),
      ),
    );
    expect(ok).toBe(false);
    expect(form.errorFor('name')).toBe('Name is already used');
    expect(form.summary()).toEqual([{ fieldId: 'organisation-name', message: 'Name is already used' }]);
  });

  it('on CONFLICT keeps what was typed, shows their differing values and adopts their version for the next save', async () => {
    const form = new EditForm(organisationSpec, { name: '', shortName: '' });
    form.reset({ name: 'West Yorkshire Police', shortName: 'WYP' }, 3);
    form.set('name', 'West Yorkshire Police Service');
    const current = { id: 'o1', name: 'WY Police', shortName: 'WYP', version: 4 };
    const ok = await form.submit(() =>
      Promise.reject(graphqlError({ code: 'CONFLICT', current }, 'Organisation o1 was changed')),
    );
    expect(ok).toBe(false);
    expect(form.values().name).toBe('West Yorkshire Police Service');
    expect(form.conflict()).toEqual([{ label: 'Name', theirs: 'WY Police', yours: 'West Yorkshire Police Service' }]);
    expect(form.errors()[0].message).toMatch(/^Someone else changed this organisation while you were editing it/);
    expect(form.version).toBe(4);

    const save = jest.fn().mockResolvedValue({});
    expect(await form.submit(save)).toBe(true);
    expect(save).toHaveBeenCalledWith({ name: 'West Yorkshire Police Service', shortName: 'WYP' }, 4);
    expect(form.conflict()).toBeNull();
  });

  it('reads the strategy row of a CONFLICT (snake-case enums, RAG definitions as JSON)', () => {
    const form = new EditForm(strategySpec, {
      ...EMPTY_STRATEGY,
      title: 'Mine',
      startsOn: '2025-04-01',
      endsOn: '2028-03-31',
    });
    form.fail({
      code: 'CONFLICT',
      message: 'changed',
      fields: [],
      current: {
        ...EMPTY_STRATEGY,
        title: 'Theirs',
        startsOn: '2025-04-01',
        endsOn: '2028-03-31',
        reportingCadence: 'half_yearly',
        hasObjectiveLevel: true,
        ragDefinitions: { red: 'Stopped' },
        version: 7,
      },
    });
    expect(form.conflict()).toEqual([
      { label: 'Title', theirs: 'Theirs', yours: 'Mine' },
      { label: 'Reporting cadence', theirs: 'HalfYearly', yours: 'Quarterly' },
      { label: 'Red means', theirs: 'Stopped', yours: '(empty)' },
    ]);
  });

  it('tells the user to reload when the record was removed (no current row)', () => {
    const form = new EditForm(organisationSpec, { name: 'A', shortName: '' });
    form.fail({ code: 'CONFLICT', message: 'gone', fields: [], current: null });
    expect(form.conflict()).toEqual([]);
    expect(form.errors()[0].message).toContain('Reload the page');
  });
});
