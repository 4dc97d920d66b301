// Export timings for the York-shaped fixture and a synthetic 600-action strategy, rendered through the
// worker pool, with event-loop delay sampled on the main thread meanwhile (perf_hooks.monitorEventLoopDelay).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ReportWorkerPool, type ReportFormat } from '@waymark/api/reporting/data-access';
import { yorkExampleSource, type ReportSource } from '@waymark/shared/report-model';

function scaled(target: number): ReportSource {
  const york = yorkExampleSource();
  const copies = Math.ceil(target / york.actions.length);
  const k = (id: string, c: number) => `${id}-${c}`;
  const range = [...Array(copies).keys()];
  return {
    ...york,
    objectives: range.flatMap((c) =>
      york.objectives.map((o) => ({ ...o, id: k(o.id, c), sortOrder: o.sortOrder + c * 1000 })),
    ),
    actions: range
      .flatMap((c) =>
        york.actions.map((a) => ({ ...a, id: k(a.id, c), objectiveId: a.objectiveId && k(a.objectiveId, c) })),
      )
      .slice(0, target),
    updates: range.flatMap((c) => york.updates.map((u) => ({ ...u, actionId: k(u.actionId, c) }))),
  };
}

async function main(): Promise<void> {
  const pool = new ReportWorkerPool(1);
  await pool.render({ kind: 'board', source: yorkExampleSource(), options: { periodId: 'q2' }, format: 'csv' }); // warm the worker
  for (const [label, source] of [
    ['York fixture (' + yorkExampleSource().actions.length + ' actions)', yorkExampleSource()],
    ['600 actions', scaled(600)],
  ] as const) {
    for (const format of ['docx', 'xlsx', 'csv', 'html', 'pdf'] as ReportFormat[]) {
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const started = performance.now();
      const file = await pool.render({
        kind: 'board',
        source,
        options: { periodId: 'q2', columns: ['lead', 'due', 'rag', 'history'] },
        format,
      });
      const bytes = file.bytes; // PDF is printed inside the worker
      const ms = performance.now() - started;
      delay.disable();
      console.log(
        `${label.padEnd(26)} ${format.padEnd(5)} ${ms.toFixed(0).padStart(6)} ms ${String(bytes.byteLength).padStart(9)} B  event-loop delay max ${(delay.max / 1e6).toFixed(1)} ms p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`,
      );
    }
  }
  await pool.close();
}

void main();
