import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import {
  chargePersonRateLimit,
  findReportPeriod,
  freezeUnfrozen,
  listSnapshots,
  loadPeriodReportSettings,
  loadRagTrend,
  loadReportSource,
  loadReportTemplateContent,
  loadReportSourceText,
  loadSnapshot,
  ReportWorkerPool,
  withSavedSettings,
  type BoardReportSnapshot,
  type ExportJob,
  type RenderedReport,
  type ReportFormat,
  type ReportJob,
  type ReportSourceText,
  type SnapshotSummary,
} from '@waymark/api/reporting/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import { PeriodState } from '@waymark/shared/domain';
import {
  buildBoardReport,
  buildChangesReport,
  ReportOptionError,
  viewFrozenReport,
  type BoardReport,
  type BoardReportOptions,
  type ChangesReport,
  type RagTrend,
  type ReportSource,
} from '@waymark/shared/report-model';
import { queryRows } from '@waymark/api/database';

/** Loads a strategy's report data (checking the reader may see it) and renders reports off the event loop. */
/** Report workers that stay started whatever the idle time: the first export of a quiet spell needs no start. */
const REPORT_WORKERS_KEPT_WARM = 1;

@Injectable()
export class ReportService implements OnApplicationBootstrap, OnModuleDestroy {
  /** Renders every format off this thread; PDF is printed by Chromium driven from the worker, not from here. */
  private readonly pool: ReportWorkerPool;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {
    this.pool = new ReportWorkerPool(config.reports.workers, undefined, {
      chromiumPath: config.reports.chromiumPath,
      preloadPdfDriver: config.production,
      queueLimit: config.reports.queueLimit,
      perPartnershipLimit: config.reports.queuePerPartnership,
      workerFile: config.reports.workerFile,
      idleMs: config.reports.workerIdleMs,
      keepWarm: REPORT_WORKERS_KEPT_WARM,
    });
  }

  /**
   * In production one report worker starts with the API (a small warm-up report, the PDF driver loaded) and stays,
   * so an export never waits for a worker to start (a cold one made the first 600-action DOCX 1.6 s instead of
   * 0.5 s); the others, and the small-jobs worker, start on demand and stop after WAYMARK_REPORT_WORKER_IDLE_MS
   * without an export, so an idle API holds one worker heap rather than three. With the idle time 0 every worker
   * starts with the API and stays.
   */
  onApplicationBootstrap(): void {
    if (this.config.production) void this.pool.warm();
  }

  /** Counts a download against the person's allowance (WAYMARK_EXPORTS_PER_PERSON); PersonRateLimited past it. */
  chargeExport(actor: Actor): Promise<void> {
    const { windowSeconds, exportsPerPerson } = this.config.rateLimits;
    return chargePersonRateLimit(this.dataSource, 'export', actor.personId, {
      perWindow: exportsPerPerson,
      windowSeconds,
    });
  }

  queueStats(): ReturnType<ReportWorkerPool['stats']> {
    return this.pool.stats();
  }

  async source(actor: Actor, strategyId: string): Promise<ReportSource> {
    const source = await loadReportSource(this.dataSource, strategyId);
    if (!source) throw notFound('Strategy', strategyId);
    AccessPolicy.assertCanRead(actor, source.strategy.partnershipId, { entity: 'Strategy', id: strategyId });
    return source;
  }

  /** The strategy's RAG trend, per period and theme (see `loadRagTrend`). */
  async ragTrend(actor: Actor, strategyId: string, today = new Date().toISOString().slice(0, 10)): Promise<RagTrend> {
    return loadRagTrend(this.dataSource, await this.source(actor, strategyId), today);
  }

  async boardModel(
    actor: Actor,
    strategyId: string,
    options: BoardReportOptions,
    version: number | null = null,
  ): Promise<BoardReport> {
    const target = await this.target(actor, strategyId, options, version);
    if (target.frozen) return viewFrozenReport(target.frozen.model, target.options);
    return buildBoardReport(await this.source(actor, strategyId), target.options);
  }

  /** Senior officers of the strategy and administrators prepare the board: they may see updates not yet accepted. */
  private preparesBoard(actor: Actor, strategyId: string): boolean {
    return actor.isAdministrator || actor.reviewerOfStrategyIds.includes(strategyId);
  }

