import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { SignInPage } from './sign-in-page';

describe('SignInPage on a new installation', () => {
  async function render(needsFirstAdministrator: boolean): Promise<HTMLElement> {
    const link = new ApolloLink(
      () =>
        new Observable((observer) => {
          observer.next({ data: { needsFirstAdministrator } } as never);
          observer.complete();
        }),
    );
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))] });
    const fixture = TestBed.createComponent(SignInPage);
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
    return fixture.nativeElement as HTMLElement;
  }

  it('says how to create the first administrator while nobody can sign in', async () => {
    const root = await render(true);
    expect(root.querySelector('[data-testid="first-administrator"]')?.textContent).toContain('npm run admin:create -- --email you@example.org');
  });

  it('says nothing of it once an administrator exists', async () => {
    const root = await render(false);
    expect(root.querySelector('[data-testid="first-administrator"]')).toBeNull();
  });
});
