import { DataSource } from 'typeorm';
import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import {
  fromSnakeRow,
  updateWithVersion,
  queryRows,
  type BoardReportSettingRow,
  type CamelRow,
  type ReportingPeriodRow,
} from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput, conflict, forbidden, notFound } from '@waymark/api/shared/util';
import { OPTIONAL_COLUMNS, type BoardReportOptions, type OptionalColumn } from '@waymark/shared/report-model';
import type { Queryable } from '../load/load-report-source';

/** The columns of a period's saved settings that the report screen edits (`columns` as the report model names them). */
export type BoardReportSettingsValues = Omit<
  CamelRow<
    Pick<
      BoardReportSettingRow,
      | 'columns'
      | 'only_exceptions'
      | 'include_indicators'
      | 'introduction'
      | 'committee'
      | 'meeting_on'
      | 'author'
      | 'contact_officer'
      | 'purpose'
      | 'recommendations'
      | 'background'
      | 'closing_heading'
      | 'closing'
    >
  >,
  'columns'
> & { readonly columns: OptionalColumn[] };

/** A period's saved report choices and cover report, as the report screen edits them. */
export type BoardReportSettings = BoardReportSettingsValues & {
  /** Null when nothing is saved for this period (the values then come from `startedFrom`, or are empty). */
  readonly id: string | null;
  /** 0 when nothing is saved for this period. */
  readonly version: number;
  readonly periodId: string;
  /** The period whose saved settings these start from, when the period has none of its own. */
  readonly startedFromPeriodName: string | null;
};

const COLUMNS = `s.id, s.period_id AS "periodId", s.version, s.columns, s.only_exceptions AS "onlyExceptions", s.include_indicators AS "includeIndicators",
  s.introduction, s.committee, to_char(s.meeting_on, 'YYYY-MM-DD') AS "meetingOn", s.author, s.contact_officer AS "contactOfficer", s.purpose,
  s.recommendations, s.background, s.closing_heading AS "closingHeading", s.closing`;

/** A saved row as COLUMNS selects it. */
type SavedRow = BoardReportSettingsValues & CamelRow<Pick<BoardReportSettingRow, 'id' | 'version' | 'period_id'>>;

/** The settings saved for exactly this period, or null (what a report of the period prints). One statement. */
export async function loadPeriodReportSettings(db: Queryable, periodId: string): Promise<BoardReportSettings | null> {
  const [row] = await queryRows<SavedRow>(
    db,
    `SELECT ${COLUMNS} FROM board_report_setting s WHERE s.period_id::text = $1`,
    [periodId],
  );
  return row ? { ...row, startedFromPeriodName: null } : null;
}

/**
 * What the report screen starts from for a period: its own saved settings; else the strategy's latest saved before
 * it (the last quarter's), without the meeting date; else nothing. One statement.
 */
export async function loadStartingReportSettings(
  db: Queryable,
  strategyId: string,
  periodId: string,
): Promise<BoardReportSettings | null> {
  const [row] = await queryRows<SavedRow & { periodName: ReportingPeriodRow['name'] }>(
    db,
    `SELECT ${COLUMNS}, rp.name AS "periodName"
       FROM board_report_setting s
       JOIN reporting_period rp ON rp.id = s.period_id
       JOIN reporting_period target ON target.id::text = $2 AND target.strategy_id = s.strategy_id
      WHERE s.strategy_id::text = $1
      ORDER BY (s.period_id = target.id) DESC, (rp.starts_on < target.starts_on) DESC, rp.starts_on DESC, s.updated_at DESC
      LIMIT 1`,
    [strategyId, periodId],
  );
  if (!row) return null;
  if (row.periodId === periodId) return { ...row, startedFromPeriodName: null };
  return { ...row, id: null, version: 0, periodId, meetingOn: null, startedFromPeriodName: row.periodName };
}

