import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@waymark/api/database';
import { badInput } from '@waymark/api/shared/util';
import { runPlannedWrites } from './import/import-plan-writer';
import {
  computeImportPlan,
  computePlannedImport,
  loadPlanningInput,
  type PlannedImport,
  type PlanningInput,
} from './import/import-planning';
import { ImportPreview, ImportRequest, PlanningRequest } from './import/import.types';
import { formatOf } from './spreadsheet-io';
import { readPlanSheet, type ReadSheet, readSheetOf, SpreadsheetUnreadable } from './plan-sheet';

export { IMPORT_ENTITIES } from './import/import.types';
export type {
  ImportChange,
  ImportCount,
  ImportEntity,
  ImportOperation,
  ImportPlan,
  ImportPreview,
  ImportRequest,
  NewStrategySpec,
  PlanningRequest,
} from './import/import.types';
export type { PlannedImport, PlanningInput } from './import/import-planning';

/**
 * Where the heavy parts of an import run: reading the file, computing the preview and the statements that apply it.
 * The API uses the import worker pool (off its event loop, heap-limited); the command line and tests run them in
 * this thread.
 */
export interface ImportCompute {
  readSheet(fileName: string, content: Buffer): Promise<ReadSheet>;
  preview(input: PlanningInput): Promise<ImportPreview>;
  plan(input: PlanningInput): Promise<PlannedImport>;
}

export const IN_THIS_THREAD: ImportCompute = {
  readSheet: async (fileName, content) => readSheetOf(await readPlanSheet(fileName, content), false),
  preview: (input) => Promise.resolve(computeImportPlan(input).preview),
  plan: (input) => Promise.resolve(computePlannedImport(input)),
};

/** The field an unreadable file is reported against: the upload the mutation named (the API), or the file (CLI). */
export interface ImportOptions {
  readonly compute?: ImportCompute;
  readonly fileField?: string;
}

async function readSheet(request: ImportRequest, options: ImportOptions): Promise<ReadSheet> {
  const field = options.fileField ?? 'input.file';
  if (!formatOf(request.fileName))
    throw badInput([{ field, message: 'Upload an Excel workbook (.xlsx) or a CSV file (.csv).' }]);
  try {
    return await (options.compute ?? IN_THIS_THREAD).readSheet(request.fileName, request.content);
  } catch (error) {
    if (error instanceof SpreadsheetUnreadable) throw badInput([{ field, message: error.message }]);
    throw error;
  }
}

function planningRequest({
  fileName,
  partnershipId,
  strategyId,
  newStrategy,
  actorId,
}: ImportRequest): PlanningRequest {
  return { fileName, partnershipId, strategyId, newStrategy, actorId };
}

/** Dry run: what the import would create, update and leave alone, and every problem. Writes nothing. */
export async function previewPlanImport(
  dataSource: DataSource,
  request: ImportRequest,
  options: ImportOptions = {},
): Promise<ImportPreview> {
  const sheet = await readSheet(request, options);
  const compute = options.compute ?? IN_THIS_THREAD;
  return dataSource.transaction('REPEATABLE READ', async (manager) =>
    compute.preview(await loadPlanningInput(manager, planningRequest(request), sheet, false)),
  );
}

/**
 * Applies the import in one transaction; refuses (changing nothing) when the preview has problems. The strategy
 * and its periods stay locked from planning to commit (see loadPlanningInput).
 */
export async function applyPlanImport(
  dataSource: DataSource,
  request: ImportRequest,
  options: ImportOptions = {},
): Promise<ImportPreview> {
  const sheet = await readSheet(request, options);
  const compute = options.compute ?? IN_THIS_THREAD;
  return dataSource.transaction(async (manager) => {
    const plan = await compute.plan(await loadPlanningInput(manager, planningRequest(request), sheet, true));
    if (plan.preview.problems.length > 0) {
      const shown = plan.preview.problems.slice(0, 50).map((p) => ({
        field: p.row
          ? `row ${p.row}${p.columnLetter ? `, column ${p.columnLetter}` : ''}${p.column ? ` (${p.column})` : ''}`
          : 'file',
        message: p.message,
      }));
      throw badInput(shown);
    }
    await runPlannedWrites(manager, plan.statements);
    return { ...plan.preview, strategyId: plan.strategyId, applied: true };
  });
}

/** Row counts of the tables an import writes, for tests and the CLI summary. */
export async function planTableCounts(manager: EntityManager | DataSource): Promise<Record<string, number>> {
  const tables = [
    'strategy',
    'theme',
    'objective',
    'action',
    'action_supporting_organisation',
    'organisation',
    'partnership_group',
    'person',
    'reporting_period',
    'progress_update',
    'audit_entry',
  ];
  // count(*) is a bigint: pg answers it as text.
  const rows = await queryRows<{ t: string; n: string }>(
    manager,
    tables.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t}`).join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}
