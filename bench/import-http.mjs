// `npm run bench:import` = `node bench/import-http.mjs [--runs 3] [--actions 600] [--periods 8] [--root <checkout>]` (run by `npm run bench`):
// the plan import as the production service does it. Starts the built API (`<root>/dist/apps/api/main.js`, as
// bench/run.mjs does; build it first with `npx nx build api`) on a throw-away embedded PostgreSQL, and per run uploads
// a freshly generated 600 × 8 plan (new bytes each run, so the import pool's sheet cache starts cold as for a real
// upload), previews it into a new strategy and applies it, over HTTP with the web app's own GraphQL documents.
// Prints, per run: wall ms of preview and apply, CPU ms of the API process (all its threads, import workers included)
// and of the PostgreSQL server processes, the load average, and the API process's RSS: idle before the run, peak
// during preview + apply (VmRSS sampled every 5 ms, and VmHWM after resetting it through /proc/<pid>/clear_refs), and
// the increase. `--root` benchmarks another checkout's build (before/after comparisons) with this script.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort, startScratchPostgres } from '../tools/testing/scratch-postgres.mjs';

const here = resolve(new URL('..', import.meta.url).pathname);
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    actions: { type: 'string', default: '600' },
    periods: { type: 'string', default: '8' },
    root: { type: 'string', default: here },
  },
});
const root = resolve(flags.root);
const RUNS = Number(flags.runs);
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim() || 100);
const PAGE_KB = Number(spawnSync('getconf', ['PAGESIZE']).stdout?.toString().trim() || 4096) / 1024;
const started = Date.now();
const log = (...args) => console.log(`[import-http ${((Date.now() - started) / 1000).toFixed(0)}s]`, ...args);
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
  } catch {
    return 0; // the process has gone
  }
}

/** CPU ms of the postmaster and every process it started (backends, writers), living ones only. */
function postgresCpuMs(postmasterPid) {
  let total = cpuMs(postmasterPid);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmasterPid) total += cpuMs(entry);
    } catch {
      /* gone */
    }
  }
  return total;
}

function memoryKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/** Samples VmRSS every 5 ms until stopped; answers the highest. */
function sampleRss(pid) {
  let peak = 0;
  let stop = false;
  const statm = () => Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KB;
  const done = (async () => {
    while (!stop) {
      peak = Math.max(peak, statm());
      await new Promise((r) => setTimeout(r, 5));
    }
    return Math.max(peak, statm());
  })();
  return () => {
    stop = true;
    return done;
  };
}

