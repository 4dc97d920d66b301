import { Injectable, inject, signal } from '@angular/core';
import { NeedsFirstAdministratorDocument, SignInOptionsDocument } from '../generated/graphql';
import { type CurrentUser, type PartnershipChoice, SessionStore } from '../session-store';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export interface SingleSignOnButton {
  readonly label: string;
  readonly startUrl: string;
}

/**
 * The sign-in pages' server state: whether the installation still needs its first administrator, the single sign-on
 * buttons, the partnerships an account may choose, and the sign-in or choice in flight. Provide it in the page
 * (`providers: [SignInStore]`).
 */
@Injectable()
export class SignInStore {
  private readonly api = inject(GraphqlApi);
  private readonly session = inject(SessionStore);
  private readonly requests = new ServerState<never>();
  readonly busy = this.requests.busy;
  /** A new installation without demo data: nobody can sign in until admin:create has been run. */
  readonly needsFirstAdministrator = signal(false);
  /** OpenID Connect providers configured for the installation or a partnership; none when they cannot be read. */
  readonly singleSignOn = signal<readonly SingleSignOnButton[]>([]);

  /** Both are hints around the form, so a failure to read one leaves its default and the form works as ever. */
  async loadOptions(): Promise<void> {
    await Promise.all([
      this.api.query({ query: NeedsFirstAdministratorDocument, fetchPolicy: 'network-only' }).then(
        (answer) => this.needsFirstAdministrator.set(answer.needsFirstAdministrator === true),
        () => undefined,
      ),
      this.api.query({ query: SignInOptionsDocument, fetchPolicy: 'network-only' }).then(
        (answer) => this.singleSignOn.set(answer.signInOptions?.singleSignOn ?? []),
        () => undefined,
      ),
    ]);
  }

  /** The partnerships the session's account may choose; empty when none can be read (the page then signs in again). */
  readonly choices = new ServerState<readonly PartnershipChoice[]>();

  loadChoices(): Promise<readonly PartnershipChoice[]> {
    return this.choices.load(() => this.session.loadPartnershipChoices().catch(() => [])).then((c) => c ?? []);
  }

  /** Enters or switches to a partnership (the API checks the membership again). */
  choose(partnershipId: string): Promise<CurrentUser> {
    return this.requests.run(() => this.session.choosePartnership(partnershipId));
  }

  /** Signs in; null when the person belongs to several partnerships and must choose one. */
  signIn(email: string, password: string): Promise<CurrentUser | null> {
    return this.requests.run(() => this.session.signIn(email, password));
  }
}
