import type { Browser } from 'playwright-core';
import { accounts, baseUrl } from './browser';

export interface E2ePerson {
  readonly fullName: string;
  readonly email: string;
  readonly password: string;
}

async function graphql<T>(
  context: {
    request: {
      post: (
        url: string,
        options: { data: unknown; headers: Record<string, string> },
      ) => Promise<{ json: () => Promise<unknown> }>;
    };
  },
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await context.request.post(`${baseUrl()}/graphql`, {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * A new person with a password, set up over the API as an administrator would (invite, read the invitation in the
 * outbox, set the password through its link), so a journey can act on someone nobody else's journey uses.
 */
export async function createPersonWithPassword(browser: Browser, person: E2ePerson): Promise<void> {
  const admin = await browser.newContext();
  const newcomer = await browser.newContext();
  try {
    const { email, password } = accounts.administrator;
    await graphql(admin, 'mutation($input: SignInInput!) { signIn(input: $input) { personId } }', {
      input: { email, password },
    });
    await graphql(admin, 'mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id } }', {
      input: { email: person.email, fullName: person.fullName },
    });
    const { outboxMessages } = await graphql<{ outboxMessages: Array<{ recipient: string; textBody: string }> }>(
      admin,
      '{ outboxMessages { recipient textBody } }',
      {},
    );
    const invitation = outboxMessages.find((m) => m.recipient === person.email);
    const token = /\/set-password#token=([A-Za-z0-9_-]+)/.exec(invitation?.textBody ?? '')?.[1];
    if (!token) throw new Error(`No invitation for ${person.email} in the outbox`);
    await graphql(
      newcomer,
      'mutation($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) { personId } }',
      { input: { token, password: person.password } },
    );
  } finally {
    await admin.close();
    await newcomer.close();
  }
}
