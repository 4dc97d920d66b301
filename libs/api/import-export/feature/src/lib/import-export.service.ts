import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import {
  applyPlanImport,
  exportPlan,
  ExportedFile,
  ImportPreview,
  loadBackupText,
  loadStratmlRows,
  planTemplate,
  previewPlanImport,
  SpreadsheetFormat,
  fileSlug,
} from '@waymark/api/import-export/data-access';
import type { RenderedReport } from '@waymark/api/reporting/data-access';
import { ReportService } from '@waymark/api/reporting/feature';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import type { PlanImportInput } from './plan-import.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Permission checks around the import/export functions; every entry point goes through here. */
@Injectable()
export class ImportExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportService,
  ) {}

  private async strategyPartnership(strategyId: string, field: string): Promise<string> {
    if (!UUID.test(strategyId)) throw badInput([{ field, message: 'Not a strategy id.' }]);
    const rows: { partnership_id: string }[] = await this.dataSource.query(`SELECT partnership_id FROM strategy WHERE id = $1`, [strategyId]);
    if (!rows[0]) throw notFound('Strategy', strategyId);
    return rows[0].partnership_id;
  }

  private async request(actor: Actor, input: PlanImportInput) {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    if (input.strategyId) AccessPolicy.assertAdministrator(actor, await this.strategyPartnership(input.strategyId, 'input.strategyId'), { entity: 'Strategy', id: input.strategyId });
    if (input.strategyId && input.newStrategy) {
      throw badInput([{ field: 'input.newStrategy', message: 'Give either an existing strategy or a new one, not both.' }]);
    }
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length > 10 * 1024 * 1024) throw badInput([{ field: 'input.contentBase64', message: 'The file is larger than 10 MB.' }]);
    return { fileName: input.fileName, content, partnershipId: actor.partnershipId, strategyId: input.strategyId ?? null, newStrategy: input.newStrategy ?? null, actorId: actor.personId };
  }

  async preview(actor: Actor, input: PlanImportInput): Promise<ImportPreview> {
    return previewPlanImport(this.dataSource, await this.request(actor, input));
  }

  async apply(actor: Actor, input: PlanImportInput): Promise<ImportPreview> {
    return applyPlanImport(this.dataSource, await this.request(actor, input));
  }

  template(format: SpreadsheetFormat): Promise<ExportedFile> {
    return planTemplate(format);
  }

  async exportPlan(actor: Actor, strategyId: string, format: SpreadsheetFormat): Promise<ExportedFile> {
    AccessPolicy.assertCanRead(actor, await this.strategyPartnership(strategyId, 'strategyId'), { entity: 'Strategy', id: strategyId });
    return exportPlan(this.dataSource, strategyId, format);
  }

  async stratml(actor: Actor, strategyId: string, periodId: string | null): Promise<ExportedFile> {
    AccessPolicy.assertCanRead(actor, await this.strategyPartnership(strategyId, 'strategyId'), { entity: 'Strategy', id: strategyId });
    if (periodId && !UUID.test(periodId)) throw badInput([{ field: 'periodId', message: 'Not a period id.' }]);
    const rows = await loadStratmlRows(this.dataSource, strategyId, periodId);
    return exported(await this.reports.renderExport({ kind: 'stratml', rows, filename: `${fileSlug(String(rows.strategy['title']))}-stratml.xml` }));
  }

  /** The whole partnership, people included: administrators only. */
  async backup(actor: Actor): Promise<ExportedFile> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const backup = await loadBackupText(this.dataSource, actor.partnershipId);
    const filename = `waymark-backup-${fileSlug(backup.partnershipName)}-${backup.createdAt.slice(0, 10)}.json`;
    return exported(await this.reports.renderExport({ kind: 'backup', backup, filename }));
  }
}

function exported(file: RenderedReport): ExportedFile {
  return { fileName: file.filename, contentType: file.contentType, content: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) };
}
