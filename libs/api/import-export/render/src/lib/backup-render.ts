/**
 * Any backed-up table's row as `to_jsonb` wrote it (snake_case, dates as text). Not a generated row type: a backup file
 * is input on restore, and restore hands the rows back to `jsonb_populate_recordset`, which checks each column.
 */
export type BackupRow = Record<string, unknown>;

export const BACKUP_FORMAT = 'waymark-partnership-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface PartnershipBackup {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly createdAt: string;
  /** Latest migration applied to the database the backup came from. */
  readonly schemaVersion: string | null;
  readonly partnershipId: string;
  readonly partnershipName: string;
  /** Rows per table, column names as in the database (snake_case), values as PostgreSQL's JSON gives them. */
  readonly tables: Record<string, BackupRow[]>;
}

/**
 * A backup as PostgreSQL wrote it: one JSON array text per table, no row objects on the reading thread, so it is
 * cheap to post to a worker; `backupFromText` parses it where the file is written.
 */
export interface PartnershipBackupText {
  readonly createdAt: string;
  readonly schemaVersion: string | null;
  readonly partnershipId: string;
  readonly partnershipName: string;
  /** Table name → JSON array text, in restore order (parents first). */
  readonly tables: Record<string, string>;
}

/** The backup document from its texts (CPU-bound for a large partnership: the API does this in the report worker). */
export function backupFromText(text: PartnershipBackupText): PartnershipBackup {
  const tables: Record<string, BackupRow[]> = {};
  for (const [table, rows] of Object.entries(text.tables)) tables[table] = JSON.parse(rows) as BackupRow[];
  for (const row of tables['audit_entry'] ?? []) delete row['id'];
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: text.createdAt,
    schemaVersion: text.schemaVersion,
    partnershipId: text.partnershipId,
    partnershipName: text.partnershipName,
    tables,
  };
}

/** The file's text, as served by `/api/export/backup.json` and written by the CLI. */
export function renderBackupJson(text: PartnershipBackupText): string {
  return JSON.stringify(backupFromText(text), null, 1);
}
