import { PasswordStore } from './password.store';
import { storeWithFakeGraphqlApi } from './testing/fake-graphql';

const link = { purpose: 'Invitation', fullName: 'Ann Admin', email: 'ann@example.org' };
const user = { personId: 'p1', fullName: 'Ann Admin', email: 'ann@example.org' };

describe('PasswordStore', () => {
  it('answers a link that works', async () => {
    const { store, sent } = storeWithFakeGraphqlApi(PasswordStore, { PasswordLink: { passwordLink: link } });
    await store.checkLink('t1');
    expect(store.link.value()).toEqual(link);
    expect(sent).toEqual([{ operation: 'PasswordLink', variables: { token: 't1' } }]);
  });

  it.each([
    ['an unknown link', { passwordLink: null }],
    ['a failed check', new Error('Failed to fetch')],
  ])('answers null for %s', async (_case, answer) => {
    const { store } = storeWithFakeGraphqlApi(PasswordStore, { PasswordLink: answer });
    await store.checkLink('t2');
    expect({ loaded: store.link.loaded(), link: store.link.value() }).toEqual({ loaded: true, link: null });
  });

  it('answers null for a missing token without asking', async () => {
    const { store, sent } = storeWithFakeGraphqlApi(PasswordStore, {});
    await store.checkLink(null);
    expect({ loaded: store.link.loaded(), link: store.link.value(), sent }).toEqual({
      loaded: true,
      link: null,
      sent: [],
    });
  });

  it('is busy while a request is sent, and answers the person the link signed in', async () => {
    const { store, sent } = storeWithFakeGraphqlApi(PasswordStore, {
      SetPasswordWithToken: { setPasswordWithToken: user },
    });
    const setting = store.setWithToken('t1', 'a long new password');
    expect(store.busy()).toBe(true);
    await expect(setting).resolves.toEqual(user);
    expect(store.busy()).toBe(false);
    expect(sent).toEqual([
      { operation: 'SetPasswordWithToken', variables: { input: { token: 't1', password: 'a long new password' } } },
    ]);
  });

  it('hands a refused change to the page and is no longer busy', async () => {
    const { store } = storeWithFakeGraphqlApi(PasswordStore, {
      ChangePassword: new Error('Your current password is not right'),
    });
    await expect(store.change('wrong', 'a long new password')).rejects.toThrow('Your current password is not right');
    expect(store.busy()).toBe(false);
  });
});
