import { EntityManager } from 'typeorm';

/** What happened: 'create', 'update', 'archive', 'restore', 'reorder', 'delete', or a named event ('reopen', 'change_password'). */
export type AuditOperation = string;

export interface AuditRecord {
  readonly actorId: string | null;
  readonly partnershipId: string | null;
  readonly entityType: string;
  readonly entityId: string;
  readonly operation: AuditOperation;
  readonly changes: Record<string, { before: unknown; after: unknown }>;
  readonly reason?: string | null;
}

/** Field-by-field difference between two snapshots; only changed fields are kept. */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, { before: unknown; after: unknown }> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    if (key === 'version' || key === 'updatedAt' || key === 'createdAt') continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}

/** Audit rows name records by table ("ReportingPeriod" and "reporting_period" both become "reporting_period"). */
export function auditEntityType(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * Writes audit rows inside the caller's transaction, so a change and its audit row commit or
 * fail together. One multi-row INSERT however many records changed.
 */
export async function writeAudit(manager: EntityManager, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const values: unknown[] = [];
  const rows = records.map((r, i) => {
    const o = i * 7;
    values.push(r.actorId, r.partnershipId, auditEntityType(r.entityType), r.entityId, r.operation, JSON.stringify(r.changes), r.reason ?? null);
    return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}::jsonb, $${o + 7})`;
  });
  await manager.query(
    `INSERT INTO audit_entry (actor_id, partnership_id, entity_type, entity_id, operation, changes, reason) VALUES ${rows.join(', ')}`,
    values,
  );
}
