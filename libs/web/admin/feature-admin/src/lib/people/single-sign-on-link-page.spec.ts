import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { SingleSignOnLinkPage } from './single-sign-on-link-page';

const PERSON_ID = '6f1d3c1e-0000-4000-8000-000000000001';
const link = (issuer: string | null) => ({
  __typename: 'SingleSignOnLink',
  personId: PERSON_ID,
  fullName: 'Sam Okafor',
  email: 'sam@example.org',
  issuer,
});

async function render(issuer: string | null, calls: Array<{ operation: string; variables: Record<string, unknown> }>) {
  const apolloLink = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        calls.push({ operation: operation.operationName ?? '', variables: operation.variables });
        const data =
          operation.operationName === 'ClearSingleSignOnLink'
            ? { clearSingleSignOnLink: link(null) }
            : { singleSignOnLink: link(issuer) };
        observer.next({ data } as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideApollo(() => ({ link: apolloLink, cache: new InMemoryCache() }))],
  });
  const fixture = TestBed.createComponent(SingleSignOnLinkPage);
  fixture.componentRef.setInput('personId', PERSON_ID);
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };
  await settle();
  return { fixture, element: fixture.nativeElement as HTMLElement, settle };
}

describe('SingleSignOnLinkPage', () => {
  it('shows the provider a person is linked to and clears the link on confirmation, back to the directory', async () => {
    const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
    const { element, settle } = await render('https://login.microsoftonline.com/tenant/v2.0', calls);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    expect(element.querySelector('[data-testid="sso-link-issuer"]')?.textContent?.trim()).toBe(
      'https://login.microsoftonline.com/tenant/v2.0',
    );
    expect(element.querySelector('.govuk-warning-text')?.textContent).toContain('Sam Okafor will be signed out');

    (element.querySelector('button.govuk-button--warning') as HTMLButtonElement).click();
    await settle();
    expect(calls.at(-1)).toEqual({ operation: 'ClearSingleSignOnLink', variables: { input: { personId: PERSON_ID } } });
    expect(navigate).toHaveBeenCalledWith(['/admin/directory'], {
      queryParams: { notice: 'The single sign-on link of Sam Okafor was cleared' },
    });
  });

  it('offers nothing to clear when the person is not linked', async () => {
    const { element } = await render(null, []);
    expect(element.querySelector('[data-testid="sso-link-issuer"]')?.textContent?.trim()).toBe('Not linked');
    expect(element.querySelector('button')).toBeNull();
    expect(element.textContent).toContain('has not signed in with single sign-on yet');
  });
});
