import { join } from 'node:path';
import { WorkerPool, workerEntryFor, type WorkerPoolStats } from '@waymark/api/reporting/data-access';
import type { PlannedImport, PlanningInput } from '../import/import-planning';
import type { ImportPreview } from '../import/import.types';
import type { ImportCompute } from '../plan-import';
import { type ReadSheet, SpreadsheetUnreadable } from '../plan-sheet';
import { type ImportWorkerJob, type ImportWorkerResult, sheetBuffers } from './import-worker-protocol';
import { ReadSheetCache, type ReadSheetCacheLimits } from './read-sheet-cache';

export interface ImportWorkerPoolOptions {
  /** Heap of the worker thread (old generation), MB: WAYMARK_IMPORT_WORKER_HEAP_MB. */
  readonly heapMb: number;
  /** Imports of one partnership that may wait or run at once: WAYMARK_IMPORT_QUEUE_PER_PARTNERSHIP. */
  readonly perPartnershipLimit: number;
  /** Imports that may wait in all. Default 8. */
  readonly queueLimit?: number;
  /** Threads. Default 1: imports are rare, and each may use `heapMb`. */
  readonly size?: number;
  readonly timeoutMs?: number;
  /** Read sheets kept for the apply that follows a preview. Default 32 MB in all, each for 15 minutes. */
  readonly readSheetCache?: ReadSheetCacheLimits;
  /** The worker is stopped after this long without a job (read sheets stay here, on the API thread). Unset or 0: never. */
  readonly idleMs?: number;
}

/** The file needed more memory than the import worker may use: its thread died, the API did not. */
export class ImportNeedsTooMuchMemory extends Error {
  override readonly name = 'ImportNeedsTooMuchMemory';

  constructor(heapMb: number) {
    super(
      `The file needs more memory to read than an import may use (${heapMb} MB), so it was stopped and nothing was changed. ` +
        'A plan is far smaller: remove other sheets, images and formatting, or save it as CSV, and try again.',
    );
  }
}

/** The import worker's entry: import-worker.js beside main.js, else the TypeScript source. */
function importWorkerEntry() {
  return workerEntryFor('import-worker', join(__dirname, 'import-worker.ts'));
}

/**
 * Plan imports off the API's event loop: a WorkerPool of heap-limited threads (`resourceLimits`) reading the
 * spreadsheet and computing the plan. The database work (loading records, locking, writing) stays on the API
 * thread, in the import's transaction. Bounded like the report pool: a few imports wait in all, and at most
 * `perPartnershipLimit` per partnership; more are refused at once (WorkerQueueFull, "busy").
 */
export class ImportWorkerPool {
  private readonly pool: WorkerPool<ImportWorkerJob, ImportWorkerResult>;
  private readonly readSheets: ReadSheetCache;

  constructor(options: ImportWorkerPoolOptions) {
    this.readSheets = new ReadSheetCache(
      options.readSheetCache ?? { maxBytes: 32 * 1024 * 1024, maxAgeMs: 15 * 60_000 },
    );
    this.pool = new WorkerPool<ImportWorkerJob, ImportWorkerResult>({
      name: 'import',
      entry: importWorkerEntry,
      size: options.size ?? 1,
      timeoutMs: options.timeoutMs ?? 120_000,
      queueLimit: options.queueLimit ?? 8,
      perOwnerLimit: options.perPartnershipLimit,
      // Young generation included: V8 sizes it from the old one otherwise, and the RSS of a worker is what counts.
      resourceLimits: {
        maxOldGenerationSizeMb: options.heapMb,
        maxYoungGenerationSizeMb: Math.max(8, Math.round(options.heapMb / 16)),
      },
      closeGraceMs: 1_000,
      idleMs: options.idleMs,
      // The serialised sheet goes back to the worker that plans without a copy (this thread holds it only meanwhile).
      transfer: (job) => (job.kind === 'read-sheet' ? [] : sheetBuffers(job.input.sheet)),
      decodeError: (error) =>
        error.name === 'SpreadsheetUnreadable' ? new SpreadsheetUnreadable(error.message) : new Error(error.message),
      crashError: (cause) =>
        (cause as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportNeedsTooMuchMemory(options.heapMb)
          : new Error(`The import worker stopped: ${cause.message}`),
    });
  }

  /** The import's heavy steps, run here for `partnershipId` (the importer's partnership). */
  computeFor(partnershipId: string): ImportCompute {
    return {
      readSheet: async (fileName: string, content: Buffer): Promise<ReadSheet> => {
        const key = ReadSheetCache.keyOf(partnershipId, fileName, content);
        const kept = this.readSheets.get(key);
        if (kept) return kept;
        const result = await this.pool.run(
          {
            kind: 'read-sheet',
            fileName,
            content: new Uint8Array(content.buffer, content.byteOffset, content.byteLength),
          },
          partnershipId,
        );
        if (result.kind !== 'sheet') throw new Error('The import worker answered out of turn.');
        return this.readSheets.keep(key, result.sheet);
      },
      preview: async (input: PlanningInput): Promise<ImportPreview> => {
        const result = await this.pool.run({ kind: 'preview', input }, partnershipId);
        if (result.kind !== 'preview') throw new Error('The import worker answered out of turn.');
        return result.preview;
      },
      plan: async (input: PlanningInput): Promise<PlannedImport> => {
        const result = await this.pool.run({ kind: 'plan', input }, partnershipId);
        if (result.kind !== 'plan') throw new Error('The import worker answered out of turn.');
        return result.plan;
      },
    };
  }

  /**
   * Starts the worker now and has it read a one-row CSV, so the first real import does not wait for the thread to
   * load the spreadsheet code (seconds on a busy machine). Failures here are not anyone's concern.
   */
  async warm(): Promise<void> {
    const csv = new TextEncoder().encode('Theme,Action\nWarm-up,Warm-up\n');
    await this.pool.warm([{ kind: 'read-sheet', fileName: 'warm-up.csv', content: csv }]);
  }

  stats(): WorkerPoolStats {
    return this.pool.stats();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
