// `npm run smoke`: the production artefact (dist/artefact, what the image ships), copied outside the workspace and
// run with NODE_ENV=production against a fresh PostgreSQL: migrate, load demo data, boot, run the Dockerfile's
// HEALTHCHECK, sign in, download the board report in every format, back up, export a report, restore into a
// second database, shut down on SIGTERM with exit code 0.
// `--no-build` reuses dist/artefact as it is.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dockerHealthcheckScript, runHealthcheck } from './dockerfile-healthcheck.mjs';
import { download, graphql, signIn } from './http-session.mjs';
import { freePort, startPostgres } from './postgres.mjs';
import { runCommand, SmokeFailure, startServer, waitForOk } from './processes.mjs';
import { REPORT_CHECKS, reportProblem } from './report-formats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artefact = join(root, 'dist/artefact');
const BOOT_TIMEOUT_MS = 60_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;
const figures = [];
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function folderBytes(path) {
  const stat = lstatSync(path);
  return stat.isDirectory()
    ? readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0)
    : stat.size;
}

function check(condition, message) {
  if (!condition) throw new SmokeFailure(message);
}

/** The copy must resolve its own production dependencies and nothing from the workspace's node_modules. */
function assertIsolated(appDir) {
  check(!relative(root, appDir).match(/^[^.]/), `${appDir} is inside the workspace`);
  const requireFromApp = createRequire(join(appDir, 'main.js'));
  for (const devOnly of ['jest', 'typescript', 'ts-node', 'nx']) {
    let resolved = null;
    try {
      resolved = requireFromApp.resolve(devOnly);
    } catch {
      // expected: not reachable from the artefact
    }
    check(
      resolved === null,
      `The artefact copy can resolve the dev-only package ${devOnly} (${resolved}): it is not isolated.`,
    );
  }
  for (const runtime of ['@as-integrations/express5', 'pg', 'tslib']) {
    let resolved = null;
    try {
      resolved = requireFromApp.resolve(runtime);
    } catch {
      // reported below
    }
    check(
      resolved?.startsWith(appDir),
      `The runtime dependency ${runtime} is not installed in the artefact (${resolved}).`,
    );
  }
}

/** Only what a container would have: no npm_* variables, NODE_PATH or workspace settings. */
function productionEnv(databaseUrl, port) {
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: tmpdir(),
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    WAYMARK_DEMO_DATA: 'off',
    CHROMIUM_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  };
}

async function exerciseServer(appDir, env, demoOutput) {
  const baseUrl = `http://127.0.0.1:${env.PORT}`;
  const bootStarted = performance.now();
  const server = startServer(appDir, env);
  try {
    await waitForOk(`${baseUrl}/health/ready`, server, BOOT_TIMEOUT_MS);
    figures.push(`boot to /health/ready ${seconds(bootStarted)}`);
    const healthcheck = dockerHealthcheckScript(join(root, 'docker/Dockerfile'));
    check(
      runHealthcheck(healthcheck, appDir, env) === 0,
      "The Dockerfile's HEALTHCHECK fails against the running server.",
    );

    const home = await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } });
    const html = await home.text();
    check(
      home.ok && html.includes('<title>Waymark</title>'),
      `GET / did not serve the web app (${home.status}): ${html.slice(0, 200)}`,
    );

    const admin = /^\s+(\S+@\S+)\s+(\S+)\s+\(administrator\)$/m.exec(demoOutput);
    check(admin, `demo:load did not print an administrator account:\n${demoOutput}`);
    const cookie = await signIn(baseUrl, admin[1], admin[2]);
    const { strategies, partnership } = await graphql(
      baseUrl,
      cookie,
      '{ strategies { id title periods { id name } } partnership { id } }',
    );
    const strategy = strategies.find((s) => s.periods.length > 0);
    check(strategy, `No strategy with reporting periods after demo:load: ${JSON.stringify(strategies)}`);
    const period = strategy.periods[strategy.periods.length - 1];

    for (const format of Object.keys(REPORT_CHECKS)) {
      const started = performance.now();
      const url = `${baseUrl}/api/reports/board-update?strategy=${strategy.id}&period=${period.id}&format=${format}`;
      const file = await download(url, cookie);
      const problem = reportProblem(format, file);
      check(problem === null, `Board report as ${format}: ${problem}`);
      figures.push(`${format} ${(file.bytes.length / 1024).toFixed(0)} kB in ${seconds(started)}`);
    }

    const backupFile = join(appDir, '..', 'backup.json');
    const backupStarted = performance.now();
    // The demo holds two partnerships, so the command line must be told which one to back up.
    await runCommand(appDir, env, ['backup', '--partnership', partnership.id, '--out', backupFile]);
    figures.push(`backup ${seconds(backupStarted)}`);
    const backup = JSON.parse(readFileSync(backupFile, 'utf8'));
    check(
      Object.values(backup.tables ?? {}).some((rows) => rows.length > 0),
      `The backup holds no rows: ${JSON.stringify(backup).slice(0, 300)}`,
    );

    const reportStarted = performance.now();
    const reportFile = join(appDir, '..', 'report.csv');
    await runCommand(appDir, env, ['report', '--strategy', strategy.id, '--format', 'csv', '--out', reportFile]);
    check(
      existsSync(reportFile) && readFileSync(reportFile, 'utf8').split('\n').length > 5,
      'node main.js report wrote no CSV rows',
    );
    figures.push(`report CLI ${seconds(reportStarted)}`);

    const stopStarted = performance.now();
    const status = await server.stop(SHUTDOWN_TIMEOUT_MS);
    check(status !== null, `The server did not exit within ${SHUTDOWN_TIMEOUT_MS / 1000} s of SIGTERM.`);
    check(status.code === 0, `The server exited with ${status.code ?? status.signal} after SIGTERM, expected 0.`);
    figures.push(`SIGTERM to exit 0 ${seconds(stopStarted)}`);
    check(
      runHealthcheck(healthcheck, appDir, env) === 1,
      "The Dockerfile's HEALTHCHECK passes with the server stopped.",
    );
    return backupFile;
  } catch (error) {
    await server.stop(SHUTDOWN_TIMEOUT_MS);
    if (error instanceof Error) error.message += `\n--- server log ---\n${server.log()}--- end of server log ---`;
    throw error;
  }
}

