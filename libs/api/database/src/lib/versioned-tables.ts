import type {
  ActionRow,
  BoardReportSettingRow,
  CorrectionProposalRow,
  IndicatorRow,
  IndicatorValueRow,
  ObjectiveRow,
  OrganisationRow,
  PartnershipGroupRow,
  PartnershipNoticeRow,
  PartnershipRow,
  PersonRow,
  ProgressUpdateRow,
  ReportingPeriodRow,
  ReportTemplateRow,
  StrategyRow,
  ThemeCommentaryRow,
  ThemeRow,
} from './generated/rows';

/**
 * The generated row of each table that `updateWithVersion` and `lockRow` write and read (the tables with `id` and
 * `version`), by table name, so `lockRow(manager, 'action', id)` is typed as the action row without a type argument.
 */
export interface VersionedTables {
  action: ActionRow;
  board_report_setting: BoardReportSettingRow;
  correction_proposal: CorrectionProposalRow;
  indicator: IndicatorRow;
  indicator_value: IndicatorValueRow;
  objective: ObjectiveRow;
  organisation: OrganisationRow;
  partnership: PartnershipRow;
  partnership_group: PartnershipGroupRow;
  partnership_notice: PartnershipNoticeRow;
  person: PersonRow;
  progress_update: ProgressUpdateRow;
  report_template: ReportTemplateRow;
  reporting_period: ReportingPeriodRow;
  strategy: StrategyRow;
  theme: ThemeRow;
  theme_commentary: ThemeCommentaryRow;
}

export type VersionedTable = keyof VersionedTables;

// Every table listed has the columns the versioned update relies on.
type Versioned<T extends Record<VersionedTable, { id: string; version: number }>> = T;
export type VersionedRow<T extends VersionedTable> = Versioned<VersionedTables>[T];
