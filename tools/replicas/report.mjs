// The figures of a replica run: requests, errors by kind inside/outside the kill window, latency, writes, instances.
import { percentile } from './util.mjs';

/** The kill window: requests in flight when the instance died or started within `afterMs` of it. */
export function inKillWindow(record, killedAt, afterMs) {
  return killedAt !== null && record.end >= killedAt && record.start <= killedAt + afterMs;
}

export function summarise({ records, killedAt, killWindowMs, writes, upstreams, instances }) {
  const errors = records.filter((r) => r.kind !== 'ok');
  const during = errors.filter((r) => inKillWindow(r, killedAt, killWindowMs));
  const outside = errors.filter((r) => !inKillWindow(r, killedAt, killWindowMs));
  const byKind = (list) =>
    Object.entries(Object.groupBy(list, (r) => `${r.op} ${r.kind}`))
      .map(([k, v]) => `${k} ×${v.length}`)
      .join(', ') || 'none';
  const okMs = records
    .filter((r) => r.kind === 'ok')
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  const spanS = records.length
    ? (Math.max(...records.map((r) => r.end)) - Math.min(...records.map((r) => r.start))) / 1000
    : 0;
  const perInstance = instances.map((i) => {
    const counts = upstreams.get(`127.0.0.1:${i.port}`) ?? { attempts: 0, served: 0 };
    return `${i.name} ${counts.served}${counts.attempts !== counts.served ? ` (+${counts.attempts - counts.served} failed)` : ''}${i.killed ? ' [killed]' : ''}`;
  });
  return {
    outsideErrors: outside.length,
    rows: [
      [
        'requests',
        `${records.length} in ${spanS.toFixed(1)} s (${(records.length / Math.max(spanS, 0.001)).toFixed(0)}/s), ${records.filter((r) => r.method === 'POST').length} POST`,
      ],
      ['errors in kill window', `${during.length}: ${byKind(during)}`],
      ['errors outside it', `${outside.length}: ${byKind(outside)}`],
      [
        'latency (ok requests)',
        `p50 ${percentile(okMs, 50).toFixed(1)} ms, p99 ${percentile(okMs, 99).toFixed(1)} ms, max ${okMs.at(-1)?.toFixed(1)} ms`,
      ],
      ['writes accepted', String(writes.accepted)],
      [
        'writes verified',
        `${writes.verified} in the audit trail; ${writes.updates} updates hold their last accepted text`,
      ],
      ['writes unanswered', `${writes.unanswered} (committed anyway: ${writes.committedUnanswered})`],
      ['per instance (via nginx)', perInstance.join('; ')],
    ],
  };
}

export function printTable(rows) {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n'));
}
