import { randomUUID } from 'node:crypto';
import { createProgressFixture, ProgressFixture, snapshotTables } from '../testing/progress-fixture';
import { snapshotPartnership } from '../testing/partnership-snapshot';
import {
  addMembership,
  createPartnership,
  createPersonWithPassword,
  signInAs,
  TEST_PASSWORD,
  trySignIn,
} from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const CHOICES = '{ partnershipChoices { partnershipId name current } }';
const CHOOSE =
  'mutation($input: ChoosePartnershipInput!) { choosePartnership(input: $input) { personId partnershipId isAdministrator } }';
const ME = '{ me { personId partnershipId } }';
const STRATEGIES = '{ strategies { id title } }';

interface Choice {
  partnershipId: string;
  name: string;
  current: boolean;
}

/** One account, several partnerships: sign-in, choosing, switching, scoping, invitations and deactivation. */
describe('one person in several partnerships', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let partnershipB: string;
  let strategyB: string;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    partnershipB = await createPartnership(api, 'Neighbouring Community Safety Partnership');
    [{ id: strategyB }] = await api.dataSource.query(
      `INSERT INTO strategy (partnership_id, title, starts_on, ends_on) VALUES ($1, 'Neighbourhood Plan', '2025-04-01', '2028-03-31') RETURNING id`,
      [partnershipB],
    );
  });
  afterAll(() => api.close());

  /** An account that is a viewer in A (the fixture's partnership) and an administrator in B. */
  async function countyOfficer(): Promise<{ email: string; personA: string; personB: string }> {
    const email = `county-${randomUUID()}@example.org`;
    const a = await createPersonWithPassword(api, { email, partnershipId: fx.partnershipId, fullName: 'Casey County' });
    const personB = await addMembership(api, email, partnershipB, { fullName: 'Casey County', isAdministrator: true });
    return { email, personA: a.personId, personB };
  }

  /** Chooses a partnership with the session cookie; resolves to the new cookie (the session id changes). */
  async function choose(
    cookie: string,
    partnershipId: string,
  ): Promise<{
    cookie: string | null;
    body: { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> };
  }> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: CHOOSE, variables: { input: { partnershipId } } }),
    });
    const session = response.headers.getSetCookie().find((c) => c.startsWith('waymark.sid='));
    return { cookie: session ? session.split(';')[0] : null, body: (await response.json()) as never };
  }

  const auditOf = (personId: string, operation: string) =>
    api.dataSource.query<
      Array<{ partnership_id: string; changes: Record<string, { before: unknown; after: unknown }> }>
    >(`SELECT partnership_id, changes FROM audit_entry WHERE entity_id = $1 AND operation = $2 ORDER BY id`, [
      personId,
      operation,
    ]);

  it('goes straight into the only partnership of an account with one membership', async () => {
    const result = await trySignIn(api, fx.people.viewer.email, TEST_PASSWORD);
    expect(result.body.data?.signIn?.personId).toBe(fx.people.viewer.personId);
    const choices = await api.graphql<{ partnershipChoices: Choice[] }>(CHOICES, {}, result.cookie ?? undefined);
    expect(choices.data?.partnershipChoices).toEqual([
      { partnershipId: fx.partnershipId, name: 'Test Community Safety Partnership', current: true },
    ]);
  });

  it('asks an account with several memberships to choose, and lets it read nothing until it has', async () => {
    const officer = await countyOfficer();
    const signIn = await trySignIn(api, officer.email, TEST_PASSWORD);
    expect(signIn.body.errors).toBeUndefined();
    expect(signIn.body.data?.signIn).toBeNull();
    const cookie = signIn.cookie ?? '';
    expect((await api.graphql(ME, {}, cookie)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(STRATEGIES, {}, cookie)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const choices = await api.graphql<{ partnershipChoices: Choice[] }>(CHOICES, {}, cookie);
    expect(choices.data?.partnershipChoices).toEqual([
      { partnershipId: partnershipB, name: 'Neighbouring Community Safety Partnership', current: false },
      { partnershipId: fx.partnershipId, name: 'Test Community Safety Partnership', current: false },
    ]);

    const chosen = await choose(cookie, partnershipB);
    expect(chosen.body.errors).toBeUndefined();
    expect(chosen.body.data).toEqual({
      choosePartnership: { personId: officer.personB, partnershipId: partnershipB, isAdministrator: true },
    });
    expect(chosen.cookie).not.toBeNull();
    expect(chosen.cookie).not.toBe(cookie);
    // The session id was regenerated: the cookie from before choosing no longer works.
    expect((await api.graphql(CHOICES, {}, cookie)).data).toEqual({ partnershipChoices: [] });
    expect((await api.graphql(ME, {}, chosen.cookie ?? '')).data).toEqual({
      me: { personId: officer.personB, partnershipId: partnershipB },
    });
    expect(await auditOf(officer.personB, 'choose_partnership')).toEqual([
      { partnership_id: partnershipB, changes: { partnershipId: { before: null, after: partnershipB } } },
    ]);
  });

  it('switches partnership with a new session id, audited, and then reads and writes only the partnership chosen', async () => {
    const officer = await countyOfficer();
    const inB =
      (await choose((await trySignIn(api, officer.email, TEST_PASSWORD)).cookie ?? '', partnershipB)).cookie ?? '';
    const inBStrategies = await api.graphql<{ strategies: Array<{ id: string }> }>(STRATEGIES, {}, inB);
    expect(inBStrategies.data?.strategies.map((s) => s.id)).toEqual([strategyB]);

    const switched = await choose(inB, fx.partnershipId);
    expect(switched.body.errors).toBeUndefined();
    const inA = switched.cookie ?? '';
    expect(inA).not.toBe(inB);
    expect((await api.graphql(ME, {}, inB)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await auditOf(officer.personA, 'switch_partnership')).toEqual([
      {
        partnership_id: fx.partnershipId,
        changes: { partnershipId: { before: partnershipB, after: fx.partnershipId } },
      },
    ]);

    // In A the officer is a viewer: A's strategies only, B's strategy is answered as unknown, and no administration.
    const inAStrategies = await api.graphql<{ strategies: Array<{ id: string }> }>(STRATEGIES, {}, inA);
    expect(inAStrategies.data?.strategies.map((s) => s.id)).toEqual([fx.strategyId]);
    const bStrategy = await api.graphql('query($id: ID!) { strategy(id: $id) { id title } }', { id: strategyB }, inA);
    expect(bStrategy.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const beforeB = await snapshotPartnership(api, partnershipB);
    const rename = await api.graphql(
      'mutation($input: UpdateStrategyInput!) { updateStrategy(input: $input) { id } }',
      { input: { id: strategyB, version: 1, title: 'Renamed from A' } },
      inA,
    );
    expect(rename.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await snapshotPartnership(api, partnershipB)).toEqual(beforeB);
    const create = await api.graphql(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: `Org ${randomUUID()}` } },
      inA,
    );
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Back in B, as its administrator: a write lands in B and nothing of A changes.
    const backInB = (await choose(inA, partnershipB)).cookie ?? '';
    const beforeA = await snapshotPartnership(api, fx.partnershipId);
    const created = await api.graphql<{ createOrganisation: { id: string } }>(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: `Selby Council ${randomUUID()}` } },
      backInB,
    );
    expect(created.errors).toBeUndefined();
    const [{ partnership_id }] = await api.dataSource.query(`SELECT partnership_id FROM organisation WHERE id = $1`, [
      created.data?.createOrganisation.id,
    ]);
    expect(partnership_id).toBe(partnershipB);
    expect(await snapshotPartnership(api, fx.partnershipId)).toEqual(beforeA);
  });

  it('refuses a partnership the account is not a member of, and changes nothing', async () => {
    const officer = await countyOfficer();
    const inB =
      (await choose((await trySignIn(api, officer.email, TEST_PASSWORD)).cookie ?? '', partnershipB)).cookie ?? '';
    const elsewhere = await createPartnership(api, 'A Partnership Casey Is Not In');
    const before = await snapshotTables(api);
    for (const partnershipId of [elsewhere, randomUUID()]) {
      const refused = await choose(inB, partnershipId);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.partnershipId', message: 'Choose one of your partnerships.' }],
      });
      // The session keeps its id (a rolling cookie may be sent again, with the same session).
      expect(refused.cookie ?? inB).toBe(inB);
    }
    expect(await snapshotTables(api)).toEqual(before);
    expect((await api.graphql(ME, {}, inB)).data).toEqual({
      me: { personId: officer.personB, partnershipId: partnershipB },
    });
    // Without a session there is nothing to choose with.
    expect((await api.graphql(CHOOSE, { input: { partnershipId: partnershipB } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('adds a membership to an existing account when another partnership invites its address: no second password, an e-mail that says so', async () => {
    const email = `invited-${randomUUID()}@example.org`;
    const existing = await createPersonWithPassword(api, {
      email,
      partnershipId: partnershipB,
      fullName: 'Ines Invited',
    });
    const [{ n: credentialsBefore }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM credential`);
    const invited = await api.graphql<{ invitePerson: { id: string; accountStatus: string } }>(
      'mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id accountStatus } }',
      { input: { email, fullName: 'Ines Invited' } },
      fx.cookie('admin'),
    );
    expect(invited.errors).toBeUndefined();
    const personA = invited.data?.invitePerson.id ?? '';
    expect(
      await api.dataSource.query(
        `SELECT partnership_id, account_id = (SELECT account_id FROM person WHERE id = $2) AS same_account FROM person WHERE id = $1`,
        [personA, existing.personId],
      ),
    ).toEqual([{ partnership_id: fx.partnershipId, same_account: true }]);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM credential`)).toEqual([{ n: credentialsBefore }]);
    expect(
      await api.dataSource.query(`SELECT count(*)::int AS n FROM account_token WHERE person_id = $1`, [personA]),
    ).toEqual([{ n: 0 }]);
    const [mail] = await api.dataSource.query(
      `SELECT subject, text_body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    expect(mail.subject).toBe('You have been added to Test Community Safety Partnership on Waymark');
    expect(mail.text_body).toContain('you do not need a new password');

    // Same password, both partnerships.
    const signIn = await trySignIn(api, email, TEST_PASSWORD);
    expect(signIn.body.data?.signIn).toBeNull();
    const choices = await api.graphql<{ partnershipChoices: Choice[] }>(CHOICES, {}, signIn.cookie ?? '');
    expect(choices.data?.partnershipChoices.map((c) => c.partnershipId).sort()).toEqual(
      [fx.partnershipId, partnershipB].sort(),
    );
  });

  it('deactivates a person in one partnership only: their sessions there end, their other partnership keeps working', async () => {
    const officer = await countyOfficer();
    const signedIn = (await trySignIn(api, officer.email, TEST_PASSWORD)).cookie ?? '';
    const inA = (await choose(signedIn, fx.partnershipId)).cookie ?? '';
    const inB =
      (await choose((await trySignIn(api, officer.email, TEST_PASSWORD)).cookie ?? '', partnershipB)).cookie ?? '';

    const deactivated = await api.graphql(
      'mutation($input: PersonRefInput!) { deactivatePerson(input: $input) { id } }',
      { input: { personId: officer.personA } },
      fx.cookie('admin'),
    );
    expect(deactivated.errors).toBeUndefined();
    expect((await api.graphql(ME, {}, inA)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(ME, {}, inB)).data).toEqual({
      me: { personId: officer.personB, partnershipId: partnershipB },
    });
    // A switch back to A is refused; a new sign-in goes straight into B, the only partnership left.
    expect((await choose(inB, fx.partnershipId)).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const again = await trySignIn(api, officer.email, TEST_PASSWORD);
    expect(again.body.data?.signIn?.personId).toBe(officer.personB);
  });

  it('ends the sessions of every partnership when the account changes its password', async () => {
    const officer = await countyOfficer();
    const inA =
      (await choose((await trySignIn(api, officer.email, TEST_PASSWORD)).cookie ?? '', fx.partnershipId)).cookie ?? '';
    const inB =
      (await choose((await trySignIn(api, officer.email, TEST_PASSWORD)).cookie ?? '', partnershipB)).cookie ?? '';
    const changed = await api.graphql(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: TEST_PASSWORD, password: 'a brand new passphrase for casey' } },
      inB,
    );
    expect(changed.errors).toBeUndefined();
    expect((await api.graphql(ME, {}, inA)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(ME, {}, inB)).data).toEqual({
      me: { personId: officer.personB, partnershipId: partnershipB },
    });
    await expect(signInAs(api, officer.email, 'a brand new passphrase for casey')).resolves.toMatch(/^waymark\.sid=/);
  });

  it('detaches, rather than renames, a shared account when one partnership changes the person’s e-mail address', async () => {
    const officer = await countyOfficer();
    const [person] = await api.dataSource.query(`SELECT version FROM person WHERE id = $1`, [officer.personA]);
    const newEmail = `casey-${randomUUID()}@example.org`;
    const updated = await api.graphql(
      'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id accountStatus } }',
      { input: { id: officer.personA, version: person.version, email: newEmail } },
      fx.cookie('admin'),
    );
    expect(updated.data).toEqual({ updatePerson: { id: officer.personA, accountStatus: 'NotInvited' } });
    expect(
      await api.dataSource.query(`SELECT count(*)::int AS n FROM account WHERE email = $1`, [officer.email]),
    ).toEqual([{ n: 1 }]);
    const again = await trySignIn(api, officer.email, TEST_PASSWORD);
    expect(again.body.data?.signIn?.personId).toBe(officer.personB);
  });

  it('moves the account with the person when it is their only membership, so they keep signing in', async () => {
    const alone = await createPersonWithPassword(api, {
      email: `alone-${randomUUID()}@example.org`,
      partnershipId: fx.partnershipId,
    });
    const [person] = await api.dataSource.query(`SELECT version FROM person WHERE id = $1`, [alone.personId]);
    const newEmail = `alone-${randomUUID()}@example.org`;
    const updated = await api.graphql(
      'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id accountStatus } }',
      { input: { id: alone.personId, version: person.version, email: newEmail } },
      fx.cookie('admin'),
    );
    expect(updated.data).toEqual({ updatePerson: { id: alone.personId, accountStatus: 'Active' } });
    expect((await trySignIn(api, newEmail, TEST_PASSWORD)).body.data?.signIn?.personId).toBe(alone.personId);
    expect((await trySignIn(api, alone.email, TEST_PASSWORD)).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
