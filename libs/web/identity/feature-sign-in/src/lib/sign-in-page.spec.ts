import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { SignInPage } from './sign-in-page';

describe('SignInPage on a new installation', () => {
  async function render(
    needsFirstAdministrator: boolean,
    singleSignOn: Array<{ label: string; startUrl: string }> = [],
  ): Promise<HTMLElement> {
    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          const data =
            operation.operationName === 'SignInOptions'
              ? {
                  signInOptions: {
                    __typename: 'SignInOptions',
                    singleSignOn: singleSignOn.map((o) => ({ __typename: 'SingleSignOnOption', ...o })),
                  },
                }
              : { needsFirstAdministrator };
          observer.next({ data } as never);
          observer.complete();
        }),
    );
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))],
    });
    const fixture = TestBed.createComponent(SignInPage);
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
    return fixture.nativeElement as HTMLElement;
  }

  it('says how to create the first administrator while nobody can sign in', async () => {
    const root = await render(true);
    expect(root.querySelector('[data-testid="first-administrator"]')?.textContent).toContain(
      'npm run admin:create -- --email you@example.org',
    );
  });

  it('says nothing of it once an administrator exists', async () => {
    const root = await render(false);
    expect(root.querySelector('[data-testid="first-administrator"]')).toBeNull();
  });

  it('offers single sign-on only when a provider is configured', async () => {
    expect((await render(false)).querySelector('[data-testid="single-sign-on"]')).toBeNull();
    TestBed.resetTestingModule();
    const root = await render(false, [{ label: 'Sign in with Microsoft', startUrl: '/api/auth/oidc/start' }]);
    const button = root.querySelector<HTMLAnchorElement>('[data-testid="single-sign-on"]');
    expect(button?.textContent?.trim()).toBe('Sign in with Microsoft');
    expect(button?.getAttribute('href')).toBe('/api/auth/oidc/start');
  });
});
