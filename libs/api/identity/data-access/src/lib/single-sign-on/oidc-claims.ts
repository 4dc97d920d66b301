/** The ID token claims Waymark reads (already validated: issuer, audience, nonce, expiry, signature). */
export interface OidcClaims {
  readonly iss: string;
  readonly sub: string;
  readonly email?: unknown;
  readonly email_verified?: unknown;
  readonly preferred_username?: unknown;
  readonly name?: unknown;
}

const ENTRA_ID_ISSUER =
  /^https:\/\/login\.microsoftonline\.com\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/v2\.0$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A tenant's Microsoft Entra ID (v2.0 endpoint): the issuer names one tenant, never `common` or `organizations`. */
export function isEntraIdIssuer(issuer: string): boolean {
  return ENTRA_ID_ISSUER.test(issuer);
}

/**
 * The e-mail address the provider vouches for, or null.
 * - `email` counts only with `email_verified: true` (OpenID Connect Core §5.1): an unverified address could be typed
 *   by anyone holding an account at the provider.
 * - Entra ID sends no `email_verified`, and its `email` claim is an optional, user-editable attribute; its
 *   `preferred_username` is the user principal name, which the tenant's administrators assign inside domains the
 *   tenant has proven it owns. So for a tenant's Entra ID issuer only, `preferred_username` is taken as the verified
 *   address. The iss + sub link stored at the first match then carries later sign-ins, so a renamed UPN cannot move
 *   an existing link to someone else.
 */
export function verifiedEmail(claims: OidcClaims): string | null {
  if (typeof claims.email === 'string' && claims.email_verified === true && EMAIL.test(claims.email))
    return claims.email.trim();
  if (
    isEntraIdIssuer(claims.iss) &&
    typeof claims.preferred_username === 'string' &&
    EMAIL.test(claims.preferred_username)
  ) {
    return claims.preferred_username.trim();
  }
  return null;
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}
