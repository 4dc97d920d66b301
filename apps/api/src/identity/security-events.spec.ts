import { DeliveryWorker } from '@waymark/api/mail/feature';
import { LogCapture } from '../observability/log-capture';
import { linkIn, redeemLink, tokenOf } from '../testing/password-links';
import { createPartnership, createSignedInPerson, TEST_PASSWORD, trySignIn } from '../testing/sign-in';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { startTestApp, type TestApp } from '../testing/test-app';

const EVENTS =
  'query($limit: Int) { securityEvents(limit: $limit) { event personId personName actorName detail occurredAt } }';
const UNLOCK = 'mutation($personId: ID!) { unlockSignIn(personId: $personId) }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
const UPDATE_PERSON = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id isAdministrator } }';
const DEACTIVATE = 'mutation($input: PersonRefInput!) { deactivatePerson(input: $input) { id } }';
const INVITE = 'mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id } }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const PEOPLE = '{ people { id accountStatus lastSignedInAt deactivatedAt invitationExpiresAt } }';

interface EventRow {
  event: string;
  personId: string;
  personName: string;
  actorName: string | null;
  detail: string | null;
}

/**
 * Security events: one log shape (`event`, `category: 'security'`, ids and hashes, never a secret) and, for a known
 * person, an audit row that the partnership's administrators list with `securityEvents`.
 */