async function main() {
  const started = performance.now();
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync(process.execPath, [join(root, 'tools/scripts/build-artefact.mjs')], {
      stdio: 'inherit',
      cwd: root,
    });
    check(build.status === 0, 'npm run build:artefact failed');
    figures.push(`build:artefact ${seconds(started)}`);
  }
  check(
    existsSync(join(artefact, 'main.js')) && existsSync(join(artefact, 'node_modules')),
    'dist/artefact is missing: run npm run build:artefact',
  );

  const work = mkdtempSync(join(tmpdir(), 'waymark-smoke-'));
  const appDir = join(work, 'app');
  const postgresStarted = performance.now();
  const postgres = await startPostgres();
  figures.push(`PostgreSQL started in ${seconds(postgresStarted)}`);
  try {
    const copyStarted = performance.now();
    cpSync(artefact, appDir, { recursive: true, verbatimSymlinks: true });
    figures.push(`copied in ${seconds(copyStarted)}`);
    figures.unshift(`artefact ${(folderBytes(appDir) / 1024 / 1024).toFixed(0)} MB`);
    assertIsolated(appDir);

    const env = productionEnv(postgres.url, await freePort());
    let phase = performance.now();
    const migrated = await runCommand(appDir, env, ['migrate']);
    figures.push(`migrate ${seconds(phase)}`);
    check(/Applied \d+ migration/.test(migrated), `migrate applied nothing on an empty database:\n${migrated}`);
    const again = await runCommand(appDir, env, ['migrate']);
    check(/No pending migrations/.test(again), `A second migrate was not a no-op:\n${again}`);
    phase = performance.now();
    const demo = await runCommand(appDir, env, ['demo:load']);
    figures.push(`demo:load ${seconds(phase)}`);
    const backupFile = await exerciseServer(appDir, env, demo);

    // Restore needs a database without the partnership: a second one on the same server.
    const restoreStarted = performance.now();
    const restoreUrl = postgres.url.replace(/\/waymark$/, '/restored');
    await postgres.createDatabase('restored');
    const restored = await runCommand(appDir, { ...env, DATABASE_URL: restoreUrl }, ['restore', '--file', backupFile]);
    check(/Restored partnership/.test(restored), `restore did not report a partnership:\n${restored}`);
    figures.push(`restore ${seconds(restoreStarted)}`);

    const unknown = spawnSync(process.execPath, ['main.js', 'no-such-command'], { cwd: appDir, env, encoding: 'utf8' });
    check(
      unknown.status === 2 && /Usage: node main\.js/.test(unknown.stderr),
      `An unknown command gave ${unknown.status}: ${unknown.stderr}`,
    );

    for (const [bad, expected] of [
      [{ WAYMARK_REPORT_WORKERS: 'two' }, 'WAYMARK_REPORT_WORKERS must be a whole number from 1 to 32, got "two"'],
      [{ SESSION_SECRET: '' }, 'SESSION_SECRET must be set in production'],
    ]) {
      const refused = spawnSync(process.execPath, ['main.js'], {
        cwd: appDir,
        env: { ...env, ...bad },
        encoding: 'utf8',
        timeout: 30_000,
      });
      check(
        refused.status === 1 && refused.stderr.includes(expected),
        `Bad configuration ${JSON.stringify(bad)} gave exit ${refused.status}: ${refused.stderr}`,
      );
    }
  } finally {
    await postgres.stop();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`Smoke test of the artefact passed in ${seconds(started)}: ${figures.join('; ')}.`);
}

main().catch((error) => {
  console.error(`\nSMOKE TEST FAILED: ${error instanceof Error ? error.message : error}`);
  if (!(error instanceof SmokeFailure) && error instanceof Error) console.error(error.stack);
  process.exit(1);
});
