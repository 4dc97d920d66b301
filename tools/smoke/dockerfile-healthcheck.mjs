// The image's HEALTHCHECK command, read from docker/Dockerfile so the smoke test runs exactly what Docker would.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SmokeFailure } from './processes.mjs';

export function dockerHealthcheckScript(dockerfile) {
  const line = readFileSync(dockerfile, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('HEALTHCHECK '));
  const script = line && /\bCMD node -e "(.+)"$/.exec(line)?.[1];
  if (!script) throw new SmokeFailure(`No 'HEALTHCHECK … CMD node -e "…"' line in ${dockerfile}`);
  return script;
}

/** Exit code of the HEALTHCHECK command run as Docker would, in the app folder with the app's environment. */
export function runHealthcheck(script, appDir, env) {
  return spawnSync(process.execPath, ['-e', script], { cwd: appDir, env, timeout: 5_000 }).status;
}
