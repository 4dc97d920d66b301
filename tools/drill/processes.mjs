// What /proc says about the drill's processes: PostgreSQL servers of a data directory, and memory of an instance.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The postmaster's pid from `<dataDir>/postmaster.pid`, or null when there is none. */
export function postmasterPid(dataDir) {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

export function isAlive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The postmaster of `dataDir` and every backend and auxiliary process it forked. */
export function postgresProcesses(dataDir) {
  const postmaster = postmasterPid(dataDir);
  if (postmaster === null || !isAlive(postmaster)) return [];
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => parentOf(pid) === postmaster);
  return [postmaster, ...children];
}

/** VmRSS and VmHWM (peak RSS since start) of a process in MB; null when it is gone. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Samples an instance's RSS every `everyMs`; `stop()` answers the peak sampled and the kernel's high-water mark. */
export function sampleRss(pid, everyMs = 50) {
  let peakMb = 0;
  const sample = () => {
    const memory = memoryOf(pid);
    if (memory) peakMb = Math.max(peakMb, memory.rssMb);
  };
  // Sampled at start and stop too: a refusal can take less than one interval.
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakMb, hwmMb: memoryOf(pid)?.hwmMb ?? NaN };
    },
  };
}
