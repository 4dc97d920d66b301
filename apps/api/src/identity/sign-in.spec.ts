import { SIGN_IN_LIMITS } from '@waymark/api/identity/data-access';
import { createPersonWithPassword, signInAs, TEST_PASSWORD, trySignIn } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const ME = '{ me { personId fullName email roles isAdministrator groups { id name } } }';

describe('sign-in and sessions', () => {
  let api: TestApp;
  let partnershipId: string;
  beforeAll(async () => {
    // Behind a proxy on this host: X-Forwarded-For / -Proto are trusted (TRUST_PROXY is unset by default).
    api = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    partnershipId = (await createPersonWithPassword(api, { email: 'first@example.org' })).partnershipId;
  });
  afterAll(() => api.close());

  it('refuses every operation without a session except the public ones', async () => {
    const me = await api.graphql(ME);
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(me.data).toBeNull();
    const version = await api.graphql('{ serverVersion }');
    expect(version.errors).toBeUndefined();
    expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
  });

  it('signs in with the right password, sets a hardened cookie and a new session id, and shows me', async () => {
    await createPersonWithPassword(api, {
      email: 'Ada@Example.org',
      partnershipId,
      fullName: 'Ada Lovelace',
      isAdministrator: true,
    });
    const result = await trySignIn(api, 'ada@example.org', TEST_PASSWORD);
    expect(result.body.errors).toBeUndefined();
    const setCookie = result.setCookie.join('\n');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http here
    const me = await api.graphql<{ me: { fullName: string; roles: string[] } }>(ME, {}, result.cookie ?? undefined);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.fullName).toBe('Ada Lovelace');
    expect(me.data?.me.roles).toEqual(['Administrator', 'Viewer']);

    // Signing in again from an existing session gives a different session id (no fixation).
    const again = await trySignIn(api, 'ada@example.org', TEST_PASSWORD, { cookie: result.cookie ?? '' });
    expect(again.cookie).toBeTruthy();
    expect(again.cookie).not.toBe(result.cookie);
    const old = await api.graphql(ME, {}, result.cookie ?? undefined);
    expect(old.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('marks the cookie Secure when the request came over https through a trusted proxy', async () => {
    await createPersonWithPassword(api, { email: 'secure@example.org', partnershipId });
    const result = await trySignIn(api, 'secure@example.org', TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(result.setCookie.join('\n')).toMatch(/;\s*Secure/i);
  });

  it('authorises every top-level field of one request, not only the first', async () => {
    await createPersonWithPassword(api, { email: 'many-fields@example.org', partnershipId });
    const cookie = await signInAs(api, 'many-fields@example.org');
    const result = await api.graphql<{ me: { email: string }; again: { email: string } }>(
      '{ me { email } again: me { email } serverVersion }',
      {},
      cookie,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.again.email).toBe('many-fields@example.org');
  });

  it('gives the same generic error for a wrong password and an unknown email', async () => {
    await createPersonWithPassword(api, { email: 'bob@example.org', partnershipId });
    const wrong = await trySignIn(api, 'bob@example.org', 'not the password at all');
    const unknown = await trySignIn(api, 'nobody@example.org', 'not the password at all');
    expect(wrong.cookie).toBeNull();
    expect(unknown.cookie).toBeNull();
    expect(wrong.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.body.errors?.[0].message).toBe(unknown.body.errors?.[0].message);
  });

  it('rate-limits failures per account, even when the right password then arrives', async () => {
    await createPersonWithPassword(api, { email: 'carol@example.org', partnershipId });
    for (let i = 0; i < SIGN_IN_LIMITS.allowance.account; i++) {
      const r = await trySignIn(api, 'carol@example.org', `wrong password ${i}`, {
        'x-forwarded-for': `10.0.0.${i + 1}`,
      });
      expect(r.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await trySignIn(api, 'carol@example.org', TEST_PASSWORD, { 'x-forwarded-for': '10.0.1.1' });
    expect(blocked.body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.cookie).toBeNull();
  });

  it('rate-limits failures per address across accounts', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    for (let i = 0; i < SIGN_IN_LIMITS.allowance.address; i++) {
      await trySignIn(api, `guess${i}@example.org`, 'wrong password here', headers);
    }
    await createPersonWithPassword(api, { email: 'dan@example.org', partnershipId });
    const blocked = await trySignIn(api, 'dan@example.org', TEST_PASSWORD, headers);
    expect(blocked.body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    const elsewhere = await trySignIn(api, 'dan@example.org', TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.7' });
    expect(elsewhere.body.errors).toBeUndefined();
  });

  it('signs out: the session row is deleted and the cookie no longer works', async () => {
    await createPersonWithPassword(api, { email: 'erin@example.org', partnershipId });
    const cookie = await signInAs(api, 'erin@example.org');
    const before: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM user_session WHERE sess->>'personId' IS NOT NULL`,
    );
    const out = await api.graphql<{ signOut: boolean }>('mutation { signOut }', {}, cookie);
    expect(out.data?.signOut).toBe(true);
    const after: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM user_session WHERE sess->>'personId' IS NOT NULL`,
    );
    expect(after[0].n).toBe(before[0].n - 1);
    expect((await api.graphql(ME, {}, cookie)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('expires an idle session (store expiry) and one past the absolute timeout', async () => {
    await createPersonWithPassword(api, { email: 'fay@example.org', partnershipId });
    const idle = await signInAs(api, 'fay@example.org');
    const sid = (c: string) => decodeURIComponent(c.split('=')[1]).slice(2).split('.')[0];
    await api.dataSource.query(`UPDATE user_session SET expire = now() - interval '1 minute' WHERE sid = $1`, [
      sid(idle),
    ]);
    expect((await api.graphql(ME, {}, idle)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const old = await signInAs(api, 'fay@example.org');
    expect((await api.graphql(ME, {}, old)).errors).toBeUndefined();
    const thirteenHoursAgo = Date.now() - 13 * 3_600_000;
    await api.dataSource.query(
      `UPDATE user_session SET sess = jsonb_set(sess::jsonb, '{signedInAt}', to_jsonb($2::bigint))::json WHERE sid = $1`,
      [sid(old), thirteenHoursAgo],
    );
    expect((await api.graphql(ME, {}, old)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const rows: unknown[] = await api.dataSource.query(`SELECT 1 FROM user_session WHERE sid = $1`, [sid(old)]);
    expect(rows).toHaveLength(0);
  });

  it('refuses a cross-site style request: text/plain POST and a GET mutation without a preflight header', async () => {
    await createPersonWithPassword(api, { email: 'gil@example.org', partnershipId });
    const cookie = await signInAs(api, 'gil@example.org');
    const plain = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(plain.status).toBe(400);
    const get = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, {
      headers: { cookie },
    });
    expect(get.status).toBe(400);
    // The session survived both attempts.
    expect((await api.graphql(ME, {}, cookie)).errors).toBeUndefined();
  });

  it('changes a password only with the current one and a policy-compliant new one', async () => {
    await createPersonWithPassword(api, { email: 'hal@example.org', partnershipId });
    const cookie = await signInAs(api, 'hal@example.org');
    const other = await signInAs(api, 'hal@example.org');
    const mutation = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
    const weak = await api.graphql(
      mutation,
      { input: { currentPassword: TEST_PASSWORD, password: 'password1234' } },
      cookie,
    );
    expect(weak.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'input.password', message: expect.stringMatching(/commonly used/) },
    ]);
    const short = await api.graphql(mutation, { input: { currentPassword: TEST_PASSWORD, password: 'short' } }, cookie);
    expect(short.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'input.password', message: expect.stringMatching(/at least 12/) },
    ]);
    const wrongCurrent = await api.graphql(
      mutation,
      { input: { currentPassword: 'nope nope nope', password: 'a brand new long passphrase' } },
      cookie,
    );
    expect(wrongCurrent.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'input.currentPassword', message: expect.any(String) },
    ]);
    const ok = await api.graphql(
      mutation,
      { input: { currentPassword: TEST_PASSWORD, password: 'a brand new long passphrase' } },
      cookie,
    );
    expect(ok.errors).toBeUndefined();
    expect((await api.graphql(ME, {}, cookie)).errors).toBeUndefined();
    expect((await api.graphql(ME, {}, other)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await expect(signInAs(api, 'hal@example.org', 'a brand new long passphrase')).resolves.toMatch(/^waymark\.sid=/);
  });
});
