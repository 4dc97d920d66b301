import { GraphQLError } from 'graphql';
import { PersonAccessStore } from './person-access.store';
import { storeWithFakeApi } from './testing/fake-graphql';

const link = (issuer: string | null) => ({
  __typename: 'SingleSignOnLink',
  personId: 'p1',
  fullName: 'Sam Okafor',
  email: 'sam@example.org',
  issuer,
});
const invited = {
  __typename: 'Person',
  id: 'p2',
  fullName: 'Amira Khan',
  email: 'amira@example.org',
  accountStatus: 'Invited',
  lastSignedInAt: null,
  invitationExpiresAt: '2026-12-13T10:00:00Z',
};

describe('PersonAccessStore', () => {
  it('clears a person’s single sign-on link, busy while it is sent, and keeps the answer', async () => {
    const { store, sent } = storeWithFakeApi(PersonAccessStore, {
      SingleSignOnLink: { singleSignOnLink: link('https://login.example.org') },
      ClearSingleSignOnLink: { clearSingleSignOnLink: link(null) },
    });
    expect((await store.loadLink('p1'))?.issuer).toBe('https://login.example.org');
    const clearing = store.clearLink('p1');
    expect(store.link.busy()).toBe(true);
    await clearing;
    expect(store.link.busy()).toBe(false);
    expect(store.link.value()?.issuer).toBeNull();
    expect(sent[1]).toEqual({ name: 'ClearSingleSignOnLink', variables: { input: { personId: 'p1' } } });
  });

  it('answers an invitation with the person invited, and passes a refusal to the page', async () => {
    let refuse = false;
    const { store, sent } = storeWithFakeApi(PersonAccessStore, {
      InvitePerson: () =>
        refuse
          ? new GraphQLError('Invalid input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'input.fullName', message: 'Enter their name' }],
              },
            })
          : { invitePerson: invited },
    });
    expect((await store.invite({ email: 'amira@example.org', fullName: 'Amira Khan' })).fullName).toBe('Amira Khan');
    expect(sent[0].variables).toEqual({ input: { email: 'amira@example.org', fullName: 'Amira Khan' } });
    refuse = true;
    await expect(store.invite({ email: 'new@example.org', fullName: null })).rejects.toThrow('Invalid input');
    expect(store.invitation.busy()).toBe(false);
  });

  it('says why the link could not be loaded', async () => {
    const { store } = storeWithFakeApi(PersonAccessStore, {
      SingleSignOnLink: new GraphQLError('This person could not be found.'),
    });
    await store.loadLink('p9');
    expect(store.link.error()).toBe('This person could not be found.');
  });
});
