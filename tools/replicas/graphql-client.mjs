// A GraphQL client that records every request's timing, outcome and serving instance.
// Queries go as GET (idempotent: nginx may retry them on another instance), mutations as POST (never resent).

const TIMEOUT_MS = 10_000;

/** Outcome kinds: ok, network (connection reset/refused), http-502 etc., timeout, graphql:<code>. */
export class GraphQLClient {
  constructor(baseUrl, records, cookie = null) {
    this.baseUrl = baseUrl;
    this.records = records;
    this.cookie = cookie;
  }

  withBaseUrl(baseUrl) {
    return new GraphQLClient(baseUrl, this.records, this.cookie);
  }

  query(op, query, variables = {}) {
    const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
    // Apollo's CSRF prevention accepts a GET only with a header a browser form cannot send.
    return this.send(op, 'GET', `${this.baseUrl}/graphql?${params}`, { 'apollo-require-preflight': 'true' });
  }

  mutate(op, query, variables = {}) {
    return this.send(
      op,
      'POST',
      `${this.baseUrl}/graphql`,
      { 'content-type': 'application/json' },
      JSON.stringify({ query, variables }),
    );
  }

  async send(op, method, url, headers, body) {
    const record = { op, method, start: Date.now(), end: 0, ms: 0, kind: 'ok', status: 0, upstream: null };
    const t0 = performance.now();
    let result = { ok: false, data: null, errors: null, record };
    try {
      const response = await fetch(url, {
        method,
        body,
        headers: { ...headers, ...(this.cookie ? { cookie: this.cookie } : {}) },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      record.status = response.status;
      record.upstream = response.headers.get('x-upstream');
      const session = response.headers.getSetCookie().find((c) => c.startsWith('waymark.sid='));
      if (session) this.cookie = session.split(';')[0];
      const text = await response.text();
      const payload = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
      if (payload?.errors?.length) {
        record.kind = `graphql:${payload.errors[0].extensions?.code ?? 'ERROR'}`;
        result = { ...result, errors: payload.errors };
      } else if (!response.ok || !payload) {
        record.kind = `http-${response.status}`;
      } else {
        result = { ...result, ok: true, data: payload.data };
      }
    } catch (error) {
      record.kind = error?.name === 'TimeoutError' ? 'timeout' : 'network';
    }
    record.end = Date.now();
    record.ms = performance.now() - t0;
    this.records.push(record);
    return result;
  }
}
