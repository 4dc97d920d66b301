// A real OpenID Connect provider (the certified `oidc-provider` package) on a free loopback port, for the API tests and
// the browser journey. Keys and client secrets are generated at start. Accounts and their claims are set by the test
// (`setAccount`, or `PUT /test/accounts/<login>` with a JSON body when run as a child process); the provider's login
// page asks only for the login name, and consent is implied (the clients are first-party).
//
// Clients (all with the same generated secret; redirect URIs as given):
//   waymark                 ordinary
//   waymark-wrong-audience  its ID tokens are issued for another client ("another-application")
//   waymark-expired         its ID tokens expired ten minutes before they were issued
//
// As a child process: `node tools/testing/oidc-test-provider.mjs '{"redirectUris":["http://…/api/auth/oidc/callback"]}'`
// prints one JSON line {"issuer","clientSecret"} and serves until SIGTERM.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

export const TEST_CLIENTS = {
  ordinary: 'waymark',
  wrongAudience: 'waymark-wrong-audience',
  expired: 'waymark-expired',
};
const OTHER_CLIENT = 'another-application';

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid, problem) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider – sign in</title></head>
<body><main><h1>Test identity provider</h1>
${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="login">Login name</label> <input id="login" name="login" autocomplete="username">
<button type="submit">Continue</button></form></main></body></html>`;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function readJson(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return JSON.parse(body || '{}');
}

/**
 * @param {{ port?: number, redirectUris: string[] }} options
 * @returns {Promise<{ issuer: string, clientSecret: string, setAccount(login: string, claims: Record<string, unknown>): void, close(): Promise<void> }>}
 */
export async function startOidcTestProvider({ port = 0, redirectUris }) {
  const accounts = new Map();
  const server = createServer();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const clientSecret = randomBytes(24).toString('hex');
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const client = (id) => ({
    client_id: id,
    client_secret: clientSecret,
    redirect_uris: redirectUris,
    token_endpoint_auth_method: 'client_secret_post',
  });

  const provider = new Provider(issuer, {
    clients: [
      client(TEST_CLIENTS.ordinary),
      client(TEST_CLIENTS.wrongAudience),
      client(TEST_CLIENTS.expired),
      client(OTHER_CLIENT),
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
    // Like Entra ID: the profile and e-mail claims are in the ID token itself, not only at the userinfo endpoint.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, login) {
      const claims = accounts.get(login);
      return claims ? { accountId: login, claims: async () => ({ sub: login, ...claims }) } : undefined;
    },
    // First-party clients: the scopes asked for are granted without a consent page.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  const issue = provider.IdToken.prototype.issue;
  provider.IdToken.prototype.issue = async function issueForTest(options = {}) {
    if (options.use !== 'idtoken') return issue.call(this, options);
    if (this.client?.clientId === TEST_CLIENTS.wrongAudience) this.client = await provider.Client.find(OTHER_CLIENT);
    if (this.client?.clientId === TEST_CLIENTS.expired) {
      const now = Math.floor(Date.now() / 1000);
      this.set('iat', now - 900);
      return issue.call(this, { ...options, expiresAt: now - 600 });
    }
    return issue.call(this, options);
  };

  const handle = provider.callback();
  server.on('request', async (req, res) => {
    try {
      const { pathname } = new URL(req.url, issuer);
      // Browsers ask every site for an icon; a 404 would be a console error in the browser journey.
      if (pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const account = /^\/test\/accounts\/([^/]+)$/.exec(pathname);
      if (account && req.method === 'PUT') {
        accounts.set(decodeURIComponent(account[1]), await readJson(req));
        res.writeHead(204).end();
        return;
      }
      const interaction = /^\/interaction\/([^/]+)(\/login)?$/.exec(pathname);
      if (interaction && req.method === 'GET' && !interaction[2]) {
        const details = await provider.interactionDetails(req, res);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(details.uid));
        return;
      }
      if (interaction && req.method === 'POST' && interaction[2]) {
        const details = await provider.interactionDetails(req, res);
        const login = (await readForm(req)).get('login') ?? '';
        if (!accounts.has(login)) {
          res
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end(loginPage(details.uid, 'No account has that login name.'));
          return;
        }
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: login } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      handle(req, res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });

  return {
    issuer,
    clientSecret,
    setAccount: (login, claims) => void accounts.set(login, claims),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = JSON.parse(process.argv[2] ?? '{}');
  const started = await startOidcTestProvider(options);
  process.stdout.write(`${JSON.stringify({ issuer: started.issuer, clientSecret: started.clientSecret })}\n`);
  process.on('SIGTERM', () => void started.close().then(() => process.exit(0)));
}
