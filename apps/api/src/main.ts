import 'reflect-metadata';
import { ConfigError, loadConfig, type WaymarkConfig } from '@waymark/api/shared/config';
import { startServer } from './server';

function configOrExit(): WaymarkConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee docs/deployment.md, "Configuration".\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const server = await startServer(configOrExit());
  let signalled = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A second signal (Ctrl-C twice) does not wait for the drain.
      if (signalled) process.exit(1);
      signalled = true;
      void server.close().then(
        (drained) => process.exit(drained ? 0 : 1),
        (error: unknown) => {
          process.stderr.write(`Shutdown failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Waymark failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
