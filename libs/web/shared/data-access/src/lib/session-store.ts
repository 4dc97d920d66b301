import { Injectable, computed, inject, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { MeDocument, SignInDocument, SignOutDocument, type CurrentUserFieldsFragment } from './generated/graphql';
import { isUnauthenticated } from './graphql-errors';

export type CurrentUser = CurrentUserFieldsFragment;

/** Who is signed in. `load()` asks the API once; sign-in and sign-out keep it current. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly apollo = inject(Apollo);
  private readonly state = signal<{ loaded: boolean; user: CurrentUser | null }>({ loaded: false, user: null });
  private pending: Promise<CurrentUser | null> | null = null;

  readonly user = computed(() => this.state().user);
  readonly signedIn = computed(() => this.state().user !== null);
  readonly roles = computed(() => new Set(this.state().user?.roles ?? []));

  /** Resolves to the signed-in person, or null when there is no session. */
  load(): Promise<CurrentUser | null> {
    if (this.state().loaded) return Promise.resolve(this.state().user);
    this.pending ??= firstValueFrom(this.apollo.query({ query: MeDocument, fetchPolicy: 'network-only' }))
      .then((result) => result.data?.me ?? null)
      .catch((error: unknown) => {
        if (isUnauthenticated(error)) return null;
        throw error;
      })
      .then((user) => {
        this.state.set({ loaded: true, user });
        return user;
      })
      .finally(() => (this.pending = null));
    return this.pending;
  }

  async signIn(email: string, password: string): Promise<CurrentUser> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: SignInDocument, variables: { input: { email, password } } }));
    const user = result.data?.signIn;
    if (!user) throw new Error('Sign in did not return the signed-in person.');
    await this.apollo.client.clearStore();
    this.state.set({ loaded: true, user });
    return user;
  }

  /** After an operation that signed the person in by other means (e.g. a set-password link). */
  async signedInAs(user: CurrentUser): Promise<void> {
    await this.apollo.client.clearStore();
    this.state.set({ loaded: true, user });
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: SignOutDocument }));
    } finally {
      await this.apollo.client.clearStore();
      this.state.set({ loaded: true, user: null });
    }
  }

  /** Called when the API reports the session has gone, so the header stops showing the person. */
  forget(): void {
    this.state.set({ loaded: true, user: null });
  }
}
