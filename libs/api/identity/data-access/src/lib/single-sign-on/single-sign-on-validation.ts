import type { FieldProblem } from '@waymark/api/shared/util';

export interface UpdateSingleSignOnCommand {
  readonly version: number;
  /** Null or blank turns the partnership's single sign-on off (clears the client id and secret too). */
  readonly issuer?: string | null;
  readonly clientId?: string | null;
  /** Write-only: left out keeps the stored secret. */
  readonly clientSecret?: string | null;
  readonly jitEmailDomains?: readonly string[];
  readonly ssoOnly?: boolean;
  /** The administrators who may still sign in with a password when the partnership is SSO-only. */
  readonly breakGlassPersonIds?: readonly string[];
}

interface Resulting {
  readonly issuer: string | null;
  readonly clientId: string | null;
  readonly clientSecretSealed: string | null;
  readonly jitEmailDomains: readonly string[];
  readonly ssoOnly: boolean;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http only to this machine (a provider under test); anything else must be https. */
export function isAcceptableIssuer(issuer: string): boolean {
  if (!URL.canParse(issuer)) return false;
  const url = new URL(issuer);
  if (url.search || url.hash || url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** Every problem with the settings as they would be after the change, each naming its field. */
export function problemsWithSingleSignOn(
  after: Resulting,
  cmd: UpdateSingleSignOnCommand,
  administratorIds: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (after.issuer !== null) {
    if (!isAcceptableIssuer(after.issuer))
      problems.push({
        field: 'input.issuer',
        message:
          'must be the https:// address of the provider, such as https://login.microsoftonline.com/<tenant-id>/v2.0',
      });
    if (!after.clientId)
      problems.push({ field: 'input.clientId', message: 'Enter the client ID (application ID) given by the provider' });
    if (!after.clientSecretSealed)
      problems.push({ field: 'input.clientSecret', message: 'Enter the client secret given by the provider' });
  }
  after.jitEmailDomains.forEach((domain, i) => {
    if (!DOMAIN.test(domain))
      problems.push({
        field: `input.jitEmailDomains[${i}]`,
        message: 'must be an e-mail domain such as council.gov.uk',
      });
  });
  if (after.ssoOnly && after.issuer === null)
    problems.push({
      field: 'input.ssoOnly',
      message: 'Set up the provider (issuer, client ID and secret) before making sign-in single sign-on only',
    });
  (cmd.breakGlassPersonIds ?? []).forEach((id, i) => {
    if (!administratorIds.has(id))
      problems.push({
        field: `input.breakGlassPersonIds[${i}]`,
        message: 'must be an administrator of this partnership',
      });
  });
  return problems;
}
