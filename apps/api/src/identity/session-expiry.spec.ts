import { createSignedInPerson } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const EXPIRY = '{ sessionExpiry { secondsLeft warnSeconds extendable } }';
const STAY = 'mutation { staySignedIn { secondsLeft warnSeconds extendable } }';
interface Expiry {
  secondsLeft: number;
  warnSeconds: number;
  extendable: boolean;
}

describe('session expiry and staying signed in', () => {
  let api: TestApp;
  beforeAll(
    async () => (api = await startTestApp({ env: { SESSION_IDLE_MINUTES: '10', SESSION_ABSOLUTE_HOURS: '2' } })),
  );
  afterAll(() => api.close());

  /** Seconds from now until the store expires the person's session row. */
  async function storeSecondsLeft(personId: string): Promise<number> {
    const [row]: Array<{ seconds: number }> = await api.dataSource.query(
      `SELECT extract(epoch FROM expire::timestamptz - now())::float AS seconds FROM user_session WHERE sess->>'personId' = $1`,
      [personId],
    );
    return row.seconds;
  }
  const endInSeconds = (personId: string, seconds: number) =>
    api.dataSource.query(
      `UPDATE user_session SET expire = (now() + make_interval(secs => $2))::timestamp WHERE sess->>'personId' = $1`,
      [personId, seconds],
    );

  it('answers null, not an error, without a session', async () => {
    const result = await api.graphql<{ sessionExpiry: Expiry | null }>(EXPIRY);
    expect(result.errors).toBeUndefined();
    expect(result.data?.sessionExpiry).toBeNull();
  });

  it('tells a signed-in person how long is left, and warns two minutes before the end', async () => {
    const { cookie } = await createSignedInPerson(api, { email: 'fresh@example.org' });
    const result = await api.graphql<{ sessionExpiry: Expiry }>(EXPIRY, {}, cookie);
    expect(result.errors).toBeUndefined();
    expect(result.data?.sessionExpiry.secondsLeft).toBeGreaterThan(500);
    expect(result.data?.sessionExpiry.secondsLeft).toBeLessThanOrEqual(600);
    expect(result.data?.sessionExpiry).toMatchObject({ warnSeconds: 120, extendable: true });
  });

  it('does not extend the session by asking, whereas any other request does', async () => {
    const person = await createSignedInPerson(api, { email: 'asking@example.org' });
    await endInSeconds(person.personId, 90);
    for (let i = 0; i < 2; i++) {
      const result = await api.graphql<{ sessionExpiry: Expiry }>(EXPIRY, {}, person.cookie);
      expect(result.data?.sessionExpiry.secondsLeft).toBeLessThanOrEqual(90);
      expect(result.data?.sessionExpiry.secondsLeft).toBeGreaterThan(60);
    }
    expect(await storeSecondsLeft(person.personId)).toBeLessThanOrEqual(90);

    await api.graphql('{ me { personId } }', {}, person.cookie);
    expect(await storeSecondsLeft(person.personId)).toBeGreaterThan(500);
  });

  it('starts the idle timeout again on "stay signed in", even within the touch interval', async () => {
    const person = await createSignedInPerson(api, { email: 'staying@example.org' });
    await api.graphql('{ me { personId } }', {}, person.cookie); // a touch now: the next ordinary one waits a minute
    await endInSeconds(person.personId, 90);
    await api.graphql('{ me { personId } }', {}, person.cookie);
    expect(await storeSecondsLeft(person.personId)).toBeLessThanOrEqual(90);

    const stayed = await api.graphql<{ staySignedIn: Expiry }>(STAY, {}, person.cookie);
    expect(stayed.errors).toBeUndefined();
    expect(stayed.data?.staySignedIn.secondsLeft).toBeGreaterThan(590);
    expect(await storeSecondsLeft(person.personId)).toBeGreaterThan(590);
    const asked = await api.graphql<{ sessionExpiry: Expiry }>(EXPIRY, {}, person.cookie);
    expect(asked.data?.sessionExpiry.secondsLeft).toBeGreaterThan(590);
  });

  it('answers null once the session has expired, and "stay signed in" is refused', async () => {
    const person = await createSignedInPerson(api, { email: 'expired@example.org' });
    await endInSeconds(person.personId, -1);
    const asked = await api.graphql<{ sessionExpiry: Expiry | null }>(EXPIRY, {}, person.cookie);
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.sessionExpiry).toBeNull();
    const stayed = await api.graphql(STAY, {}, person.cookie);
    expect(stayed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts down to the absolute limit when it comes first, which staying signed in cannot move', async () => {
    const person = await createSignedInPerson(api, { email: 'absolute@example.org' });
    // Signed in 2 hours less 100 seconds ago: the absolute limit is 100 seconds away, the idle one 10 minutes.
    await api.dataSource.query(
      `UPDATE user_session SET sess = jsonb_set(sess::jsonb, '{signedInAt}', to_jsonb($2::bigint))::json WHERE sess->>'personId' = $1`,
      [person.personId, Date.now() - 2 * 3_600_000 + 100_000],
    );
    const asked = await api.graphql<{ sessionExpiry: Expiry }>(EXPIRY, {}, person.cookie);
    expect(asked.data?.sessionExpiry.secondsLeft).toBeLessThanOrEqual(100);
    expect(asked.data?.sessionExpiry.extendable).toBe(false);
    const stayed = await api.graphql<{ staySignedIn: Expiry }>(STAY, {}, person.cookie);
    expect(stayed.data?.staySignedIn.secondsLeft).toBeLessThanOrEqual(100);
    expect(stayed.data?.staySignedIn.extendable).toBe(false);
  });
});

describe('session expiry with a short idle timeout', () => {
  let api: TestApp;
  beforeAll(async () => (api = await startTestApp({ env: { SESSION_IDLE_MINUTES: '1' } })));
  afterAll(() => api.close());

  it('warns halfway through an idle timeout shorter than four minutes', async () => {
    const { cookie } = await createSignedInPerson(api, { email: 'short@example.org' });
    const result = await api.graphql<{ sessionExpiry: Expiry }>(EXPIRY, {}, cookie);
    expect(result.data?.sessionExpiry.warnSeconds).toBe(30);
    expect(result.data?.sessionExpiry.secondsLeft).toBeLessThanOrEqual(60);
  });
});
