import type { SignInVia } from '../memberships/sign-in-via';

/**
 * A way to prove who someone is (password; OpenID Connect). Each method ends by yielding an account; the session is
 * then established the same way for all of them, in the account's one partnership or after it chooses one.
 */
export interface SignInResult {
  readonly accountId: string;
  /** e.g. 'password', 'oidc' — stored in the session for the audit of how someone signed in. */
  readonly method: string;
  readonly via: SignInVia;
}

export interface SignInMethod<TCredentials> {
  readonly name: string;
  /** Resolves to the account, or throws a generic UNAUTHENTICATED / TOO_MANY_REQUESTS error. */
  authenticate(credentials: TCredentials, context: { address: string }): Promise<SignInResult>;
}
