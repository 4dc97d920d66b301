import { DataSource, EntityManager } from 'typeorm';
import { badInput, stripControlCharactersFromText } from '@waymark/api/shared/util';
import { ParsedPlanSheet, parsePlanSheet } from '@waymark/shared/plan-template';
import { writePlan } from './import/import-plan-writer';
import { planImport } from './import/import-planning';
import { ImportPreview, ImportRequest } from './import/import.types';
import { formatOf, readSpreadsheet } from './spreadsheet-io';
import { SpreadsheetRefused } from './upload-limits/xlsx-limits';

export { IMPORT_ENTITIES } from './import/import.types';
export type { ImportChange, ImportCount, ImportEntity, ImportOperation, ImportPreview, ImportRequest, NewStrategySpec } from './import/import.types';

async function readSheet(request: ImportRequest): Promise<ParsedPlanSheet> {
  if (!formatOf(request.fileName)) {
    throw badInput([{ field: 'input.fileName', message: 'Upload an Excel workbook (.xlsx) or a CSV file (.csv).' }]);
  }
  try {
    // Cells are text input like any other: the same control characters go as at the API's validation pipe.
    const rows = await readSpreadsheet(request.fileName, request.content);
    return parsePlanSheet(rows.map((row) => row.map(stripControlCharactersFromText)));
  } catch (error) {
    // Parser messages are for developers; the person uploading gets the refusal's reason or a plain one.
    const message = error instanceof SpreadsheetRefused ? error.message : `The file could not be read as ${formatOf(request.fileName) === 'xlsx' ? 'an Excel workbook (.xlsx)' : 'CSV'}: it is damaged or in another format.`;
    throw badInput([{ field: 'input.contentBase64', message }]);
  }
}

/** Dry run: what the import would create, update and leave alone, and every problem. Writes nothing. */
export async function previewPlanImport(dataSource: DataSource, request: ImportRequest): Promise<ImportPreview> {
  const sheet = await readSheet(request);
  return dataSource.transaction('REPEATABLE READ', async (manager) => (await planImport(manager, request, sheet, false)).preview);
}

/** Applies the import in one transaction; refuses (changing nothing) when the preview has problems. */
export async function applyPlanImport(dataSource: DataSource, request: ImportRequest): Promise<ImportPreview> {
  const sheet = await readSheet(request);
  return dataSource.transaction(async (manager) => {
    const plan = await planImport(manager, request, sheet, true);
    if (plan.preview.problems.length > 0) {
      const shown = plan.preview.problems.slice(0, 50).map((p) => ({
        field: p.row ? `row ${p.row}${p.columnLetter ? `, column ${p.columnLetter}` : ''}${p.column ? ` (${p.column})` : ''}` : 'file',
        message: p.message,
      }));
      throw badInput(shown);
    }
    await writePlan(manager, request, plan);
    return { ...plan.preview, strategyId: plan.strategy.id, applied: true };
  });
}

/** Row counts of the tables an import writes, for tests and the CLI summary. */
export async function planTableCounts(manager: EntityManager | DataSource): Promise<Record<string, number>> {
  const tables = ['strategy', 'theme', 'objective', 'action', 'action_supporting_organisation', 'organisation', 'partnership_group', 'person', 'reporting_period', 'progress_update', 'audit_entry'];
  const rows: { t: string; n: string }[] = await manager.query(tables.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t}`).join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}
