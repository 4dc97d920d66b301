import { SessionStore } from '../session-store';
import { SignInStore } from './sign-in.store';
import { storeWithFakeGraphqlApi } from './testing/fake-graphql';

/** Loading the options never signs in: the session is not asked. */
const noSession = [{ provide: SessionStore, useValue: {} }];
const button = { label: 'Sign in with North Yorkshire Police', startUrl: '/api/auth/oidc/nyp/start' };

describe('SignInStore', () => {
  it('reads whether the first administrator is needed and the single sign-on buttons', async () => {
    const { store } = storeWithFakeGraphqlApi(
      SignInStore,
      {
        NeedsFirstAdministrator: { needsFirstAdministrator: true },
        SignInOptions: { signInOptions: { singleSignOn: [button] } },
      },
      noSession,
    );
    await store.loadOptions();
    expect({ first: store.needsFirstAdministrator(), buttons: store.singleSignOn() }).toEqual({
      first: true,
      buttons: [button],
    });
  });

  it('keeps the defaults (no banner, no buttons) when the options cannot be read', async () => {
    const failed = new Error('Failed to fetch');
    const { store } = storeWithFakeGraphqlApi(
      SignInStore,
      { NeedsFirstAdministrator: failed, SignInOptions: failed },
      noSession,
    );
    await store.loadOptions();
    expect({ first: store.needsFirstAdministrator(), buttons: store.singleSignOn() }).toEqual({
      first: false,
      buttons: [],
    });
  });

  it('is busy while the sign-in is sent, also when it is refused', async () => {
    let refuse: (error: Error) => void = () => undefined;
    const session = { signIn: () => new Promise((_resolve, reject) => (refuse = reject)) };
    const { store } = storeWithFakeGraphqlApi(SignInStore, {}, [{ provide: SessionStore, useValue: session }]);
    const signingIn = store.signIn('lee@example.org', 'wrong');
    expect(store.busy()).toBe(true);
    refuse(new Error('Enter a correct email address and password'));
    await expect(signingIn).rejects.toThrow('Enter a correct email address and password');
    expect(store.busy()).toBe(false);
  });

  it('lists the partnerships to choose from, none when they cannot be read, and is busy while choosing', async () => {
    const york = { partnershipId: 'york', name: 'Safer York Partnership', current: true };
    let enter: (user: unknown) => void = () => undefined;
    let answer: Promise<unknown> = Promise.resolve([york]);
    const session = {
      loadPartnershipChoices: () => answer,
      choosePartnership: () => new Promise((resolve) => (enter = resolve)),
    };
    const { store } = storeWithFakeGraphqlApi(SignInStore, {}, [{ provide: SessionStore, useValue: session }]);
    await expect(store.loadChoices()).resolves.toEqual([york]);
    answer = Promise.reject(new Error('Failed to fetch'));
    await expect(store.loadChoices()).resolves.toEqual([]);
    expect(store.choices.value()).toEqual([]);

    const choosing = store.choose('york');
    expect(store.busy()).toBe(true);
    enter({ personId: 'p1' });
    await expect(choosing).resolves.toEqual({ personId: 'p1' });
    expect(store.busy()).toBe(false);
  });
});
