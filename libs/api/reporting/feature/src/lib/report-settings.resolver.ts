import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import {
  loadStartingReportSettings,
  saveReportSettings,
  type BoardReportSettings,
} from '@waymark/api/reporting/data-access';
import { Actor, CurrentActor, notFound } from '@waymark/api/shared/util';
import {
  BoardReportSettingsInput,
  BoardReportSettingsModel,
  SaveBoardReportSettingsInput,
} from './report-settings.model';
import { queryRows } from '@waymark/api/database';

/** The report screen's saved choices and cover report, per strategy and period. */
@Resolver()
export class ReportSettingsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => BoardReportSettingsModel, {
    description: "A period's board report settings and cover report, or the last quarter's to start from.",
  })
  async boardReportSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: BoardReportSettingsInput,
  ): Promise<BoardReportSettings> {
    const [period] = await queryRows<{ partnershipId: string }>(
      this.dataSource,
      `SELECT s.partnership_id AS "partnershipId" FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id WHERE rp.id = $1 AND rp.strategy_id = $2`,
      [input.periodId, input.strategyId],
    );
    if (!period) throw notFound('ReportingPeriod', input.periodId);
    AccessPolicy.assertCanRead(actor, period.partnershipId, { entity: 'ReportingPeriod', id: input.periodId });
    return (
      (await loadStartingReportSettings(this.dataSource, input.strategyId, input.periodId)) ??
      emptySettings(input.periodId)
    );
  }

  @Mutation(() => BoardReportSettingsModel, {
    description: "Saves a period's board report settings and cover report; the next period starts from them.",
  })
  saveBoardReportSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: SaveBoardReportSettingsInput,
  ): Promise<BoardReportSettings> {
    return saveReportSettings(this.dataSource, actor, {
      strategyId: input.strategyId,
      periodId: input.periodId,
      version: input.version ?? null,
      columns: input.columns,
      onlyExceptions: input.onlyExceptions,
      includeIndicators: input.includeIndicators,
      introduction: input.introduction ?? null,
      committee: input.committee ?? null,
      meetingOn: input.meetingOn || null,
      author: input.author ?? null,
      contactOfficer: input.contactOfficer ?? null,
      purpose: input.purpose ?? null,
      recommendations: input.recommendations ?? [],
      background: input.background ?? null,
      closingHeading: input.closingHeading ?? null,
      closing: input.closing ?? null,
    });
  }
}

function emptySettings(periodId: string): BoardReportSettings {
  return {
    id: null,
    version: 0,
    periodId,
    startedFromPeriodName: null,
    columns: ['rag'],
    onlyExceptions: false,
    includeIndicators: false,
    introduction: null,
    committee: null,
    meetingOn: null,
    author: null,
    contactOfficer: null,
    purpose: null,
    recommendations: [],
    background: null,
    closingHeading: null,
    closing: null,
  };
}
