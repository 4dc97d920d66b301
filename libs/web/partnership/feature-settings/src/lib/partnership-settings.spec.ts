import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import {
  mapFieldProblems,
  settingsInput,
  timeZoneChoices,
  toForm,
  validateSettings,
} from './partnership-settings-form';
import { PartnershipSettingsPage } from './partnership-settings-page';

const PARTNERSHIP = {
  __typename: 'Partnership' as const,
  id: 'p1',
  name: 'Safer York Partnership',
  shortName: 'SYP',
  timeZone: 'Europe/London',
  version: 4,
  ragDefinitions: { __typename: 'RagDefinitions' as const, red: 'Off track.', amber: 'At risk.', green: 'On track.' },
};

describe('partnership settings form', () => {
  it('needs a name and keeps to the API’s limits', () => {
    expect(
      validateSettings({ ...toForm(PARTNERSHIP), name: ' ', shortName: 'x'.repeat(41), amber: 'x'.repeat(501) }),
    ).toEqual([
      { fieldId: 'name', message: 'Enter the partnership name' },
      { fieldId: 'short-name', message: 'Short name must be 40 characters or fewer' },
      { fieldId: 'rag-amber', message: 'Amber definition must be 500 characters or fewer' },
    ]);
    expect(validateSettings(toForm(PARTNERSHIP))).toEqual([]);
  });

  it('sends only what changed, with the version; a blank definition reverts to the default', () => {
    expect(
      settingsInput(PARTNERSHIP, {
        ...toForm(PARTNERSHIP),
        red: 'Needs intervention now.',
        green: '  ',
        shortName: '',
      }),
    ).toEqual({
      version: 4,
      shortName: null,
      ragDefinitions: { red: 'Needs intervention now.', green: null },
    });
    expect(settingsInput(PARTNERSHIP, toForm(PARTNERSHIP))).toEqual({ version: 4 });
  });

  it('maps the API’s field errors, nested RAG ones included, to the fields', () => {
    expect(
      mapFieldProblems([
        { field: 'input.ragDefinitions.red', message: 'must be 500 characters or fewer' },
        { field: 'input.name', message: 'Enter the partnership name' },
      ]),
    ).toEqual([
      { fieldId: 'rag-red', message: 'Red definition must be 500 characters or fewer' },
      { fieldId: 'name', message: 'Enter the partnership name' },
    ]);
  });
});

describe('time zone choices', () => {
  it('puts the UK default first, then the zones A–Z, and keeps a saved zone the browser does not list', () => {
    expect(timeZoneChoices('Europe/London', ['Europe/Paris', 'Europe/London', 'America/New_York'])).toEqual([
      'Europe/London',
      'America/New_York',
      'Europe/Paris',
    ]);
    expect(timeZoneChoices('UTC', ['Europe/Paris', 'Europe/London'])).toEqual(['Europe/London', 'Europe/Paris', 'UTC']);
    expect(timeZoneChoices('Europe/London').length).toBeGreaterThan(100);
  });

  it('sends a changed time zone, and maps the API’s time zone error to the select', () => {
    expect(settingsInput(PARTNERSHIP, { ...toForm(PARTNERSHIP), timeZone: 'Europe/Dublin' })).toEqual({
      version: 4,
      timeZone: 'Europe/Dublin',
    });
    expect(mapFieldProblems([{ field: 'input.timeZone', message: 'Enter a time zone such as Europe/London' }])).toEqual(
      [{ fieldId: 'time-zone', message: 'Enter a time zone such as Europe/London' }],
    );
  });
});

