import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { loadReportSource, loadReportSourceText, ReportWorkerPool, type RenderedReport, type ReportFormat, type ReportJob, type ReportSourceText } from '@waymark/api/reporting/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import { buildBoardReport, buildChangesReport, type BoardReport, type BoardReportOptions, type ChangesReport, type ReportSource } from '@waymark/shared/report-model';

/** Loads a strategy's report data (checking the reader may see it) and renders reports off the event loop. */
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
    });
  }

  /**
   * In production the report worker starts (renders a small warm-up report and loads the PDF driver) with the
   * API, so the first download pays neither.
   */
  onApplicationBootstrap(): void {
    if (this.config.production) void this.pool.warm();
  }

  queueStats(): ReturnType<ReportWorkerPool['stats']> {
    return this.pool.stats();
  }

  async source(actor: Actor, strategyId: string): Promise<ReportSource> {
    const source = await loadReportSource(this.dataSource, strategyId);
    if (!source) throw notFound('Strategy', strategyId);
    AccessPolicy.assertCanRead(actor, source.strategy.partnershipId);
    return source;
  }

  async boardModel(actor: Actor, strategyId: string, options: BoardReportOptions): Promise<BoardReport> {
    return buildBoardReport(await this.source(actor, strategyId), options);
  }

  async changesModel(actor: Actor, strategyId: string, periodId: string | null): Promise<ChangesReport> {
    return buildChangesReport(await this.source(actor, strategyId), periodId);
  }

  /**
   * For downloads the source stays JSON text on this thread (one string per statement, no row objects) and is
   * parsed in the report worker: the API's event loop neither builds nor structured-clones thousands of objects.
   */
  private async sourceText(actor: Actor, strategyId: string): Promise<ReportSourceText> {
    const source = await loadReportSourceText(this.dataSource, strategyId);
    if (!source) throw notFound('Strategy', strategyId);
    AccessPolicy.assertCanRead(actor, source.partnershipId);
    return source;
  }

  async boardFile(actor: Actor, strategyId: string, options: BoardReportOptions, format: ReportFormat): Promise<RenderedReport> {
    return this.render({ kind: 'board', source: await this.sourceText(actor, strategyId), options, format });
  }

  async changesFile(actor: Actor, strategyId: string, periodId: string | null, format: ReportFormat): Promise<RenderedReport> {
    return this.render({ kind: 'changes', source: await this.sourceText(actor, strategyId), periodId, format });
  }

  private render(job: ReportJob): Promise<RenderedReport> {
    return this.pool.render(job);
  }

  /** Each worker closes its Chromium before its thread stops. */
  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
