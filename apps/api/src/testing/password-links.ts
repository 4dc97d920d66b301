import type { TestApp } from './test-app';

export const SET_PASSWORD =
  'mutation($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) { personId email isAdministrator } }';
export const PASSWORD_LINK = 'query($token: String!) { passwordLink(token: $token) { purpose fullName email } }';

/** The token in a set-password link (it travels in the fragment). */
export function tokenOf(link: string): string {
  const match = /\/set-password#token=([A-Za-z0-9_-]+)$/.exec(link);
  if (!match) throw new Error(`Not a set-password link: ${link}`);
  return match[1];
}

/** The first set-password link in a text, e.g. an e-mail body. */
export function linkIn(text: string): string {
  const match = /https?:\/\/\S+\/set-password#token=[A-Za-z0-9_-]+/.exec(text);
  if (!match) throw new Error(`No set-password link in: ${text}`);
  return match[0];
}

export interface RedeemResponse {
  readonly cookie: string | null;
  readonly body: {
    data?: { setPasswordWithToken?: { personId: string; email: string; isAdministrator: boolean } } | null;
    errors?: Array<{
      message: string;
      extensions?: { code?: string; fields?: Array<{ field: string; message: string }> };
    }>;
  };
}

/** Calls setPasswordWithToken over real HTTP, keeping the session cookie it sets. */
export async function redeemLink(api: TestApp, token: string, password: string): Promise<RedeemResponse> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SET_PASSWORD, variables: { input: { token, password } } }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('waymark.sid='));
  return { cookie: session ? session.split(';')[0] : null, body: (await response.json()) as RedeemResponse['body'] };
}