  /**
   * The period the report is about (the default period when none is asked for) and, for a signed-off period, its
   * stored report (the version asked for, else the latest); a period signed off before snapshots existed is frozen
   * now. A period not signed off is built from live data, with accepted updates only unless an officer asks.
   * The options get the period's saved cover report (never part of the snapshot: see docs/architecture.md).
   */
  private async target(
    actor: Actor,
    strategyId: string,
    options: BoardReportOptions,
    version: number | null,
  ): Promise<{ options: BoardReportOptions; frozen: BoardReportSnapshot | null; partnershipId: string }> {
    const today = options.generatedOn ?? new Date().toISOString().slice(0, 10);
    const preparing = this.preparesBoard(actor, strategyId);
    const target = await findReportPeriod(this.dataSource, strategyId, options.periodId ?? null, {
      preparingNextBoard: preparing,
      today,
    });
    if (!target) throw notFound('Strategy', strategyId);
    AccessPolicy.assertCanRead(actor, target.partnershipId, { entity: 'Strategy', id: strategyId });
    if (options.includeUnaccepted && !preparing) {
      throw new ReportOptionError(
        'includeUnaccepted',
        'Only the accountable group and administrators can include updates not yet accepted.',
      );
    }
    const periodId = options.periodId ?? target.periodId;
    // The period's saved cover report and closing section: covering text, applied to live and frozen reports alike.
    const saved = withSavedSettings(
      { ...options, periodId },
      periodId ? await loadPeriodReportSettings(this.dataSource, periodId) : null,
    );
    // The trend is never frozen with a report: it is counted when the report is viewed, ending with its period.
    const resolved = options.includeRagTrend
      ? { ...saved, ragTrend: await this.trendUpTo(actor, strategyId, periodId ?? null, today) }
      : saved;
    if (!target.periodId || target.state !== PeriodState.SignedOff) {
      if (version !== null)
        throw new ReportOptionError('version', 'Only a signed-off period has report versions: leave "version" out.');
      return { options: resolved, frozen: null, partnershipId: target.partnershipId };
    }
    const snapshot =
      (await loadSnapshot(this.dataSource, target.periodId, version)) ??
      (version === null || version === 1 ? await freezeUnfrozen(this.dataSource, target.periodId) : null);
    if (!snapshot) throw new ReportOptionError('version', `This period's report has no version ${version}.`);
    return { options: resolved, frozen: snapshot, partnershipId: target.partnershipId };
  }

  private async trendUpTo(actor: Actor, strategyId: string, periodId: string | null, today: string): Promise<RagTrend> {
    return loadRagTrend(this.dataSource, await this.source(actor, strategyId), today, periodId);
  }

  /** The stored versions of a period's frozen report, newest first (none until the period is signed off). */
  async versions(actor: Actor, periodId: string): Promise<SnapshotSummary[]> {
    const [period] = await queryRows<{ partnershipId: string }>(
      this.dataSource,
      `SELECT s.partnership_id AS "partnershipId" FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id WHERE rp.id::text = $1`,
      [periodId],
    );
    if (!period) throw notFound('ReportingPeriod', periodId);
    AccessPolicy.assertCanRead(actor, period.partnershipId, { entity: 'ReportingPeriod', id: periodId });
    return listSnapshots(this.dataSource, periodId);
  }

  async changesModel(actor: Actor, strategyId: string, periodId: string | null): Promise<ChangesReport> {
    const { options } = await this.target(actor, strategyId, { periodId }, null);
    return buildChangesReport(await this.source(actor, strategyId), options.periodId ?? null);
  }

  /**
   * For downloads the source stays JSON text on this thread (one string per statement, no row objects) and is
   * parsed in the report worker: the API's event loop neither builds nor structured-clones thousands of objects.
   */
  private async sourceText(actor: Actor, strategyId: string): Promise<ReportSourceText> {
    const source = await loadReportSourceText(this.dataSource, strategyId);
    if (!source) throw notFound('Strategy', strategyId);
    AccessPolicy.assertCanRead(actor, source.partnershipId, { entity: 'Strategy', id: strategyId });
    return source;
  }

  async boardFile(
    actor: Actor,
    strategyId: string,
    options: BoardReportOptions,
    format: ReportFormat,
    version: number | null = null,
  ): Promise<RenderedReport> {
    const target = await this.target(actor, strategyId, options, version);
    const template = format === 'docx' ? await this.wordTemplate(target.partnershipId) : null;
    if (target.frozen) {
      const { model, modelBytes } = target.frozen;
      return this.render(actor, { kind: 'frozen-board', model, modelBytes, options: target.options, format, template });
    }
    return this.render(actor, {
      kind: 'board',
      source: await this.sourceText(actor, strategyId),
      options: target.options,
      format,
      template,
    });
  }

  /** The partnership's Word template, copied into a buffer of its own so the pool can transfer it to the worker. */
  private async wordTemplate(partnershipId: string): Promise<Uint8Array | null> {
    const content = await loadReportTemplateContent(this.dataSource, partnershipId);
    return content ? new Uint8Array(content) : null;
  }

  async changesFile(
    actor: Actor,
    strategyId: string,
    periodId: string | null,
    format: ReportFormat,
  ): Promise<RenderedReport> {
    const { options } = await this.target(actor, strategyId, { periodId }, null);
    return this.render(actor, {
      kind: 'changes',
      source: await this.sourceText(actor, strategyId),
      periodId: options.periodId ?? null,
      format,
    });
  }

  /** In the asker's partnership's share of the pool (WAYMARK_REPORT_QUEUE_PER_PARTNERSHIP). */
  private render(actor: Actor, job: ReportJob): Promise<RenderedReport> {
    return this.pool.render(job, actor.partnershipId);
  }

  /** StratML and backup text, built in the same pool as reports (the caller has checked access and read the rows). */
  renderExport(actor: Actor, job: ExportJob): Promise<RenderedReport> {
    return this.pool.render(job, actor.partnershipId);
  }

  /** Each worker closes its Chromium before its thread stops. */
  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
