// Talks to the running artefact over real HTTP, as the browser does: JSON GraphQL (which Apollo's CSRF
// prevention accepts) and the session cookie from signIn.
import { SmokeFailure } from './processes.mjs';

export async function signIn(baseUrl, email, password) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { personId } }',
      variables: { input: { email, password } },
    }),
  });
  const body = await response.json();
  const session = response.headers.getSetCookie().find((c) => c.startsWith('waymark.sid='));
  if (!response.ok || body.errors || !body.data?.signIn?.personId || !session) {
    throw new SmokeFailure(`Sign-in as ${email} failed (${response.status}): ${JSON.stringify(body)}`);
  }
  return session.split(';')[0];
}

export async function graphql(baseUrl, cookie, query, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors)
    throw new SmokeFailure(
      `GraphQL ${query.slice(0, 40)}… failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`,
    );
  return body.data;
}

export async function download(url, cookie) {
  const response = await fetch(url, { headers: { cookie } });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new SmokeFailure(`GET ${url} answered ${response.status}: ${bytes.toString('utf8', 0, 500)}`);
  return {
    contentType: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    bytes,
  };
}
