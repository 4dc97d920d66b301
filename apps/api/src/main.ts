import 'reflect-metadata';
import { ConfigError, loadConfig, type WaymarkConfig } from '@waymark/api/shared/config';
import { COMMANDS } from './cli/commands';
import { runCommand } from './cli/run-command';
import { startServer } from './server';

const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** Validated before anything connects or listens: a bad variable stops the process with exit code 1. */
function configOrExit(): WaymarkConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee docs/deployment.md, "Configuration".\n`);
    process.exit(1);
  }
}

async function serve(config: WaymarkConfig): Promise<void> {
  const server = await startServer(config);
  let signalled = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A second signal (Ctrl-C twice) does not wait for the drain.
      if (signalled) process.exit(1);
      signalled = true;
      void server.close().then(
        (drained) => process.exit(drained ? 0 : 1),
        (error: unknown) => {
          process.stderr.write(`Shutdown failed: ${describe(error)}\n`);
          process.exit(1);
        },
      );
    });
  }
}

const [command, ...args] = process.argv.slice(2);
const config = configOrExit();
if (command === undefined) {
  serve(config).catch((error: unknown) => {
    process.stderr.write(`Waymark failed to start: ${describe(error)}\n`);
    process.exit(1);
  });
} else {
  // Exit explicitly: a command's finished work must not wait on stray handles (e.g. a browser's pipes).
  void runCommand(COMMANDS, command, args).then((code) => process.exit(code));
}
