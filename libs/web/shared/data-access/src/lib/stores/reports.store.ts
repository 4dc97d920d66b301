import { Injectable, inject } from '@angular/core';
import type { BoardReport } from '@waymark/shared/report-model';
import {
  type BoardReportInput,
  BoardReportPreviewDocument,
  BoardReportSettingsDocument,
  type BoardReportSettingsFieldsFragment,
  BoardReportVersionsDocument,
  type BoardReportVersionsQuery,
  ReportStrategiesDocument,
  type ReportStrategiesQuery,
  SaveBoardReportSettingsDocument,
  type SaveBoardReportSettingsInput,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type ReportStrategy = ReportStrategiesQuery['strategies'][number];
export type ReportVersion = BoardReportVersionsQuery['boardReportVersions'][number];

/** A previewed board report, with the stored versions of it when its period is signed off (newest first). */
export interface ReportPreview {
  readonly report: BoardReport;
  readonly versions: readonly ReportVersion[];
}

/**
 * The board update report for a report officer: the strategies to choose from, the options and cover saved for a
 * period, and the preview. Provide it in the page (`providers: [ReportsStore]`). Saving and previewing throw as the
 * API answered, so the page can place field problems on the form.
 */
@Injectable()
export class ReportsStore {
  private readonly api = inject(GraphqlApi);
  readonly strategies = new ServerState<readonly ReportStrategy[]>();
  /** The chosen period's saved options (only the latest period asked for is kept); `busy()` while saving. */
  readonly settings = new ServerState<BoardReportSettingsFieldsFragment>();
  /** The preview on screen; null before one is made. `busy()` while one is made. */
  readonly preview = new ServerState<ReportPreview | null>();

  constructor() {
    this.preview.ready(null);
  }

  loadStrategies(): Promise<readonly ReportStrategy[] | undefined> {
    return this.strategies.load(async () => (await this.api.query({ query: ReportStrategiesDocument })).strategies);
  }

  /** The period's saved options and cover, or the last quarter's to start from. */
  loadSettings(strategyId: string, periodId: string): Promise<BoardReportSettingsFieldsFragment | undefined> {
    return this.settings.load(
      async () =>
        (
          await this.api.query({
            query: BoardReportSettingsDocument,
            variables: { input: { strategyId, periodId } },
            fetchPolicy: 'network-only',
          })
        ).boardReportSettings,
    );
  }

  saveSettings(input: SaveBoardReportSettingsInput): Promise<BoardReportSettingsFieldsFragment> {
    return this.settings.run(async () => {
      const data = await this.api.mutate({ mutation: SaveBoardReportSettingsDocument, variables: { input } });
      this.settings.set(data.saveBoardReportSettings);
      return data.saveBoardReportSettings;
    });
  }

  /** Makes the preview, and lists the stored versions when the report is of a signed-off period. */
  makePreview(input: BoardReportInput): Promise<ReportPreview> {
    return this.preview.run(async () => {
      const data = await this.api.query({
        query: BoardReportPreviewDocument,
        variables: { input },
        fetchPolicy: 'network-only',
      });
      // The report is JSON the API assembles from the shared report model.
      const report = data.boardReport as BoardReport;
      const versions = report.edition ? await this.versions(report.period.id) : [];
      this.preview.set({ report, versions });
      return { report, versions };
    });
  }

  /** Takes the preview off screen (the choice it was made with changed). */
  clearPreview(): void {
    this.preview.ready(null);
  }

  private async versions(periodId: string): Promise<readonly ReportVersion[]> {
    const data = await this.api.query({
      query: BoardReportVersionsDocument,
      variables: { input: { periodId } },
      fetchPolicy: 'network-only',
    });
    return data.boardReportVersions;
  }
}
