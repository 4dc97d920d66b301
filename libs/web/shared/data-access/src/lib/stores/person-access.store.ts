import { Injectable, inject } from '@angular/core';
import {
  ClearSingleSignOnLinkDocument,
  InvitePersonDocument,
  type InvitePersonInput,
  type InvitePersonMutation,
  SingleSignOnLinkDocument,
  type SingleSignOnLinkFieldsFragment,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type SingleSignOnLink = SingleSignOnLinkFieldsFragment;
export type InvitedPerson = InvitePersonMutation['invitePerson'];

/**
 * How one person gets in: inviting them by e-mail, and their link to a single sign-on account.
 * Provide it in the page (`providers: [PersonAccessStore]`).
 */
@Injectable()
export class PersonAccessStore {
  private readonly api = inject(GraphqlApi);
  /** The person's single sign-on link; `busy()` while it is cleared. */
  readonly link = new ServerState<SingleSignOnLink | null>();
  /** The person last invited; `busy()` while an invitation is sent. Nothing to load. */
  readonly invitation = new ServerState<InvitedPerson>();

  loadLink(personId: string): Promise<SingleSignOnLink | null | undefined> {
    return this.link.load(async () => {
      const variables = { personId };
      const data = await this.api.query({ query: SingleSignOnLinkDocument, variables, fetchPolicy: 'network-only' });
      return data.singleSignOnLink;
    });
  }

  /** Their next single sign-on links them again. Errors reach the caller. */
  clearLink(personId: string): Promise<void> {
    return this.link.run(async () => {
      const input = { personId };
      const data = await this.api.mutate({ mutation: ClearSingleSignOnLinkDocument, variables: { input } });
      this.link.set(data.clearSingleSignOnLink);
    });
  }

  /** Invites a new person, or one in the directory who cannot sign in yet. Errors reach the caller. */
  invite(input: InvitePersonInput): Promise<InvitedPerson> {
    return this.invitation.run(async () => {
      const data = await this.api.mutate({ mutation: InvitePersonDocument, variables: { input } });
      this.invitation.set(data.invitePerson);
      return data.invitePerson;
    });
  }
}
