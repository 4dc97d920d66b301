/**
 * A way to prove who someone is. Each method (password now; OpenID Connect / Entra ID later)
 * ends by yielding a person id; the session is then established the same way for all of them.
 */
export interface SignInResult {
  readonly personId: string;
  /** e.g. 'password', 'oidc:entra' — stored in the session for the audit of how someone signed in. */
  readonly method: string;
}

export interface SignInMethod<TCredentials> {
  readonly name: string;
  /** Resolves to the person, or throws a generic UNAUTHENTICATED / TOO_MANY_REQUESTS error. */
  authenticate(credentials: TCredentials, context: { address: string }): Promise<SignInResult>;
}