async function waitFor(url, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Waits (at most 4 minutes) until the API uses under 5 % of a core over 2 s: its workers warm up after start. */
async function settle(pid) {
  const t0 = Date.now();
  while (Date.now() - t0 < 240_000) {
    const before = cpuMs(pid);
    await new Promise((r) => setTimeout(r, 2000));
    if ((cpuMs(pid) - before) / 2000 < 0.05) break;
  }
}

// The web app's own documents (libs/web/shared/data-access/src/lib/operations/admin.ts), so the answer is as big.
function webDocuments() {
  const source = readFileSync(join(here, 'libs/web/shared/data-access/src/lib/operations/admin.ts'), 'utf8');
  const fragment = /fragment PlanImportPreviewFields on PlanImportPreview \{[\s\S]*?\n {2}\}\n/.exec(source)?.[0];
  if (!fragment) throw new Error('PlanImportPreviewFields not found in the web operations');
  const doc = (name) =>
    `mutation ${name}($input: PlanImportInput!) { ${name.charAt(0).toLowerCase()}${name.slice(1)}(input: $input) { ...PlanImportPreviewFields } }\n${fragment}`;
  return { preview: doc('PreviewPlanImport'), apply: doc('ApplyPlanImport') };
}

async function main() {
  const mainJs = join(root, 'dist/apps/api/main.js');
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: run \`npx nx build api\` in ${root} first`);
  const tempDir = mkdtempSync(join(tmpdir(), 'waymark-import-http-'));
  const postgres = await startScratchPostgres({ password: 'bench' });
  let api;
  try {
    await postgres.createDatabase('waymark_import');
    const dbUrl = postgres.url('waymark_import');
    const postmasterPid = Number(readFileSync(join(postgres.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

    // A small partnership (migrates the database too) for its lead's account, made an administrator.
    const g = spawnSync(
      process.execPath,
      ['tools/scripts/run-ts.mjs', 'tools/scripts/bench-generate.ts', '--actions', '6', '--periods', '2'],
      { cwd: root, env: { ...process.env, DATABASE_URL: dbUrl }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (g.status !== 0) throw new Error(`bench-generate failed: ${g.stderr.toString().slice(-2000)}`);
    const out = g.stdout.toString();
    const { account } = JSON.parse(out.slice(out.indexOf('{')));
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    await db.query('UPDATE person SET is_administrator = true WHERE id = $1', [account.personId]);
    await db.end();

    // One plan file per run, generated before the API starts (new bytes each: a fresh upload).
    const files = [];
    for (let run = 0; run < RUNS; run += 1) {
      const file = join(tempDir, `plan-${run}.xlsx`);
      const p = spawnSync(
        process.execPath,
        ['tools/scripts/run-ts.mjs', 'bench/import-plan.ts', file, flags.actions, flags.periods, `run ${run + 1}`],
        { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      if (p.status !== 0) throw new Error(`import-plan failed: ${p.stderr.toString().slice(-2000)}`);
      files.push(readFileSync(file));
    }
    const hashes = new Set(files.map((f) => createHash('sha256').update(f).digest('hex')));
    if (hashes.size !== files.length) throw new Error('two runs would upload the same bytes (sheet cache hit)');

    const port = await freePort();
    api = spawn(process.execPath, [mainJs], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        PORT: String(port),
        NODE_ENV: 'production',
        WAYMARK_DEMO_DATA: 'off',
        SESSION_SECRET: randomBytes(32).toString('hex'),
        DATABASE_STATEMENT_TIMEOUT_MS: '60000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    api.stdout.on('data', (d) => (output += d));
    api.stderr.on('data', (d) => (output += d));
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/health`, 60_000).catch((e) => {
      throw new Error(`${e.message}\n${output.slice(-3000)}`);
    });
    await settle(api.pid);
    const startup = memoryKb(api.pid);
    log(
      `built API ${mainJs} (${process.version}), settled: RSS ${mb(startup.rss)}, peak since start ${mb(startup.hwm)}`,
    );

    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { personId } }',
        variables: { input: { email: account.email, password: account.password } },
      }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const docs = webDocuments();
    const graphql = async (query, variables) => {
      const t0 = performance.now();
      const r = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = await r.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 1000));
      return { ms: performance.now() - t0, data: body.data };
    };

    const results = [];
    for (let run = 0; run < RUNS; run += 1) {
      const form = new FormData();
      form.append('file', new Blob([files[run]]), `plan-${run}.xlsx`);
      const upload = await fetch(`${url}/api/import/uploads`, {
        method: 'POST',
        headers: { cookie, 'apollo-require-preflight': 'true' },
        body: form,
      });
      if (upload.status !== 201) throw new Error(`upload answered ${upload.status}: ${await upload.text()}`);
      const { uploadId } = await upload.json();
      const input = { uploadId, newStrategy: { title: `Import ${run + 1}`, startYear: 2018, endYear: 2021 } };
      await new Promise((r) => setTimeout(r, 1000));
      const idle = memoryKb(api.pid);
      writeFileSync(`/proc/${api.pid}/clear_refs`, '5'); // VmHWM := VmRSS
      const loadBefore = load();
      const stopSampling = sampleRss(api.pid);
      const cpu0 = { api: cpuMs(api.pid), pg: postgresCpuMs(postmasterPid) };
      const preview = await graphql(docs.preview, { input });
      const apply = await graphql(docs.apply, { input });
      const cpu = { api: cpuMs(api.pid) - cpu0.api, pg: postgresCpuMs(postmasterPid) - cpu0.pg };
      const sampled = await stopSampling();
      const after = memoryKb(api.pid);
      const created = apply.data.applyPlanImport.counts.find((c) => /^update$/i.test(c.entity))?.created;
      const r = {
        run: run + 1,
        previewMs: preview.ms,
        applyMs: apply.ms,
        cpuApiMs: cpu.api,
        cpuPgMs: cpu.pg,
        idleKb: idle.rss,
        peakKb: Math.max(sampled, after.hwm),
        load: `${loadBefore} → ${load()}`,
        created,
      };
      results.push(r);
      log(
        `run ${r.run}: preview ${r.previewMs.toFixed(0)} + apply ${r.applyMs.toFixed(0)} = ${(r.previewMs + r.applyMs).toFixed(0)} ms wall; ` +
          `CPU API ${r.cpuApiMs.toFixed(0)} ms + PostgreSQL ${r.cpuPgMs.toFixed(0)} ms; ` +
          `RSS idle ${mb(r.idleKb)}, peak ${mb(r.peakKb)} (+${mb(r.peakKb - r.idleKb)}); ` +
          `${created} progress updates created; load average ${r.load}`,
      );
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    log(
      `median of ${RUNS}: preview + apply ${med(results.map((r) => r.previewMs + r.applyMs)).toFixed(0)} ms wall ` +
        `(budget ≤ 2,000), CPU ${med(results.map((r) => r.cpuApiMs + r.cpuPgMs)).toFixed(0)} ms; ` +
        `peak RSS ${mb(med(results.map((r) => r.peakKb)))} (budget ≤ 200 MB), idle ${mb(med(results.map((r) => r.idleKb)))}`,
    );
  } finally {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
    await postgres.stop().catch(() => undefined);
    rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
