/** The test OpenID provider globalSetup starts (tools/testing/oidc-test-provider.mjs); the app trusts it as "Microsoft". */
export const oidcIssuer = (): string => {
  const issuer = process.env['WAYMARK_E2E_OIDC_ISSUER'];
  if (!issuer)
    throw new Error(
      'WAYMARK_E2E_OIDC_ISSUER is not set: run through `npx nx e2e web-e2e` (globalSetup starts the provider).',
    );
  return issuer;
};

/** Creates (or replaces) an account at the provider: its login name on the provider's page, and its ID-token claims. */
export async function setProviderAccount(login: string, claims: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${oidcIssuer()}/test/accounts/${encodeURIComponent(login)}`, {
    method: 'PUT',
    body: JSON.stringify(claims),
  });
  if (response.status !== 204)
    throw new Error(`The test OpenID provider refused the account ${login}: ${response.status}`);
}
