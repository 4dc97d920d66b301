import { TestBed } from '@angular/core/testing';
import { IndicatorStore } from '@waymark/web/shared/data-access';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { IndicatorValueForm, validateIndicatorValue } from './indicator-value-form';

describe('validateIndicatorValue', () => {
  it('needs a period and a number', () => {
    expect(validateIndicatorValue({ periodId: '', value: '', note: '' })).toEqual([
      { field: 'period', message: 'Select the reporting period' },
      { field: 'value', message: 'Enter the value' },
    ]);
    expect(validateIndicatorValue({ periodId: 'p1', value: 'about 40', note: '' })).toEqual([
      { field: 'value', message: 'Value must be a number, like 42 or 12.5' },
    ]);
  });

  it('accepts negative, decimal and thousands-separated numbers', () => {
    for (const value of ['-3', '12.5', '1,234'])
      expect(validateIndicatorValue({ periodId: 'p1', value, note: '' })).toEqual([]);
  });

  it('limits the note to 2000 characters', () => {
    expect(validateIndicatorValue({ periodId: 'p1', value: '1', note: 'x'.repeat(2001) })).toEqual([
      { field: 'note', message: 'Note must be 2000 characters or fewer' },
    ]);
  });
});

/** The form against an Apollo link that answers with the given GraphQL error, recording what was sent. */
function setUp(answer: { errors?: unknown[]; data?: unknown }) {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink((operation) => {
    sent.push(operation.variables);
    return new Observable((observer) => {
      observer.next(answer as never);
      observer.complete();
    });
  });
  TestBed.configureTestingModule({
    providers: [provideApollo(() => ({ link, cache: new InMemoryCache() })), IndicatorStore],
  });
  const fixture = TestBed.createComponent(IndicatorValueForm);
  fixture.componentRef.setInput('indicator', {
    id: 'i1',
    name: 'Hate crimes reported',
    unit: 'reports',
    values: [{ id: 'v1', indicatorId: 'i1', periodId: 'p1', periodName: 'Q1', value: 120, note: null, version: 3 }],
  });
  fixture.componentRef.setInput('periods', [
    { id: 'p0', name: 'Q0', state: 'SignedOff' },
    { id: 'p1', name: 'Q1', state: 'Open' },
    { id: 'p2', name: 'Q2', state: 'Open' },
  ]);
  return { fixture, sent, root: fixture.nativeElement as HTMLElement };
}

async function fill(fixture: ReturnType<typeof setUp>['fixture'], root: HTMLElement, periodId: string, value: string) {
  await fixture.whenStable();
  const select = root.querySelector('select') as HTMLSelectElement;
  select.value = periodId;
  select.dispatchEvent(new Event('change'));
  const input = root.querySelector('input') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  await fixture.whenStable();
}

describe('IndicatorValueForm', () => {
  it('offers only periods that are not signed off, and shows browser errors in the summary and beside the fields', async () => {
    const { fixture, root, sent } = setUp({ data: {} });
    await fill(fixture, root, '', '');
    const options = [...root.querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['Select a period', 'Q1 (change 120 reports)', 'Q2']);
    expect(root.querySelector('.govuk-error-summary')?.textContent).toContain('Select the reporting period');
    expect(root.querySelector('#indicator-i1-value-error')?.textContent).toContain('Enter the value');
    expect(sent).toEqual([]);
  });

  it('changes an existing value with its version, and maps the API’s field errors to the fields', async () => {
    const { fixture, root, sent } = setUp({
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'input.value', message: 'must be between -1e+15 and 1e+15' }],
          },
        },
      ],
    });
    await fill(fixture, root, 'p1', '20000000000000000');
    expect(sent[0]).toEqual({
      input: { indicatorId: 'i1', periodId: 'p1', value: 20000000000000000, note: null, version: 3 },
    });
    const link = root.querySelector('.govuk-error-summary a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#indicator-i1-value');
    expect(link.textContent).toContain('Value must be between');
  });

  it('explains a CONFLICT without losing the typed value', async () => {
    const { fixture, root } = setUp({
      errors: [{ message: 'Changed by someone else', extensions: { code: 'CONFLICT', current: { value: 130 } } }],
    });
    await fill(fixture, root, 'p1', '125');
    expect(root.querySelector('.govuk-error-summary')?.textContent).toContain(
      'Someone else recorded a value for this period since the page loaded. It is now 130 reports.',
    );
    expect((root.querySelector('input') as HTMLInputElement).value).toBe('125');
  });
});
