import { BODY_LIMITS } from './body-limits';
import { GRAPHQL_LIMITS } from './graphql-limits';
import { createSignedInPerson } from './testing/sign-in';
import { startTestApp, TestApp } from './testing/test-app';
import { webOperations } from './testing/web-operations';

const LIMIT_ERROR = /limit|exceeded|Syntax Error/i;
const refusals = (answer: string): string[] =>
  ((JSON.parse(answer) as { errors?: Array<{ message: string }> }).errors ?? [])
    .map((e) => e.message)
    .filter((m) => LIMIT_ERROR.test(m));

async function post(api: TestApp, body: string, cookie?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('GraphQL request limits', () => {
  let api: TestApp;
  let cookie: string;
  beforeAll(async () => {
    api = await startTestApp();
    cookie = (await createSignedInPerson(api, { email: 'limits@example.test', isAdministrator: true })).cookie;
  });
  afterAll(() => api.close());

  it('let every operation of the web app through', async () => {
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(50);
    // Its own session: the sweep includes SignOut.
    const sweeper = (await createSignedInPerson(api, { email: 'sweep@example.test', isAdministrator: true })).cookie;
    for (const { name, text } of operations) {
      const { text: answer } = await post(api, JSON.stringify({ query: text, variables: {} }), sweeper);
      expect({ name, refused: refusals(answer) }).toEqual({ name, refused: [] });
    }
  });

  it.each([
    [
      'a 5,000-fragment chain',
      `query { ...F0 } ${Array.from({ length: 5000 }, (_, i) => `fragment F${i} on Query { ${i === 4999 ? 'serverVersion' : `...F${i + 1}`} }`).join(' ')}`,
      /more that 4000 tokens/,
    ],
    [
      '1,000 aliases',
      `query { ${Array.from({ length: 1000 }, (_, i) => `a${i}: serverVersion`).join(' ')} }`,
      /more that 4000 tokens|Aliases limit/,
    ],
    [
      `${GRAPHQL_LIMITS.aliases + 1} aliases`,
      `query { ${Array.from({ length: GRAPHQL_LIMITS.aliases + 1 }, (_, i) => `a${i}: serverVersion`).join(' ')} }`,
      /Aliases limit/,
    ],
    [
      'a query nested deeper than the limit',
      `query { strategies { themes { objectives { actions { theme { strategy { themes { objectives { actions { theme { id } } } } } } } } } } }`,
      /depth limit/,
    ],
  ])(
    'refuse %s with a GraphQL error and HTTP 400 (413 when over the 100 kB body limit)',
    async (_label, query, message) => {
      const body = JSON.stringify({ query });
      for (const who of [undefined, cookie]) {
        const { status, text } = await post(api, body, who);
        if (body.length > 100 * 1024) {
          expect(status).toBe(413);
          continue;
        }
        expect(status).toBe(400);
        const answer = JSON.parse(text) as { errors: Array<{ message: string; extensions: { code: string } }> };
        expect(answer.errors[0].message).toMatch(message);
        expect(answer.errors[0].extensions.code).toMatch(
          /^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED)$/,
        );
      }
    },
    60_000,
  );

  it(`read at most ${BODY_LIMITS.json} of JSON from anyone, signed in or not (imports upload their file separately)`, async () => {
    const padding = 'x'.repeat(1_000_000);
    const body = JSON.stringify({ query: '{ serverVersion }', variables: { padding } });
    expect((await post(api, body)).status).toBe(413);
    expect((await post(api, body, cookie)).status).toBe(413);
    const justUnder = JSON.stringify({ query: '{ serverVersion }', variables: { padding: 'x'.repeat(90_000) } });
    const signedIn = await post(api, justUnder, cookie);
    expect(signedIn.status).toBe(200);
    expect(JSON.parse(signedIn.text)).toMatchObject({ data: { serverVersion: expect.any(String) } });
  });
});
