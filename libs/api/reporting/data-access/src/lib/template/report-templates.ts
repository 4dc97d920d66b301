import { DataSource } from 'typeorm';
import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import type { Queryable } from '../load/load-report-source';
import { queryRows, type PersonRow, type ReportTemplateRow } from '@waymark/api/database';

/** Which Word template a partnership's board report is written into, as the administrator's screen shows it. */
export interface ReportTemplateSummary {
  readonly id: string;
  readonly fileName: string;
  readonly byteSize: number;
  readonly uploadedAt: string;
  readonly uploadedByName: string | null;
  readonly version: number;
}

type SummaryRow = Pick<ReportTemplateRow, 'id' | 'file_name' | 'byte_size' | 'uploaded_at' | 'version'> & {
  uploaded_by_name: PersonRow['full_name'] | null;
};

const SUMMARY = `SELECT t.id, t.file_name, t.byte_size, t.uploaded_at, p.full_name AS uploaded_by_name, t.version
  FROM report_template t LEFT JOIN person p ON p.id = t.uploaded_by_id`;

function summary(row: SummaryRow): ReportTemplateSummary {
  return {
    id: row.id,
    fileName: row.file_name,
    byteSize: row.byte_size,
    uploadedAt: row.uploaded_at.toISOString(),
    uploadedByName: row.uploaded_by_name,
    version: row.version,
  };
}

/** The partnership's template, or null while it uses the built-in one. */
export async function findReportTemplate(db: Queryable, partnershipId: string): Promise<ReportTemplateSummary | null> {
  const [row] = await queryRows<SummaryRow>(db, `${SUMMARY} WHERE t.partnership_id = $1`, [partnershipId]);
  return row ? summary(row) : null;
}

/** The template's bytes for a Word report of this partnership, or null (the built-in template). */
export async function loadReportTemplateContent(db: Queryable, partnershipId: string): Promise<Buffer | null> {
  const [row] = await queryRows<Pick<ReportTemplateRow, 'content'>>(
    db,
    `SELECT content FROM report_template WHERE partnership_id = $1`,
    [partnershipId],
  );
  return row?.content ?? null;
}

/** The stored file, for its administrator to download; another partnership's id answers as an unknown one. */
export async function reportTemplateFile(
  db: Queryable,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; content: Buffer }> {
  const [row] = await queryRows<Pick<ReportTemplateRow, 'partnership_id' | 'file_name' | 'content'>>(
    db,
    `SELECT partnership_id, file_name, content FROM report_template WHERE id::text = $1`,
    [id],
  );
  if (!row) throw notFound('ReportTemplate', id);
  AccessPolicy.assertAdministrator(actor, row.partnership_id, { entity: 'ReportTemplate', id });
  return { fileName: row.file_name, content: row.content };
}

const audited = (s: ReportTemplateSummary | null) => (s ? { fileName: s.fileName, byteSize: s.byteSize } : null);

/**
 * Stores the administrator's partnership's template (already checked: see assertWordTemplateWithinLimits),
 * replacing the one before; audited by file name and size, not content.
 */
export async function saveReportTemplate(
  db: DataSource,
  actor: Actor,
  fileName: string,
  content: Buffer,
): Promise<ReportTemplateSummary> {
  AccessPolicy.assertAdministrator(actor, actor.partnershipId);
  return db.transaction(async (manager) => {
    const [before] = await queryRows<SummaryRow>(manager, `${SUMMARY} WHERE t.partnership_id = $1 FOR UPDATE OF t`, [
      actor.partnershipId,
    ]);
    const [{ id }] = await queryRows<Pick<ReportTemplateRow, 'id'>>(
      manager,
      `INSERT INTO report_template (partnership_id, file_name, content, byte_size, uploaded_by_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (partnership_id) DO UPDATE SET file_name = EXCLUDED.file_name, content = EXCLUDED.content, byte_size = EXCLUDED.byte_size,
         uploaded_by_id = EXCLUDED.uploaded_by_id, uploaded_at = now(), version = report_template.version + 1
       RETURNING id`,
      [actor.partnershipId, fileName, content, content.length, actor.personId],
    );
    const [row] = await queryRows<SummaryRow>(manager, `${SUMMARY} WHERE t.id = $1`, [id]);
    const after = summary(row);
    await writeAudit(manager, [
      {
        actorId: actor.personId,
        partnershipId: actor.partnershipId,
        entityType: 'report_template',
        entityId: id,
        operation: before ? 'update' : 'create',
        changes: diffFields(audited(before ? summary(before) : null), audited(after)),
      },
    ]);
    return after;
  });
}

/** Removes the template (the partnership is back on the built-in one); another partnership's id is NOT_FOUND. */
export async function removeReportTemplate(db: DataSource, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (manager) => {
    const [row] = await queryRows<Pick<ReportTemplateRow, 'partnership_id'>>(
      manager,
      `SELECT partnership_id FROM report_template WHERE id::text = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw notFound('ReportTemplate', id);
    AccessPolicy.assertAdministrator(actor, row.partnership_id, { entity: 'ReportTemplate', id });
    const [before] = await queryRows<SummaryRow>(manager, `${SUMMARY} WHERE t.id = $1`, [id]);
    await manager.query(`DELETE FROM report_template WHERE id = $1`, [id]);
    await writeAudit(manager, [
      {
        actorId: actor.personId,
        partnershipId: row.partnership_id,
        entityType: 'report_template',
        entityId: id,
        operation: 'delete',
        changes: diffFields(audited(summary(before)), null),
      },
    ]);
  });
}
