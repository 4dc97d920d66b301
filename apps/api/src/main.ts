import 'reflect-metadata';
import { COMMANDS } from './cli/commands';
import { runCommand } from './cli/run-command';
import { startServer } from './server';

const [command, ...args] = process.argv.slice(2);

if (command === undefined) {
  startServer().catch((error: unknown) => {
    console.error('Waymark failed to start:', error);
    process.exit(1);
  });
} else {
  // Exit explicitly: a command's finished work must not wait on stray handles (e.g. a browser's pipes).
  void runCommand(COMMANDS, command, args).then((code) => process.exit(code));
}