/** The report options a period's saved settings add: the cover, the closing section, and the introduction if none was asked for. */
export function withSavedSettings(
  options: BoardReportOptions,
  settings: BoardReportSettings | null,
): BoardReportOptions {
  if (!settings) return options;
  return {
    ...options,
    introduction: options.introduction ?? settings.introduction,
    cover: {
      committee: settings.committee,
      meetingOn: settings.meetingOn,
      author: settings.author,
      contactOfficer: settings.contactOfficer,
      purpose: settings.purpose,
      recommendations: settings.recommendations,
      background: settings.background,
    },
    closing: { heading: settings.closingHeading, text: settings.closing },
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LIMITS: Partial<Record<keyof BoardReportSettingsValues, number>> = {
  committee: 200,
  author: 200,
  contactOfficer: 300,
  closingHeading: 200,
  introduction: 5000,
  purpose: 5000,
  background: 20000,
  closing: 5000,
};

function validate(values: BoardReportSettingsValues): void {
  const problems: Array<{ field: string; message: string }> = [];
  for (const c of values.columns)
    if (!(OPTIONAL_COLUMNS as readonly string[]).includes(c))
      problems.push({
        field: 'input.columns',
        message: `unknown column "${c}": choose from ${OPTIONAL_COLUMNS.join(', ')}.`,
      });
  if (
    values.meetingOn &&
    (!ISO_DATE.test(values.meetingOn) ||
      Number.isNaN(Date.parse(`${values.meetingOn}T00:00:00Z`)) ||
      new Date(`${values.meetingOn}T00:00:00Z`).toISOString().slice(0, 10) !== values.meetingOn)
  ) {
    problems.push({ field: 'input.meetingOn', message: 'must be a real date as YYYY-MM-DD.' });
  }
  for (const [key, max] of Object.entries(LIMITS) as Array<[keyof BoardReportSettingsValues, number]>) {
    const value = values[key];
    if (typeof value === 'string' && value.length > max)
      problems.push({ field: `input.${key}`, message: `must be at most ${max} characters.` });
  }
  if (values.recommendations.length > 30)
    problems.push({ field: 'input.recommendations', message: 'at most 30 recommendations.' });
  if (values.recommendations.some((r) => r.length > 2000))
    problems.push({ field: 'input.recommendations', message: 'each recommendation must be at most 2000 characters.' });
  if (problems.length) throw badInput(problems);
}

const tidy = (v: string | null | undefined) => v?.trim() || null;

/**
 * Saves a period's report settings and cover report: the first save creates them (`version` 0 or null), later
 * saves need the version read (stale → CONFLICT). The strategy's accountable group and administrators only; a
 * signed-off period too, since the cover is covering text, not the frozen report data.
 */
export function saveReportSettings(
  dataSource: DataSource,
  actor: Actor,
  input: { strategyId: string; periodId: string; version: number | null } & BoardReportSettingsValues,
): Promise<BoardReportSettings> {
  return dataSource.transaction(async (manager) => {
    const [period] = await queryRows<{ id: string; strategyId: string; partnershipId: string }>(
      manager,
      `SELECT rp.id, rp.strategy_id AS "strategyId", s.partnership_id AS "partnershipId"
         FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id WHERE rp.id::text = $1 AND s.archived_at IS NULL`,
      [input.periodId],
    );
    if (!period) throw notFound('ReportingPeriod', input.periodId);
    AccessPolicy.assertCanRead(actor, period.partnershipId, { entity: 'ReportingPeriod', id: input.periodId });
    if (period.strategyId !== input.strategyId)
      throw badInput([{ field: 'input.periodId', message: 'is a reporting period of another strategy.' }]);
    if (
      !actor.isAdministrator &&
      !AccessPolicy.canReview(actor, { id: period.strategyId, partnershipId: period.partnershipId })
    ) {
      throw forbidden(
        "only the strategy's accountable group or an administrator can save the board report's settings.",
      );
    }
    const values = {
      columns: OPTIONAL_COLUMNS.filter((c) => input.columns.includes(c)),
      onlyExceptions: input.onlyExceptions,
      includeIndicators: input.includeIndicators,
      introduction: tidy(input.introduction),
      committee: tidy(input.committee),
      meetingOn: tidy(input.meetingOn),
      author: tidy(input.author),
      contactOfficer: tidy(input.contactOfficer),
      purpose: tidy(input.purpose),
      recommendations: input.recommendations.map((r) => r.trim()).filter(Boolean),
      background: tidy(input.background),
      closingHeading: tidy(input.closingHeading),
      closing: tidy(input.closing),
    };
    validate({ ...values, columns: input.columns });
    const [existing] = await queryRows<Pick<BoardReportSettingRow, 'id'>>(
      manager,
      `SELECT id FROM board_report_setting WHERE period_id = $1 FOR UPDATE`,
      [period.id],
    );
    let id: string;
    if (existing) {
      const { before, after } = await updateWithVersion(manager, {
        table: 'board_report_setting',
        entity: 'BoardReportSettings',
        id: existing.id,
        expectedVersion: input.version ?? 0,
        set: { ...values, updatedById: actor.personId },
      });
      await audit(manager, actor, period.partnershipId, existing.id, 'update', diffFields(before, after));
      id = existing.id;
    } else {
      if (input.version) throw conflict('BoardReportSettings', input.periodId, input.version, null);
      const rows = await queryRows<BoardReportSettingRow>(
        manager,
        `INSERT INTO board_report_setting (strategy_id, period_id, columns, only_exceptions, include_indicators, introduction, committee, meeting_on, author,
            contact_officer, purpose, recommendations, background, closing_heading, closing, updated_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         ON CONFLICT (period_id) DO NOTHING RETURNING *`,
        [
          period.strategyId,
          period.id,
          values.columns,
          values.onlyExceptions,
          values.includeIndicators,
          values.introduction,
          values.committee,
          values.meetingOn,
          values.author,
          values.contactOfficer,
          values.purpose,
          values.recommendations,
          values.background,
          values.closingHeading,
          values.closing,
          actor.personId,
        ],
      );
      // Someone else saved the period's first settings meanwhile: theirs are kept, this writer is told.
      if (!rows[0]) throw conflict('BoardReportSettings', input.periodId, 0, null);
      const after = fromSnakeRow<CamelRow<BoardReportSettingRow>>(rows[0]);
      id = after.id;
      await audit(manager, actor, period.partnershipId, id, 'create', diffFields(null, after));
    }
    const saved = await loadPeriodReportSettings(manager, period.id);
    if (!saved) throw new Error(`the report settings of period ${period.id} were not stored`);
    return saved;
  });
}

function audit(
  manager: Parameters<typeof writeAudit>[0],
  actor: Actor,
  partnershipId: string,
  id: string,
  operation: string,
  changes: Record<string, { before: unknown; after: unknown }>,
) {
  return writeAudit(manager, [
    { actorId: actor.personId, partnershipId, entityType: 'board_report_setting', entityId: id, operation, changes },
  ]);
}
