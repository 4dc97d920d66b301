import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { accessActions, statusTag } from './account-status';
import { InvitePersonPage } from './invite-person-page';

describe('account status in the People list', () => {
  it('offers the actions that make sense for each status', () => {
    expect(accessActions({ accountStatus: 'NotInvited' }, false)).toEqual(['invite', 'deactivate']);
    expect(accessActions({ accountStatus: 'Invited' }, false)).toEqual(['resend', 'revoke', 'deactivate']);
    expect(accessActions({ accountStatus: 'Active' }, false)).toEqual(['deactivate']);
    expect(accessActions({ accountStatus: 'Active' }, true)).toEqual([]);
    expect(accessActions({ accountStatus: 'Deactivated' }, false)).toEqual(['invite']);
  });

  it('words each status as a tag', () => {
    expect(statusTag({ accountStatus: 'NotInvited' })).toEqual({ word: 'Not invited', tag: 'govuk-tag--grey' });
    expect(statusTag({ accountStatus: 'Deactivated' }).word).toBe('Deactivated');
  });
});

describe('InvitePersonPage', () => {
  function setUp(answer: unknown) {
    const sent: Array<Record<string, unknown>> = [];
    const link = new ApolloLink((operation) => {
      sent.push(operation.variables);
      return new Observable((observer) => {
        observer.next(answer as never);
        observer.complete();
      });
    });
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))],
    });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(InvitePersonPage);
    return { fixture, root: fixture.nativeElement as HTMLElement, sent, navigate };
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

  it('shows the API’s field error on the email field when the address is already active', async () => {
    const message = 'This person already has an active account. They can use “Forgot your password?” to sign in.';
    const { fixture, root, sent, navigate } = setUp({
      errors: [
        {
          message: 'Invalid input',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.email', message }] },
        },
      ],
    });
    await settle(fixture);
    type(root, 'invite-email', 'sam@example.org');
    (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(sent).toEqual([{ input: { email: 'sam@example.org', fullName: null } }]);
    expect(root.querySelector('#invite-email-error')?.textContent).toContain(message);
    expect(root.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#invite-email');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('asks for an address before sending anything', async () => {
    const { fixture, root, sent } = setUp({});
    await settle(fixture);
    (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(root.querySelector('#invite-email-error')?.textContent).toContain(
      'Enter the email address of the person to invite',
    );
    expect(sent).toEqual([]);
  });
});
