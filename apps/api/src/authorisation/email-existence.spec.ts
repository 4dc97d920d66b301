import { randomUUID } from 'node:crypto';
import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { createPartnership, createPersonWithPassword } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
const UPDATE = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }';

/**
 * Adding someone must not tell an administrator which addresses another partnership uses. (Inviting an address that
 * already signs in elsewhere adds a membership: identity/partnerships.spec.ts.)
 */
describe('e-mail addresses of another partnership', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let elsewhere: string;
  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    elsewhere = (
      await createPersonWithPassword(api, {
        email: `someone-${randomUUID()}@other.example.org`,
        partnershipId: await createPartnership(api, 'Other Partnership'),
      })
    ).email;
  });
  afterAll(() => api.close());

  const answer = async (document: string, input: Record<string, unknown>) => {
    const result = await api.graphql(document, { input }, fx.cookie('admin'));
    return {
      code: result.errors?.[0]?.extensions?.code,
      message: result.errors?.[0]?.message,
      data: result.data ?? null,
    };
  };

  it('answers adding or renaming to such an address exactly as to an address nobody uses', async () => {
    const ownAddress = fx.people.viewer.email;
    const own = await answer(CREATE, { fullName: 'Pat Duplicate', email: ownAddress });
    expect(own.code).toBe('BAD_USER_INPUT');
    expect(own.message).not.toMatch(/another partnership/i);

    // Addresses are unique per partnership: one used elsewhere is as free here as a new one.
    const fresh = await answer(CREATE, { fullName: 'Pat Fresh', email: `fresh-${randomUUID()}@other.example.org` });
    const used = await answer(CREATE, { fullName: 'Pat Elsewhere', email: elsewhere });
    expect(fresh.code).toBeUndefined();
    expect(used.code).toBeUndefined();
    expect(used.data).not.toBeNull();
    const [person] = await api.dataSource.query(`SELECT id, version FROM person WHERE id = $1`, [
      fx.people.leadA.personId,
    ]);
    expect(await answer(UPDATE, { id: person.id, version: person.version, email: ownAddress })).toEqual(own);
    // The person added here is a record of this partnership only: the other partnership's account is untouched.
    const [{ accounts, linked }] = await api.dataSource.query(
      `SELECT count(DISTINCT account_id)::int AS accounts, count(*) FILTER (WHERE account_id IS NOT NULL)::int AS linked FROM person WHERE email = $1`,
      [elsewhere],
    );
    expect({ accounts, linked }).toEqual({ accounts: 1, linked: 1 });
  });
});
