import type { OidcRefusal } from '@waymark/api/identity/data-access';

/**
 * Why single sign-on did not sign someone in. The web app's page `/sign-in/problem?reason=…` explains each one in
 * plain words; nothing from the provider or the library ever reaches the person.
 */
export type OidcProblem = OidcRefusal | 'not-configured' | 'expired' | 'refused' | 'unavailable';

export function problemUrl(publicUrl: string, reason: OidcProblem): string {
  return `${publicUrl}/sign-in/problem?reason=${reason}`;
}
