import { createHash } from 'node:crypto';
import {
  buildBoardReport,
  editionLabel,
  frozenReportOptions,
  reviseFrozenReport,
  type BoardReport,
  type SnapshotCorrection,
} from '@waymark/shared/report-model';
import { loadReportSource, type Queryable } from '../load/load-report-source';
import { queryRows, type BoardReportSnapshotRow, type CamelRow, type ReportingPeriodRow } from '@waymark/api/database';

/** A stored version without its model: the row's columns, `createdAt` as ISO text and who created it by name. */
export type SnapshotSummary = CamelRow<
  Pick<BoardReportSnapshotRow, 'period_id' | 'version' | 'sha256' | 'created_by_id'>
> & {
  readonly createdAt: string;
  readonly createdByName: string | null;
};

export type BoardReportSnapshot = SnapshotSummary & {
  readonly model: BoardReport;
  /** Length of the stored model's JSON text: how big a job rendering it is, without serialising it again. */
  readonly modelBytes: number;
};

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const SUMMARY_COLUMNS = `s.period_id AS "periodId", s.version, s.sha256, to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
  s.created_by_id AS "createdById", p.full_name AS "createdByName"`;

/**
 * Freezes the board report of a period being signed off as version 1 (or the given version). Runs in the sign-off
 * transaction (pass its manager), so the snapshot is exactly the data the sign-off saw. Also used once for a period
 * signed off before snapshots existed (`createdById` null then); a second call for the same version keeps the first.
 */
export async function freezeBoardReport(
  db: Queryable,
  periodId: string,
  createdById: string | null,
  signedOffOn: string,
  version = 1,
): Promise<BoardReportSnapshot> {
  const [period] = await queryRows<CamelRow<Pick<ReportingPeriodRow, 'strategy_id'>>>(
    db,
    `SELECT strategy_id AS "strategyId" FROM reporting_period WHERE id = $1`,
    [periodId],
  );
  if (!period) throw new Error(`no reporting period ${periodId}`);
  const source = await loadReportSource(db, period.strategyId);
  if (!source) throw new Error(`the strategy of period ${periodId} is archived`);
  const built = buildBoardReport(source, frozenReportOptions(periodId, signedOffOn));
  const model: BoardReport = { ...built, edition: { version, signedOffOn, label: editionLabel(version, signedOffOn) } };
  await insertSnapshot(db, periodId, version, model, createdById);
  return loadWritten(db, periodId, version);
}

/**
 * The freeze of a sign-off: version 1 the first time; a period reopened and signed off again keeps its earlier
 * versions (what the board saw before) and gets the next one. Serialised with corrections by the same advisory lock.
 */
export async function freezeAtSignOff(
  db: Queryable,
  periodId: string,
  createdById: string,
  signedOffOn: string,
): Promise<BoardReportSnapshot> {
  await lockSnapshots(db, periodId);
  const latest = await loadSnapshot(db, periodId, null);
  return freezeBoardReport(db, periodId, createdById, signedOffOn, (latest?.version ?? 0) + 1);
}

function lockSnapshots(db: Queryable, periodId: string): Promise<unknown> {
  return db.query(`SELECT pg_advisory_xact_lock(hashtextextended('board_report_snapshot:' || $1, 0))`, [periodId]);
}

/**
 * A correction after sign-off: the next version of the period's frozen report with the corrected action patched
 * in and a dated note (null when the action is not in the frozen report). Serialised per period (an advisory lock held to the end of the transaction), so two
 * corrections in parallel make versions n+1 and n+2, never two versions n+1.
 */
export async function reviseBoardReport(
  db: Queryable,
  periodId: string,
  createdById: string,
  correction: SnapshotCorrection,
): Promise<BoardReportSnapshot | null> {
  await lockSnapshots(db, periodId);
  const latest = (await loadSnapshot(db, periodId, null)) ?? (await freezeUnfrozen(db, periodId));
  const edition = latest.model.edition;
  if (!edition) throw new Error(`snapshot ${periodId} v${latest.version} has no edition`);
  const [period] = await queryRows<CamelRow<Pick<ReportingPeriodRow, 'strategy_id'>>>(
    db,
    `SELECT strategy_id AS "strategyId" FROM reporting_period WHERE id = $1`,
    [periodId],
  );
  const source = await loadReportSource(db, period.strategyId);
  if (!source) throw new Error(`the strategy of period ${periodId} is archived`);
  const live = buildBoardReport(source, frozenReportOptions(periodId, edition.signedOffOn));
  const model = reviseFrozenReport(latest.model, live, correction);
  if (!model) return null;
  await insertSnapshot(db, periodId, latest.version + 1, model, createdById);
  return loadWritten(db, periodId, latest.version + 1);
}

/** A version just inserted (or kept, when another transaction inserted it first): it is there to read. */
async function loadWritten(db: Queryable, periodId: string, version: number): Promise<BoardReportSnapshot> {
  const snapshot = await loadSnapshot(db, periodId, version);
  if (!snapshot) throw new Error(`snapshot ${periodId} v${version} was not stored`);
  return snapshot;
}

/** The period's snapshot of that version, or its latest when `version` is null; null when it has none. */
export async function loadSnapshot(
  db: Queryable,
  periodId: string,
  version: number | null,
): Promise<BoardReportSnapshot | null> {
  const rows = await queryRows<SnapshotSummary & { model: string }>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, s.model::text AS model
       FROM board_report_snapshot s LEFT JOIN person p ON p.id = s.created_by_id
      WHERE s.period_id = $1 AND ($2::int IS NULL OR s.version = $2)
      ORDER BY s.version DESC LIMIT 1`,
    [periodId, version],
  );
  const row = rows[0];
  return row ? { ...row, model: JSON.parse(row.model) as BoardReport, modelBytes: row.model.length } : null;
}

/** Every stored version of a period's frozen report, newest first, without the models. */
export async function listSnapshots(db: Queryable, periodId: string): Promise<SnapshotSummary[]> {
  return await queryRows<SnapshotSummary>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM board_report_snapshot s LEFT JOIN person p ON p.id = s.created_by_id WHERE s.period_id = $1 ORDER BY s.version DESC`,
    [periodId],
  );
}

/** A period signed off before snapshots existed is frozen as it is now, dated by its sign-off. */
export async function freezeUnfrozen(db: Queryable, periodId: string): Promise<BoardReportSnapshot> {
  const [row] = await queryRows<{ signedOffOn: string }>(
    db,
    `SELECT to_char(COALESCE(signed_off_at, now()) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "signedOffOn" FROM reporting_period WHERE id = $1`,
    [periodId],
  );
  return freezeBoardReport(db, periodId, null, row.signedOffOn);
}

async function insertSnapshot(
  db: Queryable,
  periodId: string,
  version: number,
  model: BoardReport,
  createdById: string | null,
): Promise<void> {
  const text = JSON.stringify(model);
  await db.query(
    `INSERT INTO board_report_snapshot (period_id, version, model, sha256, created_by_id) VALUES ($1, $2, $3::json, $4, $5)
     ON CONFLICT (period_id, version) DO NOTHING`,
    [periodId, version, text, sha256Hex(text), createdById],
  );
}
