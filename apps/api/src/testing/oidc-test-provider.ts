import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const TEST_CLIENTS = {
  ordinary: 'waymark',
  wrongAudience: 'waymark-wrong-audience',
  expired: 'waymark-expired',
} as const;

export interface OidcTestProvider {
  readonly issuer: string;
  readonly clientSecret: string;
  /** The account a test signs in as at the provider's login page, and the claims its ID token carries. */
  setAccount(login: string, claims: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/**
 * tools/testing/oidc-test-provider.mjs (oidc-provider, an OpenID Certified provider) in a child process: the package
 * is ESM-only and needs no jest transform there.
 */
export async function startOidcTestProvider(redirectUris: readonly string[]): Promise<OidcTestProvider> {
  const script = join(__dirname, '../../../../tools/testing/oidc-test-provider.mjs');
  const child: ChildProcess = spawn(process.execPath, [script, JSON.stringify({ redirectUris })], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(String(chunk)));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => String(line)),
    once(child, 'exit').then(() => {
      throw new Error(`the test OpenID provider exited:\n${errors.join('')}`);
    }),
  ]);
  const { issuer, clientSecret } = JSON.parse(first) as { issuer: string; clientSecret: string };
  return {
    issuer,
    clientSecret,
    async setAccount(login, claims) {
      const response = await fetch(`${issuer}/test/accounts/${encodeURIComponent(login)}`, {
        method: 'PUT',
        body: JSON.stringify(claims),
      });
      if (response.status !== 204) throw new Error(`could not set the test account: ${response.status}`);
    },
    async close() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
