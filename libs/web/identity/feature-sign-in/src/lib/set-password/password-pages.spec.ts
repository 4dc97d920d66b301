import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { ChangePasswordPage } from './change-password-page';
import { ForgotPasswordPage } from './forgot-password-page';

function setUp<T>(component: Type<T>, answer: unknown) {
  const sent: Array<{ name: string; variables: Record<string, unknown> }> = [];
  const link = new ApolloLink((operation) => {
    sent.push({ name: operation.operationName ?? '', variables: operation.variables });
    return new Observable((observer) => {
      observer.next(answer as never);
      observer.complete();
    });
  });
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))],
  });
  const fixture = TestBed.createComponent(component);
  return { fixture, root: fixture.nativeElement as HTMLElement, sent };
}
const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }
};
const type = (root: HTMLElement, id: string, text: string) => {
  const field = root.querySelector(`#${id}`) as HTMLInputElement;
  field.value = text;
  field.dispatchEvent(new Event('input'));
};
const submit = (root: HTMLElement) =>
  (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));

describe('ForgotPasswordPage', () => {
  it('checks the address, asks for a link and confirms without saying whether the account exists', async () => {
    const { fixture, root, sent } = setUp(ForgotPasswordPage, { data: { requestPasswordReset: true } });
    await settle(fixture);
    type(root, 'reset-email', 'not-an-address');
    submit(root);
    await settle(fixture);
    expect(root.querySelector('#reset-email-error')?.textContent).toContain(
      'Enter an email address in the correct format',
    );
    expect(sent).toEqual([]);

    type(root, 'reset-email', 'sam@example.org');
    submit(root);
    await settle(fixture);
    expect(sent).toEqual([{ name: 'RequestPasswordReset', variables: { input: { email: 'sam@example.org' } } }]);
    expect(root.querySelector('.govuk-panel__title')?.textContent).toBe('Check your email');
    expect(root.querySelector('.govuk-panel__body')?.textContent).toContain('If sam@example.org has a Waymark account');
  });
});

describe('ChangePasswordPage', () => {
  it('shows a wrong current password as an error on that field', async () => {
    const { fixture, root, sent } = setUp(ChangePasswordPage, {
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'input.currentPassword', message: 'is not your current password.' }],
          },
        },
      ],
    });
    await settle(fixture);
    type(root, 'current-password', 'wrong one');
    type(root, 'password', 'a long new passphrase');
    type(root, 'confirm-password', 'a long new passphrase');
    submit(root);
    await settle(fixture);
    expect(sent.map((s) => s.variables)).toEqual([
      { input: { currentPassword: 'wrong one', password: 'a long new passphrase' } },
    ]);
    expect(root.querySelector('#current-password-error')?.textContent).toContain('Your current password is not right');
    expect(root.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#current-password');
  });

  it('confirms the change with a panel', async () => {
    const { fixture, root } = setUp(ChangePasswordPage, { data: { changePassword: true } });
    await settle(fixture);
    type(root, 'current-password', 'old long passphrase');
    type(root, 'password', 'a long new passphrase');
    type(root, 'confirm-password', 'a long new passphrase');
    submit(root);
    await settle(fixture);
    expect(root.querySelector('.govuk-panel__title')?.textContent).toBe('Password changed');
  });
});
