import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { OrganisationFormPage } from '../directory/organisation-form-page';

type Call = { operation: string; variables: Record<string, unknown> };
const POLICE = { __typename: 'Organisation', id: 'o1', version: 3, name: 'West Yorkshire Police', shortName: 'WYP' };

/** The organisation form (one page on the shared shell) against a fake API; `answer` decides what a save gets back. */
async function render(organisationId: string | undefined, answer: (call: Call) => object = () => ({ data: {} })) {
  const calls: Call[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const call = { operation: operation.operationName ?? '', variables: operation.variables };
        calls.push(call);
        const reply =
          call.operation === 'AdminDirectoryRecords'
            ? { data: { organisations: [POLICE], groups: [], people: [] } }
            : answer(call);
        observer.next(reply as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))],
  });
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(OrganisationFormPage);
  if (organisationId) fixture.componentRef.setInput('organisationId', organisationId);
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const type = (id: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>('#' + id);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
  };
  return { element, calls, navigate, type, submit };
}

describe('the administration form shell', () => {
  it('loads the record into the form with its back link, heading and submit label', async () => {
    const { element, calls } = await render('o1');
    expect(calls.map((c) => c.operation)).toEqual(['AdminDirectoryRecords']);
    expect(element.querySelector('.govuk-back-link')?.textContent).toBe('Back to organisations, groups and people');
    expect(element.querySelector('.govuk-back-link')?.getAttribute('href')).toBe('/admin/directory');
    expect(element.querySelector('h1')?.textContent).toBe('Change organisation');
    expect(element.querySelector<HTMLInputElement>('#organisation-name')?.value).toBe('West Yorkshire Police');
    expect(element.querySelector('button[type="submit"]')?.textContent?.trim()).toBe('Save changes');
  });

  it('asks for nothing when adding, and shows the failed heading and message when the record is gone', async () => {
    const adding = await render(undefined);
    expect(adding.calls).toEqual([]);
    expect(adding.element.querySelector('h1')?.textContent).toBe('Add an organisation');
    TestBed.resetTestingModule();

    const gone = await render('o-unknown');
    expect(gone.element.querySelector('h1')?.textContent).toBe('Organisation');
    expect(gone.element.querySelector('p.govuk-body')?.textContent).toBe('This organisation could not be found.');
    expect(gone.element.querySelector('form')).toBeNull();
  });

  it('saves with the version read, then goes back with the notice', async () => {
    const { calls, navigate, type, submit } = await render('o1', () => ({
      data: { updateOrganisation: { ...POLICE, version: 4 } },
    }));
    type('organisation-name', 'West Yorkshire Police Service');
    await submit();
    expect(calls.at(-1)).toEqual({
      operation: 'UpdateOrganisation',
      variables: { input: { id: 'o1', version: 3, name: 'West Yorkshire Police Service', shortName: 'WYP' } },
    });
    expect(navigate).toHaveBeenCalledWith(['/admin/directory'], {
      queryParams: { notice: 'Organisation changed: West Yorkshire Police Service' },
    });
  });

  it('on CONFLICT stays on the form with the summary and what the other person saved', async () => {
    const current = { id: 'o1', name: 'WY Police', shortName: 'WYP', version: 5 };
    const conflict = () => ({
      errors: [{ message: 'Organisation o1 was changed', extensions: { code: 'CONFLICT', current } }],
    });
    const { element, navigate, type, submit } = await render('o1', conflict);
    type('organisation-name', 'Mine');
    await submit();
    expect(navigate).not.toHaveBeenCalled();
    expect(element.querySelector('.govuk-error-summary')?.textContent).toContain(
      'Someone else changed this organisation',
    );
    expect(element.querySelector('wm-conflict-notice')?.textContent).toContain('WY Police');
    expect(element.querySelector<HTMLInputElement>('#organisation-name')?.value).toBe('Mine');
  });

  it('checks in the browser first and sends nothing while a field is wrong', async () => {
    const { element, calls, navigate, type, submit } = await render('o1');
    type('organisation-name', ' ');
    await submit();
    expect(calls.map((c) => c.operation)).toEqual(['AdminDirectoryRecords']);
    expect(navigate).not.toHaveBeenCalled();
    expect(element.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#organisation-name');
  });
});
