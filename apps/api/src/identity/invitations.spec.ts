import { DeliveryWorker } from '@waymark/api/mail/feature';
import { snapshotTables } from '../testing/progress-fixture';
import { linkIn, PASSWORD_LINK, redeemLink, tokenOf } from '../testing/password-links';
import { createSignedInPerson, TEST_PASSWORD, trySignIn } from '../testing/sign-in';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { startTestApp, type TestApp } from '../testing/test-app';

const PERSON = '{ id fullName email accountStatus lastSignedInAt invitationExpiresAt deactivatedAt }';
const INVITE = `mutation($input: InvitePersonInput!) { invitePerson(input: $input) ${PERSON} }`;
const RESEND = `mutation($input: PersonRefInput!) { resendInvitation(input: $input) ${PERSON} }`;
const REVOKE = `mutation($input: PersonRefInput!) { revokeInvitation(input: $input) ${PERSON} }`;
const DEACTIVATE = `mutation($input: PersonRefInput!) { deactivatePerson(input: $input) ${PERSON} }`;

interface PersonResult {
  id: string;
  accountStatus: string;
  lastSignedInAt: string | null;
  invitationExpiresAt: string | null;
  deactivatedAt: string | null;
}

describe('invitations and deactivation', () => {
  let smtp: SmtpTestServer;
  let api: TestApp;
  let admin: { cookie: string; partnershipId: string; personId: string };
  const NEW_PASSWORD = 'invited people choose long passwords';

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '3600', WAYMARK_PUBLIC_URL: 'https://waymark.example.org' },
    });
    admin = await createSignedInPerson(api, {
      email: 'admin@york.example.org',
      isAdministrator: true,
      fullName: 'Ada Admin',
    });
    await api.dataSource.query(`UPDATE partnership SET name = 'Safer York Partnership' WHERE id = $1`, [
      admin.partnershipId,
    ]);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  async function deliveredLinkFor(address: string): Promise<string> {
    await api.app.get(DeliveryWorker).deliverDue();
    const mails = smtp.received.filter(
      (m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === address),
    );
    const last = mails[mails.length - 1];
    if (!last?.text) throw new Error(`No e-mail arrived for ${address}`);
    return linkIn(last.text);
  }

  async function invite(email: string, fullName?: string): Promise<PersonResult> {
    const result = await api.graphql<{ invitePerson: PersonResult }>(
      INVITE,
      { input: { email, fullName } },
      admin.cookie,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.invitePerson;
  }

  it('invites a new person by e-mail; they set a password through the link and are signed in', async () => {
    const invited = await invite('sam.lee@york.example.org', 'Sam Lee');
    expect(invited).toMatchObject({ accountStatus: 'Invited', lastSignedInAt: null });
    expect(new Date(invited.invitationExpiresAt ?? 0).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    const link = await deliveredLinkFor('sam.lee@york.example.org');
    const mail = smtp.received[smtp.received.length - 1];
    expect(mail.subject).toBe('You have been invited to Waymark');
    expect(mail.text).toContain('You have been invited to use Waymark for Safer York Partnership.');
    expect(link).toMatch(/^https:\/\/waymark\.example\.org\/set-password#token=/);

    const redeemed = await redeemLink(api, tokenOf(link), NEW_PASSWORD);
    expect(redeemed.body.errors).toBeUndefined();
    expect(redeemed.body.data?.setPasswordWithToken?.email).toBe('sam.lee@york.example.org');
    const people = await api.graphql<{ people: Array<PersonResult & { email: string }> }>(
      `{ people ${PERSON} }`,
      {},
      admin.cookie,
    );
    const sam = people.data?.people.find((p) => p.email === 'sam.lee@york.example.org');
    expect(sam).toMatchObject({ accountStatus: 'Active', invitationExpiresAt: null });
    expect(sam?.lastSignedInAt).not.toBeNull();
    expect((await trySignIn(api, 'sam.lee@york.example.org', NEW_PASSWORD)).cookie).not.toBeNull();
  });

  it('refuses to invite an address that is already active, naming the field, and changes nothing', async () => {
    const before = await snapshotTables(api);
    const result = await api.graphql(INVITE, { input: { email: 'admin@york.example.org' } }, admin.cookie);
    expect(result.errors?.[0]?.extensions?.['fields']).toEqual([
      {
        field: 'input.email',
        message: 'This person already has an active account. They can use “Forgot your password?” to sign in.',
      },
    ]);
    expect(await snapshotTables(api)).toEqual(before);
  });

  it.each([
    [{ email: 'not an address', fullName: 'X' }, 'input.email'],
    [{ email: 'nobody.yet@york.example.org' }, 'input.fullName'],
    [{ email: 'nobody.yet@york.example.org', fullName: '' }, 'input.fullName'],
  ])('refuses %j with an error on %s and changes nothing', async (input, field) => {
    const before = await snapshotTables(api);
    const result = await api.graphql(INVITE, { input }, admin.cookie);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((result.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field)).toEqual([
      field,
    ]);
    expect(await snapshotTables(api)).toEqual(before);
  });

  it('resends (only the newest link works) and revokes an invitation', async () => {
    const person = await invite('kim.ng@york.example.org', 'Kim Ng');
    const first = tokenOf(await deliveredLinkFor('kim.ng@york.example.org'));
    const resent = await api.graphql<{ resendInvitation: PersonResult }>(
      RESEND,
      { input: { personId: person.id } },
      admin.cookie,
    );
    expect(resent.data?.resendInvitation.accountStatus).toBe('Invited');
    const second = tokenOf(await deliveredLinkFor('kim.ng@york.example.org'));
    expect(second).not.toBe(first);
    expect((await api.graphql(PASSWORD_LINK, { token: first })).data).toEqual({ passwordLink: null });
    expect((await api.graphql(PASSWORD_LINK, { token: second })).data).toMatchObject({
      passwordLink: { fullName: 'Kim Ng' },
    });

    const revoked = await api.graphql<{ revokeInvitation: PersonResult }>(
      REVOKE,
      { input: { personId: person.id } },
      admin.cookie,
    );
    expect(revoked.data?.revokeInvitation).toMatchObject({ accountStatus: 'NotInvited', invitationExpiresAt: null });
    expect((await redeemLink(api, second, NEW_PASSWORD)).body.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(
      'input.token',
    );
    const again = await api.graphql(REVOKE, { input: { personId: person.id } }, admin.cookie);
    expect(again.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'input.personId', message: 'This person has no invitation waiting to be accepted.' },
    ]);
  });

  it('deactivates a person: their sessions end at once, they cannot sign in, their name stays; an invitation brings them back', async () => {
    const person = await createSignedInPerson(api, {
      email: 'leaver@york.example.org',
      partnershipId: admin.partnershipId,
      fullName: 'Lee Leaver',
    });
    const second = await trySignIn(api, person.email, TEST_PASSWORD);
    expect((await api.graphql('{ me { fullName } }', {}, person.cookie)).data).toEqual({
      me: { fullName: 'Lee Leaver' },
    });

    const result = await api.graphql<{ deactivatePerson: PersonResult }>(
      DEACTIVATE,
      { input: { personId: person.personId } },
      admin.cookie,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.deactivatePerson.accountStatus).toBe('Deactivated');
    expect(
      await api.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE sess->>'personId' = $1`, [
        person.personId,
      ]),
    ).toEqual([{ n: 0 }]);
    for (const cookie of [person.cookie, second.cookie ?? '']) {
      expect((await api.graphql('{ me { fullName } }', {}, cookie)).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect((await trySignIn(api, person.email, TEST_PASSWORD)).cookie).toBeNull();
    const people = await api.graphql<{ people: Array<{ fullName: string; accountStatus: string }> }>(
      '{ people { fullName accountStatus } }',
      {},
      admin.cookie,
    );
    expect(people.data?.people).toContainEqual({ fullName: 'Lee Leaver', accountStatus: 'Deactivated' });
    const [audit]: Array<{ ops: string[] }> = await api.dataSource.query(
      `SELECT array_agg(operation ORDER BY id) AS ops FROM audit_entry WHERE entity_id = $1`,
      [person.personId],
    );
    expect(audit.ops).toEqual(['deactivate']);

    await invite('leaver@york.example.org');
    await redeemLink(api, tokenOf(await deliveredLinkFor('leaver@york.example.org')), NEW_PASSWORD);
    expect((await trySignIn(api, person.email, NEW_PASSWORD)).cookie).not.toBeNull();
  });

  it('does not let an administrator deactivate themselves', async () => {
    const result = await api.graphql(DEACTIVATE, { input: { personId: admin.personId } }, admin.cookie);
    expect(result.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'input.personId', message: 'You cannot deactivate yourself.' },
    ]);
  });
});
