import type { DataSource } from 'typeorm';
import { queryRows, type PartnershipRow } from '@waymark/api/database';

/** The partnership given on the command line, or the only one in the database. */
export async function onlyPartnership(dataSource: DataSource, given: string | null): Promise<string> {
  if (given) return given;
  const rows = await queryRows<Pick<PartnershipRow, 'id' | 'name'>>(
    dataSource,
    `SELECT id, name FROM partnership WHERE archived_at IS NULL ORDER BY name`,
  );
  if (rows.length === 1) return rows[0].id;
  if (rows.length === 0)
    throw new Error('There is no partnership yet: create one, or pass --partnership-name "…" to create it.');
  throw new Error(`Several partnerships: pass --partnership <id>. ${rows.map((r) => `${r.id} ${r.name}`).join('; ')}`);
}
