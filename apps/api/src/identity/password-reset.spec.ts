import { PASSWORD_RESET_LIMITS } from '@waymark/api/identity/data-access';
import { DeliveryWorker } from '@waymark/api/mail/feature';
import { linkIn, PASSWORD_LINK, redeemLink, tokenOf } from '../testing/password-links';
import { createSignedInPerson, TEST_PASSWORD, trySignIn } from '../testing/sign-in';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { startTestApp, type TestApp } from '../testing/test-app';

const REQUEST = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const NEW_PASSWORD = 'reset passwords are long too';

describe('forgotten passwords', () => {
  let smtp: SmtpTestServer;
  let api: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '3600' } });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  const request = (email: string, forwardedFor?: string) =>
    fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({ query: REQUEST, variables: { input: { email } } }),
    }).then((r) => r.json() as Promise<{ data?: unknown; errors?: unknown[] }>);
  const mailsTo = (address: string) =>
    smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === address));

  it('answers the same whether or not the address exists, and e-mails a one-hour link only to real people', async () => {
    const person = await createSignedInPerson(api, { email: 'forgetful@example.org', fullName: 'Fran Forgetful' });
    expect(await request('forgetful@example.org')).toEqual({ data: { requestPasswordReset: true } });
    expect(await request('nobody@example.org')).toEqual({ data: { requestPasswordReset: true } });
    await api.app.get(DeliveryWorker).deliverDue();
    expect(mailsTo('nobody@example.org')).toHaveLength(0);
    const [mail] = mailsTo('forgetful@example.org');
    expect(mail.subject).toBe('Reset your Waymark password');
    expect(mail.text).toContain('expires in 60 minutes');
    const token = tokenOf(linkIn(mail.text ?? ''));
    const [row]: Array<{ minutes: number }> = await api.dataSource.query(
      `SELECT round(extract(epoch FROM expires_at - now()) / 60)::int AS minutes FROM account_token WHERE person_id = $1 AND purpose = 'password_reset'`,
      [person.personId],
    );
    expect(row.minutes).toBe(60);
    expect((await api.graphql(PASSWORD_LINK, { token })).data).toEqual({
      passwordLink: { purpose: 'PasswordReset', fullName: 'Fran Forgetful', email: 'forgetful@example.org' },
    });

    const reset = await redeemLink(api, token, NEW_PASSWORD);
    expect(reset.body.errors).toBeUndefined();
    expect((await api.graphql('{ me { email } }', {}, person.cookie)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await api.graphql('{ me { email } }', {}, reset.cookie ?? '')).data).toEqual({
      me: { email: 'forgetful@example.org' },
    });
    expect((await trySignIn(api, person.email, TEST_PASSWORD)).cookie).toBeNull();
    expect(
      (await redeemLink(api, token, 'yet another long passphrase')).body.errors?.[0]?.extensions?.fields?.[0]?.field,
    ).toBe('input.token');

    await api.app.get(DeliveryWorker).deliverDue();
    expect(mailsTo('forgetful@example.org').map((m) => m.subject)).toEqual([
      'Reset your Waymark password',
      'Your Waymark password was changed',
    ]);
    const [audit]: Array<{ ops: string[] }> = await api.dataSource.query(
      `SELECT array_agg(operation ORDER BY id) AS ops FROM audit_entry WHERE entity_id = $1`,
      [person.personId],
    );
    // The old password's refusal is a security event in the same trail.
    expect(audit.ops).toEqual(['request_password_reset', 'reset_password', 'sign_in_failed']);
  });

  it('limits requests per address with the same answer, sending no more e-mails', async () => {
    await createSignedInPerson(api, { email: 'flooded@example.org' });
    for (let i = 0; i < PASSWORD_RESET_LIMITS.perAccount + 2; i++)
      expect(await request('flooded@example.org')).toEqual({ data: { requestPasswordReset: true } });
    await api.app.get(DeliveryWorker).deliverDue();
    expect(mailsTo('flooded@example.org')).toHaveLength(PASSWORD_RESET_LIMITS.perAccount);
  });

  it('counts parallel requests atomically: 20 at once for one address send exactly the allowance of e-mails', async () => {
    await api.dataSource.query(`DELETE FROM sign_in_throttle WHERE scope IN ('reset_account', 'reset_address')`);
    await createSignedInPerson(api, { email: 'raced@example.org' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => request('raced@example.org')));
    expect(answers.every((a) => JSON.stringify(a) === JSON.stringify({ data: { requestPasswordReset: true } }))).toBe(
      true,
    );
    const [queued]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE recipient = 'raced@example.org'`,
    );
    expect(queued.n).toBe(PASSWORD_RESET_LIMITS.perAccount);
  });

  it('limits requests per client address across different e-mail addresses', async () => {
    await createSignedInPerson(api, { email: 'victim@example.org' });
    for (let i = 0; i < PASSWORD_RESET_LIMITS.perAddress; i++) await request(`other${i}@example.org`);
    expect(await request('victim@example.org')).toEqual({ data: { requestPasswordReset: true } });
    await api.app.get(DeliveryWorker).deliverDue();
    expect(mailsTo('victim@example.org')).toHaveLength(0);
  });

  it('refuses a malformed address as a field error', async () => {
    const result = await api.graphql(REQUEST, { input: { email: 'not-an-address' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((result.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>)[0].field).toBe('input.email');
  });
});
