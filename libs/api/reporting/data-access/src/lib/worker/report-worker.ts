// Worker thread entry: builds the report model and renders the file off the API's event loop.
// Bundled as its own webpack entry (dist/apps/api/report-worker.js) next to main.js.
import { parentPort } from 'node:worker_threads';
import { renderReport, type ReportJob } from '../export/render-report';
import type { WorkerReply, WorkerRequest } from './protocol';

type Reply = WorkerReply extends infer R ? (R extends WorkerReply ? Omit<R, 'id'> : never) : never;

const port = parentPort;
if (!port) throw new Error('report-worker must run in a worker thread');

port.on('message', (request: WorkerRequest) => {
  void handle(request.job).then((reply) => {
    const transfer = reply.ok ? [reply.result.bytes.buffer as ArrayBuffer] : [];
    port.postMessage({ ...reply, id: request.id }, transfer);
  });
});

async function handle(job: ReportJob): Promise<Reply> {
  try {
    const result = await renderReport(job);
    // Copy into an unpooled buffer so it can be transferred without cloning.
    return { ok: true, result: { ...result, bytes: new Uint8Array(result.bytes) } };
  } catch (error) {
    const e = error as Error & { field?: string };
    return { ok: false, error: { name: e.name, message: e.message, field: e.field ?? null } };
  }
}
