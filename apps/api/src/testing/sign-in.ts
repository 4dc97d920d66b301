import { givePeoplePasswords, hashPassword } from '@waymark/api/identity/data-access';
import type { TestApp } from './test-app';

/** A password that passes the policy; tests use it unless they test the policy itself. */
export const TEST_PASSWORD = 'correct horse battery staple';

export interface CreatedPerson {
  readonly personId: string;
  readonly partnershipId: string;
  readonly email: string;
  readonly password: string;
}

/** Inserts a partnership (tests that need one before STRUCTURE's mutations exist). */
export async function createPartnership(api: TestApp, name = 'Test Community Safety Partnership'): Promise<string> {
  const rows: Array<{ id: string }> = await api.dataSource.query(
    `INSERT INTO partnership (name) VALUES ($1) RETURNING id`,
    [name],
  );
  return rows[0].id;
}

/** Inserts a person with an argon2id password (and a partnership when none is given); optionally adds group memberships. */
export async function createPersonWithPassword(
  api: TestApp,
  options: {
    email: string;
    password?: string;
    fullName?: string;
    partnershipId?: string;
    isAdministrator?: boolean;
    groupIds?: readonly string[];
  },
): Promise<CreatedPerson> {
  const partnershipId = options.partnershipId ?? (await createPartnership(api));
  const password = options.password ?? TEST_PASSWORD;
  const [person]: Array<{ id: string }> = await api.dataSource.query(
    `INSERT INTO person (partnership_id, full_name, email, is_administrator) VALUES ($1, $2, $3, $4) RETURNING id`,
    [partnershipId, options.fullName ?? options.email.split('@')[0], options.email, options.isAdministrator ?? false],
  );
  await givePeoplePasswords(api.dataSource.manager, [
    { personId: person.id, passwordHash: await hashPassword(password) },
  ]);
  for (const groupId of options.groupIds ?? []) await addToGroup(api, person.id, groupId);
  return { personId: person.id, partnershipId, email: options.email, password };
}

/**
 * Makes an existing account a member of another partnership too (as an invitation accepted earlier would): a person
 * row there with the same e-mail address, on the same account. Resolves to that person's id.
 */
export async function addMembership(
  api: TestApp,
  email: string,
  partnershipId: string,
  options: { fullName?: string; isAdministrator?: boolean; groupIds?: readonly string[] } = {},
): Promise<string> {
  const [person]: Array<{ id: string }> = await api.dataSource.query(
    `INSERT INTO person (partnership_id, full_name, email, is_administrator, account_id)
     SELECT $1, $2, email, $3, id FROM account WHERE email = $4 RETURNING id`,
    [partnershipId, options.fullName ?? email.split('@')[0], options.isAdministrator ?? false, email],
  );
  if (!person) throw new Error(`no account for ${email}`);
  for (const groupId of options.groupIds ?? []) await addToGroup(api, person.id, groupId);
  return person.id;
}

export async function addToGroup(api: TestApp, personId: string, groupId: string, isChair = false): Promise<void> {
  await api.dataSource.query(`INSERT INTO group_membership (group_id, person_id, is_chair) VALUES ($1, $2, $3)`, [
    groupId,
    personId,
    isChair,
  ]);
}

export interface SignInResponse {
  readonly status: number;
  /** "waymark.sid=…" ready for a Cookie header, or null when no session cookie was set. */
  readonly cookie: string | null;
  readonly setCookie: string[];
  readonly body: {
    data?: { signIn?: { personId: string } } | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}

/** Calls the signIn mutation over real HTTP and returns the raw outcome (for tests of sign-in itself). */
export async function trySignIn(
  api: TestApp,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignInResponse> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { personId } }',
      variables: { input: { email, password } },
    }),
  });
  const setCookie = response.headers.getSetCookie();
  const session = setCookie.find((c) => c.startsWith('waymark.sid='));
  return {
    status: response.status,
    cookie: session ? session.split(';')[0] : null,
    setCookie,
    body: (await response.json()) as SignInResponse['body'],
  };
}

/** Signs in and returns the Cookie header value; throws when sign-in fails. */
export async function signInAs(api: TestApp, email: string, password: string = TEST_PASSWORD): Promise<string> {
  const result = await trySignIn(api, email, password);
  if (!result.cookie || result.body.errors)
    throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(result.body.errors)}`);
  return result.cookie;
}

/** createPersonWithPassword + signInAs in one step. */
export async function createSignedInPerson(
  api: TestApp,
  options: Parameters<typeof createPersonWithPassword>[1],
): Promise<CreatedPerson & { cookie: string }> {
  const person = await createPersonWithPassword(api, options);
  return { ...person, cookie: await signInAs(api, person.email, person.password) };
}
