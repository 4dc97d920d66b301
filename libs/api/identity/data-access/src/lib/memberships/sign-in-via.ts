/**
 * How a session's account proved who it is, kept in the session so choosing or switching a partnership can apply
 * that partnership's rules: a password is refused by a partnership that signs in with single sign-on only (except
 * its break-glass administrators); a partnership's own OpenID provider vouches for that partnership only; the
 * installation's provider vouches for every partnership.
 */
export type SignInVia =
  | { readonly kind: 'password' }
  | { readonly kind: 'oidc'; readonly issuer: string; readonly partnershipId: string | null };
