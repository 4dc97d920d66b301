// Worker thread entry: builds the report model and renders the file off the API's event loop; for PDF it also
// drives Chromium from here (one browser per worker, closed when the pool asks before stopping the thread), so
// the API thread only receives the finished bytes.
// Bundled as its own webpack entry (dist/apps/api/report-worker.js) next to main.js.
import { parentPort, workerData } from 'node:worker_threads';
import { PdfPrinter } from '../export/pdf';
import { isExportJob, renderExport, type WorkerJob } from '../export/render-export';
import { renderReport, type RenderedReport } from '../export/render-report';
import type { ReportWorkerData, WorkerReply, WorkerRequest } from './protocol';

type Reply =
  | { readonly ok: true; readonly result: RenderedReport }
  | { readonly ok: false; readonly error: { name: string; message: string; field: string | null } };

const port = parentPort;
if (!port) throw new Error('report-worker must run in a worker thread');

const settings = workerData as ReportWorkerData;
const printer = new PdfPrinter(settings.chromiumPath);
// playwright-core's synchronous module loading happens now, in this thread, not on the first PDF download.
if (settings.preloadPdfDriver) void printer.preload();

port.on('message', (request: WorkerRequest) => {
  if ('close' in request) {
    void printer.close().then(
      () => port.postMessage({ id: request.id, closed: true } satisfies WorkerReply),
      () => port.postMessage({ id: request.id, closed: true } satisfies WorkerReply),
    );
    return;
  }
  void handle(request.job).then((reply) => {
    const transfer = reply.ok ? [reply.result.bytes.buffer as ArrayBuffer] : [];
    port.postMessage({ ...reply, id: request.id } satisfies WorkerReply, transfer);
  });
});

async function handle(job: WorkerJob): Promise<Reply> {
  try {
    // A copy in an unpooled buffer of its own, so it can be transferred (as below).
    if (isExportJob(job)) return { ok: true, result: withOwnBuffer(renderExport(job)) };
    const result = await renderReport(job);
    if (job.format === 'pdf') {
      const pdf = await printer.print(
        Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength).toString('utf8'),
        result.landscape,
      );
      // Copy into an unpooled buffer so it can be transferred without cloning.
      return { ok: true, result: { ...result, bytes: new Uint8Array(pdf), contentType: 'application/pdf' } };
    }
    return { ok: true, result: withOwnBuffer(result) };
  } catch (error) {
    const e = error as Error & { field?: string };
    return { ok: false, error: { name: e.name, message: e.message, field: e.field ?? null } };
  }
}

function withOwnBuffer(result: RenderedReport): RenderedReport {
  return { ...result, bytes: new Uint8Array(result.bytes) };
}
