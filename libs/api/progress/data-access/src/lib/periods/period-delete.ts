import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import { Actor, badInput, conflict } from '@waymark/api/shared/util';
import type { ReportingPeriod } from '@waymark/shared/domain';
import { EntityManager } from 'typeorm';
import { queryRows } from '@waymark/api/database';

/** What may refer to a period, in words: singular, plural. */
const REFERENCES: ReadonlyArray<{ table: string; one: string; many: string }> = [
  { table: 'progress_update', one: 'progress update', many: 'progress updates' },
  { table: 'theme_commentary', one: 'commentary paragraph', many: 'commentary paragraphs' },
  { table: 'indicator_value', one: 'performance indicator value', many: 'performance indicator values' },
  { table: 'board_report_snapshot', one: 'frozen board report', many: 'frozen board report versions' },
];

/** "3 progress updates and 1 commentary paragraph", or null when nothing refers to the period. One statement. */
export async function periodReferences(manager: EntityManager, periodId: string): Promise<string | null> {
  const [counts] = await queryRows<Record<string, string>>(
    manager,
    `SELECT ${REFERENCES.map((r) => `(SELECT count(*) FROM ${r.table} WHERE period_id = $1) AS ${r.table}`).join(', ')}`,
    [periodId],
  );
  const parts = REFERENCES.flatMap((r) => {
    const n = Number(counts[r.table]);
    return n === 0 ? [] : [`${n} ${n === 1 ? r.one : r.many}`];
  });
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Deletes a period nothing refers to (the caller holds it locked and has checked the actor), with its audit row.
 * Anything that refers to it is named in the refusal; a reference this list does not know of is still refused by the
 * foreign keys (see `isForeignKeyViolation`).
 */
export async function deletePeriodRow(
  manager: EntityManager,
  actor: Actor,
  period: ReportingPeriod,
  version: number,
  partnershipId: string,
): Promise<void> {
  if (period.version !== version) throw conflict('ReportingPeriod', period.id, version, period);
  const references = await periodReferences(manager, period.id);
  if (references) {
    throw badInput([
      {
        field: 'input.id',
        message: `This period cannot be deleted: it has ${references}. Only a period nothing refers to can be deleted.`,
      },
    ]);
  }
  await manager.query(`DELETE FROM reporting_period WHERE id = $1 AND version = $2`, [period.id, version]);
  await writeAudit(manager, [
    {
      actorId: actor.personId,
      partnershipId,
      entityType: 'reporting_period',
      entityId: period.id,
      operation: 'delete',
      changes: diffFields(period, null),
    },
  ]);
}

export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { driverError?: { code?: string }; code?: string } | null;
  return e?.driverError?.code === '23503' || e?.code === '23503';
}
