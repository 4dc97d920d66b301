import { SIGN_IN_LIMITS } from '@waymark/api/identity/data-access';
import { DeliveryWorker } from '@waymark/api/mail/feature';
import type { ParsedMail } from 'mailparser';
import { linkIn, redeemLink, tokenOf } from '../testing/password-links';
import { createSignedInPerson, TEST_PASSWORD, trySignIn } from '../testing/sign-in';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { startTestApp, type TestApp } from '../testing/test-app';

const UNLOCK = 'mutation($personId: ID!) { unlockSignIn(personId: $personId) }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const DELAYED_SUBJECT = 'Sign-in to your Waymark account is being slowed down';
const codeOf = (r: { body: { errors?: Array<{ extensions?: { code?: string } }> } }) =>
  r.body.errors?.[0]?.extensions?.code;

/** The account holder hears, by real e-mail, when sign-in to their account starts being delayed: once per run. */
describe('sign-in delay notice', () => {
  let smtp: SmtpTestServer;
  let api: TestApp;
  let admin: Awaited<ReturnType<typeof createSignedInPerson>>;
  const mailsTo = (address: string): ParsedMail[] =>
    smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === address));
  const delayed = (address: string) => mailsTo(address).filter((m) => m.subject === DELAYED_SUBJECT);
  /** Wrong passwords until the account's allowance is used, then `more` attempts that are delayed. */
  const guess = async (email: string, more: number) => {
    for (let i = 0; i < SIGN_IN_LIMITS.allowance.account; i++)
      expect(codeOf(await trySignIn(api, email, `wrong guess ${i}`))).toBe('UNAUTHENTICATED');
    for (let i = 0; i < more; i++)
      expect(codeOf(await trySignIn(api, email, `delayed guess ${i}`))).toBe('TOO_MANY_REQUESTS');
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '3600', WAYMARK_PUBLIC_URL: 'https://waymark.example.org/' },
    });
    admin = await createSignedInPerson(api, { email: 'admin@example.org', isAdministrator: true });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });
  beforeEach(() => api.dataSource.query(`DELETE FROM sign_in_throttle WHERE scope = 'address'`));

  it('e-mails the account holder once, however many attempts are delayed, with the reset link', async () => {
    const person = await createSignedInPerson(api, {
      email: 'targeted@example.org',
      fullName: 'Tara Targeted',
      partnershipId: admin.partnershipId,
    });
    await guess(person.email, 4);
    expect(await api.app.get(DeliveryWorker).deliverDue()).toBeGreaterThanOrEqual(1);

    const mails = delayed(person.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Dear Tara Targeted,');
    expect(mails[0].text).toContain('If this was not you, reset your password.');
    expect(mails[0].text).toContain('Reset your password:\nhttps://waymark.example.org/forgot-password');
    expect(mails[0].html).toContain('<a href="https://waymark.example.org/forgot-password"');
    const audit: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1 AND operation = 'sign_in_delay_notified'`,
      [person.personId],
    );
    expect(audit[0].n).toBe(1);
  });

  it('tells them again for a new run of failures after an unlock, and never for an address nobody has', async () => {
    const person = await createSignedInPerson(api, { email: 'twice@example.org', partnershipId: admin.partnershipId });
    await guess(person.email, 2);
    expect((await api.graphql(UNLOCK, { personId: person.personId }, admin.cookie)).errors).toBeUndefined();
    await guess(person.email, 2);
    await guess('nobody-here@example.org', 2);
    await api.app.get(DeliveryWorker).deliverDue();
    expect(delayed(person.email)).toHaveLength(2);
    expect(mailsTo('nobody-here@example.org')).toHaveLength(0);
  });

  it('lifts the delay when the person resets their password through the e-mailed link', async () => {
    const person = await createSignedInPerson(api, {
      email: 'locked-out@example.org',
      fullName: 'Lou Locked',
      partnershipId: admin.partnershipId,
    });
    await guess(person.email, 1);
    expect(codeOf(await trySignIn(api, person.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    expect((await api.graphql(REQUEST_RESET, { input: { email: person.email } })).errors).toBeUndefined();
    await api.app.get(DeliveryWorker).deliverDue();
    const reset = mailsTo(person.email).find((m) => m.subject === 'Reset your Waymark password');
    expect(
      (await redeemLink(api, tokenOf(linkIn(reset?.text ?? '')), 'my fresh passphrase here')).body.errors,
    ).toBeUndefined();
    const signedIn = await trySignIn(api, person.email, 'my fresh passphrase here');
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.cookie).toBeTruthy();
  });
});
