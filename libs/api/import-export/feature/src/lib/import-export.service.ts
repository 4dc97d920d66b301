import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import {
  applyPlanImport,
  exportPlan,
  ExportedFile,
  findStagedUpload,
  formatOf,
  ImportPreview,
  ImportRequest,
  ImportWorkerPool,
  loadBackupText,
  loadStratmlRows,
  planTemplate,
  previewPlanImport,
  SpreadsheetFormat,
  fileSlug,
  stageUpload,
  type StagedUpload,
} from '@waymark/api/import-export/data-access';
import { chargePersonRateLimit, type RenderedReport } from '@waymark/api/reporting/data-access';
import { ReportService } from '@waymark/api/reporting/feature';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import { importErrorAnswer } from './import-errors';
import type { PlanImportInput } from './plan-import.model';
import { queryRows, type StrategyRow } from '@waymark/api/database';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Permission checks and limits around the import/export functions; every entry point goes through here. Imports
 * read and plan in the import worker pool (heap-limited threads), and count against the person's allowance.
 */
@Injectable()
export class ImportExportService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly imports: ImportWorkerPool;

  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportService,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {
    this.imports = new ImportWorkerPool({
      heapMb: config.imports.workerHeapMb,
      perPartnershipLimit: config.imports.queuePerPartnership,
      idleMs: config.imports.workerIdleMs,
    });
  }

  private async strategyPartnership(strategyId: string, field: string): Promise<string> {
    if (!UUID.test(strategyId)) throw badInput([{ field, message: 'Not a strategy id.' }]);
    const rows = await queryRows<Pick<StrategyRow, 'partnership_id'>>(
      this.dataSource,
      `SELECT partnership_id FROM strategy WHERE id = $1`,
      [strategyId],
    );
    if (!rows[0]) throw notFound('Strategy', strategyId);
    return rows[0].partnership_id;
  }

  /** One import request (upload, preview or apply) against the person's allowance (WAYMARK_IMPORTS_PER_PERSON). */
  private chargeImport(actor: Actor): Promise<void> {
    const { windowSeconds, importsPerPerson } = this.config.rateLimits;
    return chargePersonRateLimit(this.dataSource, 'import', actor.personId, {
      perWindow: importsPerPerson,
      windowSeconds,
    });
  }

  /** Before an upload's body is read: administrators only, within the person's import allowance. */
  async assertMayUpload(actor: Actor): Promise<void> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    await this.chargeImport(actor);
  }

  /** Stages a file for the administrator's preview and apply (`POST /api/import/uploads`, after assertMayUpload). */
  async upload(actor: Actor, fileName: string, content: Buffer): Promise<StagedUpload> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    if (!formatOf(fileName))
      throw badInput([{ field: 'file', message: 'Upload an Excel workbook (.xlsx) or a CSV file (.csv).' }]);
    if (content.length === 0) throw badInput([{ field: 'file', message: 'The file is empty.' }]);
    return stageUpload(this.dataSource, actor, fileName, content);
  }

  private async request(actor: Actor, input: PlanImportInput): Promise<ImportRequest> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    if (input.strategyId)
      AccessPolicy.assertAdministrator(actor, await this.strategyPartnership(input.strategyId, 'input.strategyId'), {
        entity: 'Strategy',
        id: input.strategyId,
      });
    if (input.strategyId && input.newStrategy) {
      throw badInput([
        { field: 'input.newStrategy', message: 'Give either an existing strategy or a new one, not both.' },
      ]);
    }
    await this.chargeImport(actor);
    const upload = await findStagedUpload(this.dataSource, actor, input.uploadId);
    if (!upload)
      throw badInput([
        {
          field: 'input.uploadId',
          message: 'The uploaded file was not found: uploads are kept for an hour. Choose the file again.',
        },
      ]);
    return {
      fileName: upload.fileName,
      content: upload.content,
      partnershipId: actor.partnershipId,
      strategyId: input.strategyId ?? null,
      newStrategy: input.newStrategy ?? null,
      actorId: actor.personId,
    };
  }

  async preview(actor: Actor, input: PlanImportInput): Promise<ImportPreview> {
    try {
      return await previewPlanImport(this.dataSource, await this.request(actor, input), {
        compute: this.imports.computeFor(actor.partnershipId),
        fileField: 'input.uploadId',
      });
    } catch (error) {
      throw importErrorAnswer(error);
    }
  }

  async apply(actor: Actor, input: PlanImportInput): Promise<ImportPreview> {
    try {
      return await applyPlanImport(this.dataSource, await this.request(actor, input), {
        compute: this.imports.computeFor(actor.partnershipId),
        fileField: 'input.uploadId',
      });
    } catch (error) {
      throw importErrorAnswer(error);
    }
  }

  /**
   * The import worker starts on the first import and stops after WAYMARK_IMPORT_WORKER_IDLE_MS without one (as the
   * report workers do); with that 0, production starts it with the API and keeps it, so no import pays the start.
   */
  onApplicationBootstrap(): void {
    if (this.config.production && this.config.imports.workerIdleMs === 0) void this.imports.warm();
  }

  async onModuleDestroy(): Promise<void> {
    await this.imports.close();
  }

  /** Every download counts against the person's allowance (WAYMARK_EXPORTS_PER_PERSON), as report downloads do. */
  chargeExport(actor: Actor): Promise<void> {
    return this.reports.chargeExport(actor);
  }

  template(format: SpreadsheetFormat): Promise<ExportedFile> {
    return planTemplate(format);
  }

  async exportPlan(actor: Actor, strategyId: string, format: SpreadsheetFormat): Promise<ExportedFile> {
    AccessPolicy.assertCanRead(actor, await this.strategyPartnership(strategyId, 'strategyId'), {
      entity: 'Strategy',
      id: strategyId,
    });
    return exportPlan(this.dataSource, strategyId, format);
  }

  async stratml(actor: Actor, strategyId: string, periodId: string | null): Promise<ExportedFile> {
    AccessPolicy.assertCanRead(actor, await this.strategyPartnership(strategyId, 'strategyId'), {
      entity: 'Strategy',
      id: strategyId,
    });
    if (periodId && !UUID.test(periodId)) throw badInput([{ field: 'periodId', message: 'Not a period id.' }]);
    const rows = await loadStratmlRows(this.dataSource, strategyId, periodId);
    return exported(
      await this.reports.renderExport(actor, {
        kind: 'stratml',
        rows,
        filename: `${fileSlug(String(rows.strategy['title']))}-stratml.xml`,
      }),
    );
  }

  /** The whole partnership, people included: administrators only. */
  async backup(actor: Actor): Promise<ExportedFile> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const backup = await loadBackupText(this.dataSource, actor.partnershipId);
    const filename = `waymark-backup-${fileSlug(backup.partnershipName)}-${backup.createdAt.slice(0, 10)}.json`;
    return exported(await this.reports.renderExport(actor, { kind: 'backup', backup, filename }));
  }
}

function exported(file: RenderedReport): ExportedFile {
  return {
    fileName: file.filename,
    contentType: file.contentType,
    content: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
  };
}