describe('PartnershipSettingsPage', () => {
  function setUp(mutationAnswer: { data?: unknown; errors?: unknown[] }, afterConflict = PARTNERSHIP) {
    const sent: { name: string; variables: Record<string, unknown> }[] = [];
    let queries = 0;
    const link = new ApolloLink((operation) => {
      sent.push({ name: operation.operationName ?? '', variables: operation.variables });
      const answer =
        operation.operationName === 'PartnershipSettings'
          ? { data: { partnership: queries++ === 0 ? PARTNERSHIP : afterConflict } }
          : mutationAnswer;
      return new Observable((observer) => {
        observer.next(answer as never);
        observer.complete();
      });
    });
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))],
    });
    const fixture = TestBed.createComponent(PartnershipSettingsPage);
    return { fixture, sent, root: fixture.nativeElement as HTMLElement };
  }
  const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };
  const typeInto = (root: HTMLElement, id: string, text: string) => {
    const field = root.querySelector(`#${id}`) as HTMLInputElement | HTMLTextAreaElement;
    field.value = text;
    field.dispatchEvent(new Event('input'));
  };
  const submit = (root: HTMLElement) =>
    (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));

  it('shows each definition with its RAG tag word and a character count', async () => {
    const { fixture, root } = setUp({});
    await settle(fixture);
    expect((root.querySelector('#rag-red') as HTMLTextAreaElement).value).toBe('Off track.');
    expect(root.querySelector('label[for="rag-red"] .govuk-tag')?.textContent?.trim()).toBe('Red');
    expect(root.querySelector('#rag-red-count')?.textContent?.trim()).toBe('You have 490 characters remaining');
  });

  it('has a labelled time zone select, UK default first, showing the saved zone, and saves the chosen one', async () => {
    const { fixture, root, sent } = setUp({
      data: { updatePartnership: { ...PARTNERSHIP, timeZone: 'Europe/Dublin', version: 5 } },
    });
    await settle(fixture);
    const select = root.querySelector('#time-zone') as HTMLSelectElement;
    expect(root.querySelector('label[for="time-zone"]')?.textContent?.trim()).toBe('Time zone');
    expect(select.getAttribute('aria-describedby')).toBe('time-zone-hint');
    expect(select.options[0].value).toBe('Europe/London');
    expect(select.value).toBe('Europe/London');
    select.value = 'Europe/Dublin';
    select.dispatchEvent(new Event('change'));
    submit(root);
    await settle(fixture);
    expect(sent.filter((s) => s.name === 'UpdatePartnership').map((s) => s.variables['input'])).toEqual([
      { version: 4, timeZone: 'Europe/Dublin' },
    ]);
    expect((root.querySelector('#time-zone') as HTMLSelectElement).value).toBe('Europe/Dublin');
  });

  it('shows the API’s time zone field error on the select and links the summary to it', async () => {
    const { fixture, root } = setUp({
      errors: [
        {
          message: 'Bad input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'input.timeZone', message: 'Enter a time zone such as Europe/London' }],
          },
        },
      ],
    });
    await settle(fixture);
    const select = root.querySelector('#time-zone') as HTMLSelectElement;
    select.value = 'Europe/Dublin';
    select.dispatchEvent(new Event('change'));
    submit(root);
    await settle(fixture);
    expect(root.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#time-zone');
    expect(root.querySelector('#time-zone-error')?.textContent).toContain('Enter a time zone such as Europe/London');
    expect(root.querySelector('#time-zone')?.getAttribute('aria-describedby')).toBe('time-zone-hint time-zone-error');
    expect(root.querySelector('#time-zone')?.classList).toContain('govuk-select--error');
  });

  it('refuses an empty name in the browser, linking the summary to the field', async () => {
    const { fixture, root, sent } = setUp({});
    await settle(fixture);
    typeInto(root, 'name', '');
    submit(root);
    await settle(fixture);
    expect(root.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#name');
    expect(root.querySelector('#name-error')?.textContent).toContain('Enter the partnership name');
    expect(sent.map((s) => s.name).filter((name) => name !== 'SingleSignOnSettings')).toEqual(['PartnershipSettings']);
  });

  it('on CONFLICT keeps the typed change, takes their other changes and saves next time with their version number', async () => {
    const theirs = {
      ...PARTNERSHIP,
      version: 5,
      ragDefinitions: { ...PARTNERSHIP.ragDefinitions, amber: 'Their amber.' },
    };
    const { fixture, root, sent } = setUp(
      { errors: [{ message: 'Conflict', extensions: { code: 'CONFLICT' } }] },
      theirs,
    );
    await settle(fixture);
    typeInto(root, 'rag-red', 'My red.');
    submit(root);
    await settle(fixture);
    expect(root.querySelector('.govuk-error-summary')?.textContent).toContain(
      'Another administrator changed these settings',
    );
    expect(root.querySelector('#their-version')?.textContent).toContain('Their amber.');
    expect((root.querySelector('#rag-red') as HTMLTextAreaElement).value).toBe('My red.');
    expect((root.querySelector('#rag-amber') as HTMLTextAreaElement).value).toBe('Their amber.');
    submit(root);
    await settle(fixture);
    const updates = sent.filter((s) => s.name === 'UpdatePartnership').map((s) => s.variables['input']);
    expect(updates).toEqual([
      { version: 4, ragDefinitions: { red: 'My red.' } },
      // Against their version: only my change is sent, so their amber is not overwritten.
      { version: 5, ragDefinitions: { red: 'My red.' } },
    ]);
  });
});
