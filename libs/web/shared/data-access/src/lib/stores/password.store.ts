import { Injectable, inject } from '@angular/core';
import {
  ChangePasswordDocument,
  PasswordLinkDocument,
  type PasswordLinkQuery,
  RequestPasswordResetDocument,
  SetPasswordWithTokenDocument,
  type SetPasswordWithTokenMutation,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type PasswordLink = NonNullable<PasswordLinkQuery['passwordLink']>;
export type SignedInUser = SetPasswordWithTokenMutation['setPasswordWithToken'];

/**
 * A person's password: asking for a reset link, changing it when signed in, and choosing one from an emailed link
 * (invitation, reset, first administrator). Provide it in the page (`providers: [PasswordStore]`); `busy` is true
 * while a request the person made is sent.
 */
@Injectable()
export class PasswordStore {
  private readonly api = inject(GraphqlApi);
  /** The emailed link's purpose and person, null when the link is unknown, used or expired. */
  readonly link = new ServerState<PasswordLink | null>();
  private readonly requests = new ServerState<never>();
  readonly busy = this.requests.busy;

  /** Whether the link from the email still works. A failure to ask counts as a link that does not work. */
  async checkLink(token: string | null): Promise<void> {
    if (!token) return this.link.ready(null);
    const found = await this.link.load(async () => {
      const answer = await this.api.query({
        query: PasswordLinkDocument,
        variables: { token },
        fetchPolicy: 'network-only',
      });
      return answer.passwordLink ?? null;
    });
    if (found === undefined) this.link.ready(null);
  }

  requestReset(email: string): Promise<void> {
    return this.requests.run(async () => {
      await this.api.mutate({ mutation: RequestPasswordResetDocument, variables: { input: { email } } });
    });
  }

  change(currentPassword: string, password: string): Promise<void> {
    return this.requests.run(async () => {
      await this.api.mutate({ mutation: ChangePasswordDocument, variables: { input: { currentPassword, password } } });
    });
  }

  /** Sets the password from the link and answers the person it signed in. */
  setWithToken(token: string, password: string): Promise<SignedInUser> {
    return this.requests.run(async () => {
      const answer = await this.api.mutate({
        mutation: SetPasswordWithTokenDocument,
        variables: { input: { token, password } },
      });
      return answer.setPasswordWithToken;
    });
  }
}
