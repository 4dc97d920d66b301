import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const server = globalThis.__waymarkServer;
  if (server) {
    if (server.child.exitCode === null) {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
    rmSync(server.dataDir, { recursive: true, force: true });
  }
  // The test OpenID provider runs in this process: stop it (a browser's kept-alive connection must not hold it open).
  const oidc = globalThis.__waymarkOidc;
  if (oidc) await Promise.race([oidc.close(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
}
