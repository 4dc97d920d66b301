import { Injectable, computed, inject, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  ChoosePartnershipDocument,
  MeDocument,
  PartnershipChoicesDocument,
  SignInDocument,
  SignOutDocument,
  type CurrentUserFieldsFragment,
  type PartnershipChoicesQuery,
} from './generated/graphql';
import { isUnauthenticated } from './graphql-errors';

export type CurrentUser = CurrentUserFieldsFragment;
export type PartnershipChoice = PartnershipChoicesQuery['partnershipChoices'][number];

/** Who is signed in. `load()` asks the API once; sign-in and sign-out keep it current. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly apollo = inject(Apollo);
  private readonly state = signal<{ loaded: boolean; user: CurrentUser | null }>({ loaded: false, user: null });
  private pending: Promise<CurrentUser | null> | null = null;

  readonly user = computed(() => this.state().user);
  readonly signedIn = computed(() => this.state().user !== null);
  readonly roles = computed(() => new Set(this.state().user?.roles ?? []));
  /** The partnerships the account may work in (loaded with the person); the header offers a switch when several. */
  readonly partnershipChoices = signal<readonly PartnershipChoice[]>([]);
  readonly currentPartnership = computed(() => this.partnershipChoices().find((c) => c.current) ?? null);

  /** Resolves to the signed-in person, or null when there is no session. */
  load(): Promise<CurrentUser | null> {
    if (this.state().loaded) return Promise.resolve(this.state().user);
    this.pending ??= firstValueFrom(this.apollo.query({ query: MeDocument, fetchPolicy: 'network-only' }))
      .then((result) => result.data?.me ?? null)
      .catch((error: unknown) => {
        if (isUnauthenticated(error)) return null;
        throw error;
      })
      .then(async (user) => {
        this.state.set({ loaded: true, user });
        if (user) await this.refreshPartnershipChoices();
        return user;
      })
      .finally(() => (this.pending = null));
    return this.pending;
  }

  /** Resolves to the person, or null when the account belongs to several partnerships and must choose one first. */
  async signIn(email: string, password: string): Promise<CurrentUser | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SignInDocument, variables: { input: { email, password } } }),
    );
    const user = result.data?.signIn ?? null;
    await this.apollo.client.clearStore();
    this.state.set({ loaded: true, user });
    if (user) await this.refreshPartnershipChoices();
    return user;
  }

  /** The partnerships this session's account may choose (empty when not signed in). */
  async loadPartnershipChoices(): Promise<readonly PartnershipChoice[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: PartnershipChoicesDocument, fetchPolicy: 'network-only' }),
    );
    const choices = result.data?.partnershipChoices ?? [];
    this.partnershipChoices.set(choices);
    return choices;
  }

  /** Enters or switches to a partnership; the API checks the membership and gives the session a new id. */
  async choosePartnership(partnershipId: string): Promise<CurrentUser> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ChoosePartnershipDocument, variables: { input: { partnershipId } } }),
    );
    const user = result.data?.choosePartnership;
    if (!user) throw new Error('Choosing a partnership did not return the signed-in person.');
    // Nothing cached from the partnership left behind may show in the one entered.
    await this.apollo.client.clearStore();
    this.state.set({ loaded: true, user });
    await this.refreshPartnershipChoices();
    return user;
  }

  /** After an operation that signed the person in by other means (e.g. a set-password link). */
  async signedInAs(user: CurrentUser): Promise<void> {
    await this.apollo.client.clearStore();
    this.state.set({ loaded: true, user });
    await this.refreshPartnershipChoices();
  }

  /** For the header's switch only: when the choices cannot be read, the person is still signed in, with no switch. */
  private async refreshPartnershipChoices(): Promise<void> {
    await this.loadPartnershipChoices().catch(() => this.partnershipChoices.set([]));
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: SignOutDocument }));
    } finally {
      await this.apollo.client.clearStore();
      this.state.set({ loaded: true, user: null });
      this.partnershipChoices.set([]);
    }
  }

  /** Called when the API reports the session has gone, so the header stops showing the person. */
  forget(): void {
    this.state.set({ loaded: true, user: null });
    this.partnershipChoices.set([]);
  }
}
