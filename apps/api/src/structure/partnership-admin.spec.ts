import { createSignedInPerson } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';
import { gqlOk, signedInAdmin } from './structure-fixture';

describe('partnership structure: organisations, groups, people', () => {
  let api: TestApp;
  let cookie: string;
  let partnershipId: string;

  beforeAll(async () => {
    api = await startTestApp();
    ({ cookie, partnershipId } = await signedInAdmin(api));
  });
  afterAll(() => api.close());

  it('creates, updates and archives an organisation with audit rows', async () => {
    const created = (
      await gqlOk(
        api,
        cookie,
        `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name version } }`,
        {
          input: { name: 'North Yorkshire Police', shortName: 'NYP' },
        },
      )
    )['createOrganisation'];
    const updated = (
      await gqlOk(
        api,
        cookie,
        `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name version } }`,
        {
          input: { id: created.id, version: 1, name: 'North Yorkshire Police Service' },
        },
      )
    )['updateOrganisation'];
    expect(updated).toEqual({ name: 'North Yorkshire Police Service', version: 2 });
    await gqlOk(
      api,
      cookie,
      `mutation($input: VersionedRefInput!) { archiveOrganisation(input: $input) { archivedAt } }`,
      { input: { id: created.id, version: 2 } },
    );
    const listed = await gqlOk(api, cookie, `{ organisations { id } }`);
    expect(listed['organisations']).toEqual([]);
    const audit = await api.dataSource.query(`SELECT operation FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [
      created.id,
    ]);
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual(['create', 'update', 'archive']);
  });

  it('refuses a stale organisation update with CONFLICT and keeps the first writer’s name', async () => {
    const org = (
      await gqlOk(
        api,
        cookie,
        `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
        { input: { name: 'City of York Council' } },
      )
    )['createOrganisation'];
    const mutation = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name } }`;
    const first = await api.graphql(mutation, { input: { id: org.id, version: 1, name: 'CYC' } }, cookie);
    const second = await api.graphql(mutation, { input: { id: org.id, version: 1, name: 'York Council' } }, cookie);
    expect(first.errors).toBeUndefined();
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [row] = await api.dataSource.query(`SELECT name FROM organisation WHERE id = $1`, [org.id]);
    expect(row.name).toBe('CYC');
  });

  it('manages groups and their members', async () => {
    const person = (
      await gqlOk(
        api,
        cookie,
        `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id fullName email isAdministrator } }`,
        {
          input: { fullName: 'Priya Lead', email: 'priya@example.org', jobTitle: 'Community safety manager' },
        },
      )
    )['createPerson'];
    expect(person).toMatchObject({ fullName: 'Priya Lead', isAdministrator: false });
    const group = (
      await gqlOk(
        api,
        cookie,
        `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id kind members { personId } } }`,
        {
          input: { name: 'Hate Crime Delivery Group', kind: 'DeliveryGroup' },
        },
      )
    )['createGroup'];
    const added = (
      await gqlOk(
        api,
        cookie,
        `mutation($input: GroupMemberInput!) { addGroupMember(input: $input) { members { personId fullName isChair } } }`,
        {
          input: { groupId: group.id, personId: person.id, isChair: true },
        },
      )
    )['addGroupMember'];
    expect(added.members).toEqual([{ personId: person.id, fullName: 'Priya Lead', isChair: true }]);
    const removed = (
      await gqlOk(
        api,
        cookie,
        `mutation($input: GroupMemberInput!) { removeGroupMember(input: $input) { members { personId } } }`,
        {
          input: { groupId: group.id, personId: person.id },
        },
      )
    )['removeGroupMember'];
    expect(removed.members).toEqual([]);
    // One root field per request: see the note on SessionGuard resolving the actor once per request.
    expect((await gqlOk(api, cookie, `{ groups { name kind } }`))['groups']).toEqual([
      { name: 'Hate Crime Delivery Group', kind: 'DeliveryGroup' },
    ]);
    const people = (await gqlOk(api, cookie, `{ people { email } }`))['people'] as Array<{ email: string }>;
    expect(people.map((p) => p.email)).toContain('priya@example.org');
    expect((await gqlOk(api, cookie, `{ partnership { id ragDefinitions { amber } } }`))['partnership'].id).toBe(
      partnershipId,
    );
  });

  it('validates person input field by field and writes nothing', async () => {
    const before = (await api.dataSource.query(`SELECT count(*)::int AS n FROM person`))[0].n;
    const result = await api.graphql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { fullName: '', email: 'not-an-email' } },
      cookie,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.fullName', 'input.email']));
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM person`))[0].n).toBe(before);
  });

  it('keeps non-administrators out of structure changes', async () => {
    const viewer = await createSignedInPerson(api, { email: 'viewer@example.org', partnershipId });
    const result = await api.graphql(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { name: 'Sneaky' } },
      viewer.cookie,
    );
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(`{ organisations { id } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
