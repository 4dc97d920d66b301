import { createProgressFixture, ProgressFixture, snapshotTables } from '../testing/progress-fixture';
import { createSignedInPerson } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const UPDATE = `mutation($input: UpdateNoticeSettingsInput!) { updateNoticeSettings(input: $input) { partnershipId version organisationName contactEmail contactPhone dataController lawfulBasis retention } }`;
const SETTINGS = `query($id: ID!) { noticeSettings(partnershipId: $id) { version organisationName contactEmail } }`;
const PUBLISHED = `{ publishedNotices { partnershipName organisationName contactEmail contactPhone dataController lawfulBasis retention } }`;

interface Published {
  partnershipName: string | null;
  organisationName: string | null;
  contactEmail: string | null;
  dataController: string | null;
}

describe('notice settings: the accessibility statement and privacy notice fields an administrator completes', () => {
  let api: TestApp;
  let fx: ProgressFixture;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  const published = async (cookie?: string) =>
    (await api.graphql<{ publishedNotices: Published }>(PUBLISHED, {}, cookie)).data?.publishedNotices as Published;

  it('shows nothing written before the first save, signed in or out, then what the administrator wrote, and audits it', async () => {
    expect(await published(fx.people.viewer.cookie)).toMatchObject({
      organisationName: null,
      contactEmail: null,
      dataController: null,
    });
    const first = await api.graphql<{ updateNoticeSettings: Record<string, unknown> }>(
      UPDATE,
      {
        input: {
          partnershipId: fx.partnershipId,
          version: 1,
          organisationName: ' City of York Council ',
          contactEmail: 'access@york.gov.uk',
          contactPhone: '01904 551550',
          dataController: 'City of York Council, West Offices, York YO1 6GA',
          lawfulBasis: 'Public task',
        },
      },
      fx.people.admin.cookie,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateNoticeSettings).toMatchObject({
      version: 2,
      organisationName: 'City of York Council',
      contactEmail: 'access@york.gov.uk',
      retention: null,
    });

    // Fields left out keep their text; blank clears one.
    const second = await api.graphql<{ updateNoticeSettings: Record<string, unknown> }>(
      UPDATE,
      {
        input: {
          partnershipId: fx.partnershipId,
          version: 2,
          retention: 'Six years after the strategy ends',
          lawfulBasis: '  ',
        },
      },
      fx.people.admin.cookie,
    );
    expect(second.data?.updateNoticeSettings).toMatchObject({
      version: 3,
      organisationName: 'City of York Council',
      retention: 'Six years after the strategy ends',
      lawfulBasis: null,
    });

    expect(await published(fx.people.leadA.cookie)).toMatchObject({
      organisationName: 'City of York Council',
      contactEmail: 'access@york.gov.uk',
      dataController: 'City of York Council, West Offices, York YO1 6GA',
    });
    // Signed out on a deployment with one partnership: that partnership's notices (the pages are public).
    expect(await published()).toMatchObject({
      organisationName: 'City of York Council',
      partnershipName: 'Test Community Safety Partnership',
    });

    const audit: Array<{ entity_type: string; operation: string; actor_id: string }> = await api.dataSource.query(
      `SELECT a.entity_type, a.operation, a.actor_id FROM audit_entry a JOIN partnership_notice n ON n.id = a.entity_id WHERE n.partnership_id = $1 ORDER BY a.id`,
      [fx.partnershipId],
    );
    expect(audit).toEqual([
      { entity_type: 'partnership_notice', operation: 'update', actor_id: fx.people.admin.personId },
      { entity_type: 'partnership_notice', operation: 'update', actor_id: fx.people.admin.personId },
    ]);
  });

  it('refuses people who are not administrators, changing nothing', async () => {
    const before = await snapshotTables(api);
    for (const cookie of [fx.people.senior.cookie, fx.people.leadA.cookie, fx.people.viewer.cookie]) {
      const write = await api.graphql(
        UPDATE,
        { input: { partnershipId: fx.partnershipId, version: 3, organisationName: 'Taken over' } },
        cookie,
      );
      expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const read = await api.graphql(SETTINGS, { id: fx.partnershipId }, cookie);
      expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await api.graphql(UPDATE, {
      input: { partnershipId: fx.partnershipId, version: 3, organisationName: 'Taken over' },
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await snapshotTables(api)).toEqual(before);
  });

  it("answers another partnership's administrator NOT_FOUND, as for an unknown id, changing nothing", async () => {
    const other = await createSignedInPerson(api, { email: 'admin@other-partnership.test', isAdministrator: true });
    const before = await snapshotTables(api);
    const write = await api.graphql(
      UPDATE,
      { input: { partnershipId: fx.partnershipId, version: 3, organisationName: 'Taken over' } },
      other.cookie,
    );
    const read = await api.graphql(SETTINGS, { id: fx.partnershipId }, other.cookie);
    const unknown = await api.graphql(SETTINGS, { id: '00000000-0000-4000-8000-000000000000' }, other.cookie);
    expect([write, read, unknown].map((r) => r.errors?.[0].extensions?.code)).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
    expect(read.errors?.[0].message.replace(fx.partnershipId, 'ID')).toBe(
      unknown.errors?.[0].message.replace('00000000-0000-4000-8000-000000000000', 'ID'),
    );
    expect(await snapshotTables(api)).toEqual(before);
    // Their own partnership has nothing written: it does not see York's.
    expect(await published(other.cookie)).toMatchObject({
      organisationName: null,
      partnershipName: 'Test Community Safety Partnership',
    });
    // Signed out with two partnerships: which one is meant is unknown, so only defaults.
    expect(await published()).toMatchObject({ partnershipName: null, organisationName: null });
  });

  it('names the bad field and changes nothing; a stale version is a CONFLICT', async () => {
    const before = await snapshotTables(api);
    const bad = await api.graphql(
      UPDATE,
      { input: { partnershipId: fx.partnershipId, version: 3, contactEmail: 'not an email', contactPhone: 'call us' } },
      fx.people.admin.cookie,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field).sort()).toEqual([
      'input.contactEmail',
      'input.contactPhone',
    ]);
    const long = await api.graphql(
      UPDATE,
      { input: { partnershipId: fx.partnershipId, version: 3, retention: 'x'.repeat(2001) } },
      fx.people.admin.cookie,
    );
    expect((long.errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field)).toEqual([
      'input.retention',
    ]);
    const stale = await api.graphql(
      UPDATE,
      { input: { partnershipId: fx.partnershipId, version: 2, organisationName: 'Overwritten' } },
      fx.people.admin.cookie,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await snapshotTables(api)).toEqual(before);
  });
});
