// `npm run build:artefact`: the production builds of api and web, assembled into dist/artefact exactly as the image
// ships them (main.js and its worker, web/, package.json, lockfile, production node_modules). The smoke test
// (`npm run smoke`) boots this folder; docker/Dockerfile copies it as is.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'dist/artefact');
const apiDist = join(root, 'dist/apps/api');
const webDist = join(root, 'dist/apps/web/browser');
// Referenced by the bundle only on its run-from-source path (report-worker-pool's ts-node fallback), never in production.
const SOURCE_ONLY_REQUIRES = new Set(['ts-node', 'tsconfig-paths']);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`build:artefact: "${[command, ...args].join(' ')}" failed (${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

/** Packages the bundles require at run time (webpack externals), by name. */
function bundleRequires(files) {
  const names = new Set();
  for (const file of files) {
    for (const [, request] of readFileSync(file, 'utf8').matchAll(/module\.exports = require\("([^"]+)"\)/g)) {
      if (request.startsWith('node:') || builtinModules.includes(request)) continue;
      names.add(request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0]);
    }
  }
  return names;
}

function folderBytes(path) {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

const nx = createRequire(join(root, 'package.json')).resolve('nx/bin/nx.js');
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NODE_ENV: 'production' };
run(
  process.execPath,
  [nx, 'run-many', '-t', 'build', '-p', 'api', 'web', '--configuration=production', '--output-style=static'],
  { cwd: root, env },
);

const packageJson = JSON.parse(readFileSync(join(apiDist, 'package.json'), 'utf8'));
const declared = new Set(Object.keys(packageJson.dependencies ?? {}));
const bundles = ['main.js', 'report-worker.js'].map((f) => join(apiDist, f));
const undeclared = [...bundleRequires(bundles)].filter(
  (name) => !declared.has(name) && !SOURCE_ONLY_REQUIRES.has(name),
);
if (undeclared.length) {
  console.error(
    `build:artefact: the bundle requires ${undeclared.join(', ')}, missing from the generated dist/apps/api/package.json.`,
  );
  process.exit(1);
}
if (!existsSync(join(apiDist, 'package-lock.json'))) {
  console.error(
    'build:artefact: dist/apps/api/package-lock.json was not generated (generatePackageJson in apps/api/webpack.config.js).',
  );
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(apiDist, out, { recursive: true });
cpSync(webDist, join(out, 'web'), { recursive: true });

// npm_execpath is the npm running this script; run it on this Node (24) so engine checks match the runtime.
const npm = process.env['npm_execpath'] ? [process.execPath, [process.env['npm_execpath']]] : ['npm', []];
const started = performance.now();
run(npm[0], [...npm[1], 'install', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], {
  cwd: out,
  env: { ...process.env, NODE_ENV: 'production' },
});
const installSeconds = (performance.now() - started) / 1000;

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const packages = readdirSync(join(out, 'node_modules')).flatMap((n) =>
  n.startsWith('@') ? readdirSync(join(out, 'node_modules', n)) : n.startsWith('.') ? [] : [n],
);
console.log(
  `Artefact dist/artefact: ${mb(folderBytes(out))} (node_modules ${mb(folderBytes(join(out, 'node_modules')))}, ${packages.length} top-level packages, web ${mb(folderBytes(join(out, 'web')))}); production install ${installSeconds.toFixed(1)} s.`,
);
