import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { apiPasswordProblems, newPasswordProblems, tokenFromFragment } from './new-password';
import { SetPasswordPage } from './set-password-page';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

describe('new password rules', () => {
  it('reads the token from the fragment only when it looks like one', () => {
    expect(tokenFromFragment(`token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromFragment('token=short')).toBeNull();
    expect(tokenFromFragment(null)).toBeNull();
    expect(tokenFromFragment('token=<script>alert(1)</script>aaaaaaaaaaaaaaaa')).toBeNull();
  });

  it('asks for a password of at least 12 characters, typed twice the same', () => {
    expect(newPasswordProblems('', '')).toEqual([{ fieldId: 'password', message: 'Enter a new password' }]);
    expect(newPasswordProblems('short', 'short')).toEqual([
      { fieldId: 'password', message: 'Password must be 12 characters or more' },
    ]);
    expect(newPasswordProblems('long enough passphrase', 'long enough passphrase!')).toEqual([
      { fieldId: 'confirm-password', message: 'Passwords do not match' },
    ]);
    expect(newPasswordProblems('long enough passphrase', 'long enough passphrase')).toEqual([]);
  });

  it('words the API’s policy problems as field errors', () => {
    expect(
      apiPasswordProblems([
        { field: 'input.password', message: 'is one of the most commonly used passwords; choose another.' },
      ]),
    ).toEqual([
      { fieldId: 'password', message: 'Password is one of the most commonly used passwords; choose another' },
    ]);
  });
});

describe('SetPasswordPage', () => {
  function setUp(fragment: string | null, answers: Record<string, unknown>) {
    const sent: string[] = [];
    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          sent.push(operation.operationName ?? '');
          observer.next(answers[operation.operationName ?? ''] as never);
          observer.complete();
        }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideApollo(() => ({ link, cache: new InMemoryCache() })),
        { provide: ActivatedRoute, useValue: { snapshot: { fragment } } },
      ],
    });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SetPasswordPage);
    return { fixture, root: fixture.nativeElement as HTMLElement, sent, navigate };
  }
  const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };
  const type = (root: HTMLElement, id: string, text: string) => {
    const field = root.querySelector(`#${id}`) as HTMLInputElement;
    field.value = text;
    field.dispatchEvent(new Event('input'));
  };

  it('explains a link that does not work and offers a new one, without asking the API to change anything', async () => {
    const { fixture, root, sent } = setUp(`token=${TOKEN}`, { PasswordLink: { data: { passwordLink: null } } });
    await settle(fixture);
    expect(root.querySelector('h1')?.textContent).toBe('This link does not work');
    expect(root.querySelector('a[href="/forgot-password"]')?.textContent).toContain('Ask for a new link');
    expect(sent).toEqual(['PasswordLink']);
  });

  it('treats a missing token as a link that does not work', async () => {
    const { fixture, root, sent } = setUp(null, {});
    await settle(fixture);
    expect(root.querySelector('h1')?.textContent).toBe('This link does not work');
    expect(sent).toEqual([]);
  });

  it('greets the invited person, checks the password, then sets it and goes home signed in', async () => {
    const user = {
      __typename: 'CurrentUser',
      personId: 'p1',
      fullName: 'Sam Lee',
      email: 'sam@example.org',
      isAdministrator: false,
      roles: ['Viewer'],
      deliveryGroupIds: [],
      reviewerOfStrategyIds: [],
    };
    const { fixture, root, sent, navigate } = setUp(`token=${TOKEN}`, {
      PasswordLink: {
        data: {
          passwordLink: {
            __typename: 'PasswordLink',
            purpose: 'Invitation',
            fullName: 'Sam Lee',
            email: 'sam@example.org',
          },
        },
      },
      SetPasswordWithToken: { data: { setPasswordWithToken: user } },
      PartnershipChoices: {
        data: {
          partnershipChoices: [
            { __typename: 'PartnershipChoice', partnershipId: 'pa1', name: 'Safer York Partnership', current: true },
          ],
        },
      },
    });
    await settle(fixture);
    expect(root.querySelector('h1')?.textContent).toBe('Set your password');
    expect(root.textContent).toContain('Welcome, Sam Lee.');
    type(root, 'password', 'short');
    (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(root.querySelector('#password-error')?.textContent).toContain('Password must be 12 characters or more');
    expect(root.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#password');
    expect(sent).toEqual(['PasswordLink']);

    type(root, 'password', 'a long enough passphrase');
    type(root, 'confirm-password', 'a long enough passphrase');
    (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(sent).toEqual(['PasswordLink', 'SetPasswordWithToken', 'PartnershipChoices']);
    expect(navigate).toHaveBeenCalledWith('/');
  });
});
