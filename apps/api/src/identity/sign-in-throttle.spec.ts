import { SIGN_IN_LIMITS } from '@waymark/api/identity/data-access';
import { LogCapture } from '../observability/log-capture';
import { createPersonWithPassword, signInAs, TEST_PASSWORD, trySignIn } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const UNLOCK = 'mutation($personId: ID!) { unlockSignIn(personId: $personId) }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
/** How many progressive delays (2 s, then 4 s, 8 s …) have fully passed in `ms`. */
function delaysElapsed(ms: number): number {
  let passed = 0;
  for (let wait = 2000, total = wait; total <= ms; wait *= 2, total += wait) passed++;
  return passed;
}
const codeOf = (r: { body: { errors?: Array<{ extensions?: { code?: string } }> } }) =>
  r.body.errors?.[0]?.extensions?.code;

/** Default configuration: no TRUST_PROXY, so X-Forwarded-For is not believed. */
describe('sign-in throttling', () => {
  let api: TestApp;
  let partnershipId: string;
  let admin: string;
  const log = new LogCapture();

  beforeAll(async () => {
    api = await startTestApp({ logDestination: log, env: { LOG_LEVEL: 'info' } });
    partnershipId = (await createPersonWithPassword(api, { email: 'admin@example.org', isAdministrator: true }))
      .partnershipId;
    admin = await signInAs(api, 'admin@example.org');
  });
  afterAll(() => api.close());
  // Every test signs in from 127.0.0.1: each starts with that address's allowance intact.
  beforeEach(() => api.dataSource.query(`DELETE FROM sign_in_throttle WHERE scope = 'address'`));

  it('checks no more than the allowance of 30 parallel wrong passwords', async () => {
    await createPersonWithPassword(api, { email: 'parallel@example.org', partnershipId });
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => trySignIn(api, 'parallel@example.org', `wrong password number ${i}`)),
    );
    const checked = results.filter((r) => codeOf(r) === 'UNAUTHENTICATED').length;
    const throttled = results.filter((r) => codeOf(r) === 'TOO_MANY_REQUESTS').length;
    // Past the allowance one more guess is due after each delay of 2, 4, 8 … s: on a slow machine the 30 requests
    // may span a delay or two, and those guesses are allowed, not a race.
    expect(checked).toBeLessThanOrEqual(SIGN_IN_LIMITS.allowance.account + delaysElapsed(Date.now() - started));
    expect(checked + throttled).toBe(30);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is set: rotating it does not reset the per-address limit', async () => {
    const other = await startTestApp();
    try {
      for (let i = 0; i < SIGN_IN_LIMITS.allowance.address; i++) {
        await trySignIn(other, `rotating${i}@example.org`, 'wrong password here', {
          'x-forwarded-for': `198.51.100.${i + 1}`,
        });
      }
      const next = await trySignIn(other, 'rotating-last@example.org', 'wrong password here', {
        'x-forwarded-for': '203.0.113.200',
      });
      expect(codeOf(next)).toBe('TOO_MANY_REQUESTS');
      const rows: Array<{ key: string }> = await other.dataSource.query(
        `SELECT key FROM sign_in_throttle WHERE scope = 'address'`,
      );
      expect(rows.map((r) => r.key)).toEqual(['127.0.0.1']);
      // Nor is X-Forwarded-Proto: the cookie is Secure only on a direct https connection.
      await createPersonWithPassword(other, { email: 'proto@example.org' });
      await other.dataSource.query(`DELETE FROM sign_in_throttle`);
      const signedIn = await trySignIn(other, 'proto@example.org', TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
      expect(signedIn.cookie).toBeTruthy();
      expect(signedIn.setCookie.join('\n')).not.toMatch(/;\s*Secure/i);
    } finally {
      await other.close();
    }
  });

  it('delays instead of locking out: after the allowance the right password works once the short wait is over', async () => {
    await createPersonWithPassword(api, { email: 'patient@example.org', partnershipId });
    for (let i = 0; i < SIGN_IN_LIMITS.allowance.account; i++) {
      expect(codeOf(await trySignIn(api, 'patient@example.org', `wrong password ${i}`))).toBe('UNAUTHENTICATED');
    }
    const waiting = await trySignIn(api, 'patient@example.org', TEST_PASSWORD);
    expect(codeOf(waiting)).toBe('TOO_MANY_REQUESTS');
    const retryAfter = Number(waiting.body.errors?.[0]?.extensions?.['retryAfterSeconds' as 'code']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    const after = await trySignIn(api, 'patient@example.org', TEST_PASSWORD);
    expect(after.body.errors).toBeUndefined();
    expect(after.cookie).toBeTruthy();
  });

  it('lets an administrator of the same partnership unlock a person at once', async () => {
    const person = await createPersonWithPassword(api, { email: 'locked@example.org', partnershipId });
    const colleague = await createPersonWithPassword(api, { email: 'colleague@example.org', partnershipId });
    const colleagueCookie = await signInAs(api, colleague.email);
    const stranger = await createPersonWithPassword(api, {
      email: 'stranger-admin@example.org',
      isAdministrator: true,
    });
    const strangerCookie = await signInAs(api, stranger.email);
    for (let i = 0; i < SIGN_IN_LIMITS.allowance.account + 1; i++)
      await trySignIn(api, person.email, `wrong password ${i}`);
    expect(codeOf(await trySignIn(api, person.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');

    expect(
      (await api.graphql(UNLOCK, { personId: person.personId }, colleagueCookie)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await api.graphql(UNLOCK, { personId: person.personId }, strangerCookie)).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await api.graphql(UNLOCK, { personId: 'not-a-uuid' }, admin)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await trySignIn(api, person.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');

    const unlocked = await api.graphql<{ unlockSignIn: boolean }>(UNLOCK, { personId: person.personId }, admin);
    expect(unlocked.errors).toBeUndefined();
    expect(unlocked.data?.unlockSignIn).toBe(true);
    expect((await trySignIn(api, person.email, TEST_PASSWORD)).body.errors).toBeUndefined();

    const audit: Array<{ operation: string }> = await api.dataSource.query(
      `SELECT operation FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
      [person.personId],
    );
    const operations = audit.map((a) => a.operation);
    expect(operations).toContain('sign_in_failed');
    expect(operations).toContain('sign_in_throttled');
    expect(operations).toContain('sign_in_unlocked');
  });

  it('throttles guesses of the current password in changePassword', async () => {
    const person = await createPersonWithPassword(api, { email: 'guessed@example.org', partnershipId });
    const cookie = await signInAs(api, person.email);
    for (let i = 0; i < SIGN_IN_LIMITS.allowance.password_change; i++) {
      const wrong = await api.graphql(
        CHANGE,
        { input: { currentPassword: `guess number ${i}`, password: 'a brand new long passphrase' } },
        cookie,
      );
      expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const right = await api.graphql(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, password: 'a brand new long passphrase' } },
      cookie,
    );
    expect(right.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    const stored: Array<{ ok: boolean }> = await api.dataSource.query(
      `SELECT count(*) = 0 AS ok FROM audit_entry WHERE entity_id = $1 AND operation = 'change_password'`,
      [person.personId],
    );
    expect(stored[0].ok).toBe(true);
  });

  it('logs failed and throttled sign-ins with the person and a hash of the e-mail, never the password', async () => {
    const person = await createPersonWithPassword(api, { email: 'logged@example.org', partnershipId });
    await trySignIn(api, person.email, 'a very secret wrong password');
    const events = log.lines.filter(
      (l) => l['event'] === 'sign_in_failed' && l['category'] === 'security' && l['personId'] === person.personId,
    );
    expect(events).toHaveLength(1);
    expect(events[0]['emailHash']).toMatch(/^[0-9a-f]{16}$/);
    expect(log.raw.join('\n')).not.toContain('a very secret wrong password');
    expect(log.raw.join('\n')).not.toContain('logged@example.org');
    expect(log.lines.some((l) => l['event'] === 'sign_in_throttled')).toBe(true);
  });
});
