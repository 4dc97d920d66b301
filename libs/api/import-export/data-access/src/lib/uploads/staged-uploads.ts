import type { DataSource } from 'typeorm';
import { queryRows, type ImportUploadRow } from '@waymark/api/database';

/** The largest file accepted, how long an uploaded file waits for its preview and apply, and how many one person keeps. */
export const STAGED_UPLOADS = { maxBytes: 10 * 1024 * 1024, keepMinutes: 60, perPerson: 3 } as const;

export interface StagedUploadOwner {
  readonly personId: string;
  readonly partnershipId: string;
}

export interface StagedUpload {
  readonly id: string;
  readonly fileName: string;
  readonly byteSize: number;
  readonly expiresAt: string;
}

/**
 * Keeps an uploaded file for its uploader (person and partnership) for STAGED_UPLOADS.keepMinutes. Expired
 * uploads are deleted here, and the person's oldest beyond STAGED_UPLOADS.perPerson, so the table stays small
 * without a scheduled job.
 */
export async function stageUpload(
  db: DataSource,
  owner: StagedUploadOwner,
  fileName: string,
  content: Buffer,
): Promise<StagedUpload> {
  return db.transaction(async (manager) => {
    await manager.query(`DELETE FROM import_upload WHERE expires_at < now()`);
    const [row] = await queryRows<Pick<ImportUploadRow, 'id' | 'expires_at'>>(
      manager,
      `INSERT INTO import_upload (partnership_id, person_id, file_name, content, byte_size, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6)) RETURNING id, expires_at`,
      [owner.partnershipId, owner.personId, fileName, content, content.length, STAGED_UPLOADS.keepMinutes],
    );
    await manager.query(
      `DELETE FROM import_upload WHERE person_id = $1 AND id NOT IN (
         SELECT id FROM import_upload WHERE person_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2)`,
      [owner.personId, STAGED_UPLOADS.perPerson],
    );
    return { id: row.id, fileName, byteSize: content.length, expiresAt: row.expires_at.toISOString() };
  });
}

/**
 * The file staged under `id` for this owner, or null: unknown, expired, or someone else's (another person's
 * upload answers exactly as an unknown id does).
 */
export async function findStagedUpload(
  db: DataSource,
  owner: StagedUploadOwner,
  id: string,
): Promise<{ fileName: string; content: Buffer } | null> {
  const [row] = await queryRows<Pick<ImportUploadRow, 'file_name' | 'content'>>(
    db,
    `SELECT file_name, content FROM import_upload WHERE id = $1 AND person_id = $2 AND partnership_id = $3 AND expires_at >= now()`,
    [id, owner.personId, owner.partnershipId],
  );
  return row ? { fileName: row.file_name, content: row.content } : null;
}
