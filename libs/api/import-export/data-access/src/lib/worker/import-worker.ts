// Worker thread entry: reads plan spreadsheets and computes import plans off the API's event loop, inside the heap
// limit the pool gives the thread (a file that needs more kills this thread, not the API).
// Bundled as its own webpack entry (dist/apps/api/import-worker.js) next to main.js.
import { parentPort } from 'node:worker_threads';
import { computeImportPlan, computePlannedImport } from '../import/import-planning';
import { readPlanSheet, readSheetOf } from '../plan-sheet';
import { type ImportWorkerJob, type ImportWorkerResult, sheetBuffers } from './import-worker-protocol';

type Request = { readonly id: number; readonly job: ImportWorkerJob } | { readonly id: number; readonly close: true };

const port = parentPort;
if (!port) throw new Error('import-worker must run in a worker thread');

port.on('message', (request: Request) => {
  if ('close' in request) {
    port.postMessage({ id: request.id, closed: true });
    return;
  }
  void handle(request.job).then(
    (result) =>
      port.postMessage({ id: request.id, ok: true, result }, result.kind === 'sheet' ? sheetBuffers(result.sheet) : []),
    (error: Error & { field?: string }) =>
      port.postMessage({
        id: request.id,
        ok: false,
        error: { name: error.name, message: error.message, field: error.field ?? null },
      }),
  );
});

async function handle(job: ImportWorkerJob): Promise<ImportWorkerResult> {
  if (job.kind === 'read-sheet') {
    const content = Buffer.from(job.content.buffer, job.content.byteOffset, job.content.byteLength);
    return { kind: 'sheet', sheet: readSheetOf(await readPlanSheet(job.fileName, content), true) };
  }
  if (job.kind === 'preview') return { kind: 'preview', preview: computeImportPlan(job.input).preview };
  return { kind: 'plan', plan: computePlannedImport(job.input) };
}
