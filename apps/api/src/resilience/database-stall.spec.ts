import { randomUUID } from 'node:crypto';
import { startFreezablePostgres, type FreezablePostgres } from '../testing/freezable-postgres';
import { createPersonWithPassword, signInAs, TEST_PASSWORD } from '../testing/sign-in';
import { startTestApp, type TestApp } from '../testing/test-app';

const ME = '{ me { personId email } }';
const FREEZE_MS = 9_000;
const ANSWER_WITHIN_MS = 5_000;

interface Outcome {
  readonly label: string;
  readonly ms: number;
  readonly status: number;
  readonly code: string | undefined;
  readonly body: string;
}

/** A frozen PostgreSQL (SIGSTOP, connections open, nothing answers) must not hang requests nor sign anyone out. */
describe('a database stall', () => {
  let pg: FreezablePostgres;
  let api: TestApp;
  let ada: string;
  let bob: string;

  beforeAll(async () => {
    pg = await startFreezablePostgres();
    api = await startTestApp({ databaseUrl: pg.url });
    const first = await createPersonWithPassword(api, { email: 'ada@example.org' });
    await createPersonWithPassword(api, { email: 'bob@example.org', partnershipId: first.partnershipId });
    ada = await signInAs(api, 'ada@example.org');
    bob = await signInAs(api, 'bob@example.org');
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await pg?.stop();
  });

  async function timed(label: string, request: () => Promise<Response>): Promise<Outcome> {
    const started = Date.now();
    const response = await request();
    const body = await response.text();
    let code: string | undefined;
    try {
      const json = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }>; code?: string };
      code = json.errors?.[0]?.extensions?.code ?? json.code;
    } catch {
      code = undefined;
    }
    return { label, ms: Date.now() - started, status: response.status, code, body };
  }

  const graphql = (query: string, cookie?: string, variables?: Record<string, unknown>) => () =>
    fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });

  const batch = (round: string) => [
    timed(`${round} me as Ada`, graphql(ME, ada)),
    timed(`${round} me as Bob`, graphql(ME, bob)),
    timed(`${round} two fields as Ada`, graphql('{ me { email } again: me { fullName } }', ada)),
    timed(
      `${round} sign-in`,
      graphql('mutation($input: SignInInput!) { signIn(input: $input) { personId } }', undefined, {
        input: { email: 'ada@example.org', password: TEST_PASSWORD },
      }),
    ),
    timed(`${round} download`, () =>
      fetch(`${api.baseUrl}/api/export/strategies/${randomUUID()}/plan.csv`, { headers: { cookie: ada } }),
    ),
  ];

  it('answers SERVICE_UNAVAILABLE within 5 s while PostgreSQL is frozen, and keeps every session', async () => {
    // Warm connections in the pool, so the stall hits clients that are already connected.
    await Promise.all([api.graphql(ME, {}, ada), api.graphql(ME, {}, bob), api.graphql(ME, {}, ada)]);

    pg.freeze();
    const frozenAt = Date.now();
    let outcomes: Outcome[];
    try {
      const first = Promise.all(batch('first'));
      await new Promise((resolve) => setTimeout(resolve, 3_500));
      const second = Promise.all(batch('second'));
      outcomes = [...(await first), ...(await second)];
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, FREEZE_MS - (Date.now() - frozenAt))));
    } finally {
      pg.thaw();
    }

    console.log(outcomes.map((o) => `${o.label}: ${o.ms} ms, HTTP ${o.status}, ${o.code}`).join('\n'));
    for (const outcome of outcomes) {
      expect({ label: outcome.label, within: outcome.ms < ANSWER_WITHIN_MS }).toEqual({
        label: outcome.label,
        within: true,
      });
      expect({ label: outcome.label, code: outcome.code }).toEqual({
        label: outcome.label,
        code: 'SERVICE_UNAVAILABLE',
      });
      expect(outcome.status).not.toBe(500);
      if (outcome.label.endsWith('download')) expect(outcome.status).toBe(503);
    }

    // Once PostgreSQL answers again, the same cookies still work: nobody was signed out.
    const afterAda = await api.graphql<{ me: { email: string } }>(ME, {}, ada);
    const afterBob = await api.graphql<{ me: { email: string } }>(ME, {}, bob);
    expect(afterAda.errors).toBeUndefined();
    expect(afterAda.data?.me.email).toBe('ada@example.org');
    expect(afterBob.errors).toBeUndefined();
    expect(afterBob.data?.me.email).toBe('bob@example.org');
  }, 60_000);
});