describe('security events', () => {
  let api: TestApp;
  let smtp: SmtpTestServer;
  let partnershipId: string;
  let admin: Awaited<ReturnType<typeof createSignedInPerson>>;
  const log = new LogCapture();
  const securityLines = (event: string, personId: string) =>
    log.lines.filter((l) => l['event'] === event && l['category'] === 'security' && l['personId'] === personId);
  const listed = async (personId: string): Promise<EventRow[]> => {
    const result = await api.graphql<{ securityEvents: EventRow[] }>(EVENTS, { limit: 500 }, admin.cookie);
    expect(result.errors).toBeUndefined();
    return (result.data?.securityEvents ?? []).filter((e) => e.personId === personId);
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await startTestApp({
      logDestination: log,
      env: { LOG_LEVEL: 'info', SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '3600' },
    });
    partnershipId = await createPartnership(api);
    admin = await createSignedInPerson(api, {
      email: 'admin@example.org',
      fullName: 'Ada Admin',
      partnershipId,
      isAdministrator: true,
    });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('records a FORBIDDEN refusal with the operation, in the log and in the list administrators see', async () => {
    const viewer = await createSignedInPerson(api, {
      email: 'curious@example.org',
      fullName: 'Cody Curious',
      partnershipId,
    });
    const refused = await api.graphql(UNLOCK, { personId: admin.personId }, viewer.cookie);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const [line] = securityLines('access_refused', viewer.personId);
    expect(line).toMatchObject({
      event: 'access_refused',
      category: 'security',
      partnershipId,
      actorId: viewer.personId,
      detail: 'mutation unlockSignIn',
    });
    expect(await listed(viewer.personId)).toEqual([
      {
        event: 'access_refused',
        personId: viewer.personId,
        personName: 'Cody Curious',
        actorName: 'Cody Curious',
        detail: 'mutation unlockSignIn',
        occurredAt: expect.any(String),
      },
    ]);
  });

  it('lets only administrators list security events, and only their own partnership’s', async () => {
    const viewer = await createSignedInPerson(api, { email: 'nosy@example.org', partnershipId });
    expect((await api.graphql(EVENTS, {}, viewer.cookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherAdmin = await createSignedInPerson(api, { email: 'other-admin@example.org', isAdministrator: true });
    const theirs = await api.graphql<{ securityEvents: EventRow[] }>(EVENTS, { limit: 500 }, otherAdmin.cookie);
    expect(theirs.data?.securityEvents.some((e) => e.personId === viewer.personId)).toBe(false);
    expect((await api.graphql(EVENTS, { limit: 0 }, admin.cookie)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('records a failed sign-in without the password or the address typed', async () => {
    const person = await createSignedInPerson(api, { email: 'typo@example.org', partnershipId });
    await trySignIn(api, person.email, 'a very secret wrong password');
    const [line] = securityLines('sign_in_failed', person.personId);
    expect(line['emailHash']).toMatch(/^[0-9a-f]{16}$/);
    expect(log.raw.join('\n')).not.toContain('a very secret wrong password');
    expect(log.raw.join('\n')).not.toContain('typo@example.org');
    expect((await listed(person.personId)).map((e) => e.event)).toEqual(['sign_in_failed']);
  });

  it('records a password change, never the passwords', async () => {
    const person = await createSignedInPerson(api, { email: 'changer@example.org', partnershipId });
    const changed = await api.graphql(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, password: 'the changed passphrase 42' } },
      person.cookie,
    );
    expect(changed.errors).toBeUndefined();
    expect(securityLines('password_changed', person.personId)).toHaveLength(1);
    expect((await listed(person.personId)).map((e) => e.event)).toEqual(['password_changed']);
    expect(log.raw.join('\n')).not.toContain('the changed passphrase 42');
  });

  it('records a reset request and the reset itself, never the link’s token', async () => {
    const person = await createSignedInPerson(api, {
      email: 'resetter@example.org',
      fullName: 'Rita Resetter',
      partnershipId,
    });
    const asked = await api.graphql(REQUEST_RESET, { input: { email: person.email } });
    expect(asked.errors).toBeUndefined();
    await api.app.get(DeliveryWorker).deliverDue();
    const mail = smtp.received.find(
      (m) => m.subject === 'Reset your Waymark password' && m.text?.includes('Rita Resetter'),
    );
    const token = tokenOf(linkIn(mail?.text ?? ''));
    expect((await redeemLink(api, token, 'a reset passphrase of mine')).body.errors).toBeUndefined();

    expect(securityLines('password_reset_requested', person.personId)).toHaveLength(1);
    expect(securityLines('password_reset', person.personId)).toHaveLength(1);
    expect((await listed(person.personId)).map((e) => e.event)).toEqual(['password_reset', 'password_reset_requested']);
    expect(log.raw.join('\n')).not.toContain(token);
  });

  it('records granting and removing the administrator role', async () => {
    const person = await createSignedInPerson(api, { email: 'promoted@example.org', partnershipId });
    const grant = await api.graphql(
      UPDATE_PERSON,
      { input: { id: person.personId, version: 1, isAdministrator: true } },
      admin.cookie,
    );
    expect(grant.errors).toBeUndefined();
    const renamed = await api.graphql(
      UPDATE_PERSON,
      { input: { id: person.personId, version: 2, fullName: 'Pat Promoted' } },
      admin.cookie,
    );
    expect(renamed.errors).toBeUndefined();
    expect(
      (
        await api.graphql(
          UPDATE_PERSON,
          { input: { id: person.personId, version: 3, isAdministrator: false } },
          admin.cookie,
        )
      ).errors,
    ).toBeUndefined();

    expect(securityLines('role_changed', person.personId).map((l) => l['detail'])).toEqual([
      'administrator granted',
      'administrator removed',
    ]);
    expect((await listed(person.personId)).map((e) => [e.event, e.detail, e.actorName])).toEqual([
      ['role_changed', 'administrator removed', 'Ada Admin'],
      ['role_changed', 'administrator granted', 'Ada Admin'],
    ]);
  });

  it('records deactivation and the reactivation that accepting a new invitation brings', async () => {
    const person = await createSignedInPerson(api, {
      email: 'leaver@example.org',
      fullName: 'Lee Leaver',
      partnershipId,
    });
    expect(
      (await api.graphql(DEACTIVATE, { input: { personId: person.personId } }, admin.cookie)).errors,
    ).toBeUndefined();
    expect((await api.graphql(INVITE, { input: { email: person.email } }, admin.cookie)).errors).toBeUndefined();
    await api.app.get(DeliveryWorker).deliverDue();
    const invitation = smtp.received.find(
      (m) => m.subject === 'You have been invited to Waymark' && m.text?.includes('Lee Leaver'),
    );
    expect(
      (await redeemLink(api, tokenOf(linkIn(invitation?.text ?? '')), 'back again passphrase')).body.errors,
    ).toBeUndefined();

    expect(securityLines('person_deactivated', person.personId)).toEqual([
      expect.objectContaining({ actorId: admin.personId }),
    ]);
    expect(securityLines('person_reactivated', person.personId)).toHaveLength(1);
    expect((await listed(person.personId)).map((e) => e.event)).toEqual(['person_reactivated', 'person_deactivated']);
  });

  it('does not call a first invitation accepted a reactivation', async () => {
    const invited = await api.graphql<{ invitePerson: { id: string } }>(
      INVITE,
      { input: { email: 'newcomer@example.org', fullName: 'Nico Newcomer' } },
      admin.cookie,
    );
    const personId = invited.data?.invitePerson.id ?? '';
    await api.app.get(DeliveryWorker).deliverDue();
    const invitation = smtp.received.find(
      (m) => m.subject === 'You have been invited to Waymark' && m.text?.includes('Nico Newcomer'),
    );
    expect(
      (await redeemLink(api, tokenOf(linkIn(invitation?.text ?? '')), 'first time passphrase')).body.errors,
    ).toBeUndefined();
    expect(securityLines('person_reactivated', personId)).toEqual([]);
    expect(await listed(personId)).toEqual([]);
  });

  it('shows account status and sign-in times to administrators only; others get null', async () => {
    const viewer = await createSignedInPerson(api, { email: 'colleague@example.org', partnershipId });
    type People = {
      people: Array<{
        id: string;
        accountStatus: string | null;
        lastSignedInAt: string | null;
        deactivatedAt: string | null;
        invitationExpiresAt: string | null;
      }>;
    };
    const asAdmin = await api.graphql<People>(PEOPLE, {}, admin.cookie);
    const asViewer = await api.graphql<People>(PEOPLE, {}, viewer.cookie);
    expect(asViewer.errors).toBeUndefined();
    const adminView = asAdmin.data?.people.find((p) => p.id === viewer.personId);
    expect(adminView?.accountStatus).toBe('Active');
    expect(adminView?.lastSignedInAt).toEqual(expect.any(String));
    expect(asViewer.data?.people.length).toBe(asAdmin.data?.people.length);
    for (const p of asViewer.data?.people ?? []) {
      expect(p).toEqual({
        id: p.id,
        accountStatus: null,
        lastSignedInAt: null,
        deactivatedAt: null,
        invitationExpiresAt: null,
      });
    }
  });
});
