import { randomUUID } from 'node:crypto';
import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { createPartnership, createPersonWithPassword } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
const INVITE = 'mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id } }';
const UPDATE = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }';

/** Adding or inviting someone must not tell an administrator which addresses another partnership uses. */
describe('e-mail addresses of another partnership', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let elsewhere: string;
  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    elsewhere = (await createPersonWithPassword(api, { email: `someone-${randomUUID()}@other.example.org`, partnershipId: await createPartnership(api, 'Other Partnership') })).email;
  });
  afterAll(() => api.close());

  const answer = async (document: string, input: Record<string, unknown>) => {
    const result = await api.graphql(document, { input }, fx.cookie('admin'));
    return { code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message, data: result.data ?? null };
  };

  it('answers adding, inviting or renaming to such an address exactly as to an address of this partnership', async () => {
    const ownAddress = fx.people.viewer.email;
    const own = await answer(CREATE, { fullName: 'Pat Duplicate', email: ownAddress });
    expect(own.code).toBe('BAD_USER_INPUT');
    expect(own.message).not.toMatch(/another partnership/i);

    expect(await answer(CREATE, { fullName: 'Pat Duplicate', email: elsewhere })).toEqual(own);
    expect(await answer(INVITE, { fullName: 'Pat Duplicate', email: elsewhere })).toEqual(own);
    const [person] = await api.dataSource.query(`SELECT id, version FROM person WHERE id = $1`, [fx.people.leadA.personId]);
    expect(await answer(UPDATE, { id: person.id, version: person.version, email: elsewhere })).toEqual(own);
    expect(await answer(UPDATE, { id: person.id, version: person.version, email: ownAddress })).toEqual(own);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM person WHERE email = $1`, [elsewhere]);
    expect(n).toBe(1);
  });
});
