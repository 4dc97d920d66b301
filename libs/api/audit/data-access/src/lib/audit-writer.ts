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
 * The one INSERT that writes `records`, its rows one JSON parameter: a multi-row VALUES list (seven
 * parameters a row) took PostgreSQL seconds at 5,000 rows, and `pg` escapes every quote of every
 * changes text when it writes a text[] parameter. `changes` is read as json and cast to jsonb, not read
 * as jsonb by json_to_recordset: the same value, and about 25 % less time for an import's 5,530 rows.
 * Pure, so a worker thread can build it.
 */
export function auditInsert(records: readonly AuditRecord[]): { readonly sql: string; readonly params: [string] } {
  const rows = records.map((r) => ({
    actor_id: r.actorId,
    partnership_id: r.partnershipId,
    entity_type: auditEntityType(r.entityType),
    entity_id: r.entityId,
    operation: r.operation,
    changes: r.changes,
    reason: r.reason ?? null,
  }));
  return {
    sql: `INSERT INTO audit_entry (actor_id, partnership_id, entity_type, entity_id, operation, changes, reason)
     SELECT actor_id, partnership_id, entity_type, entity_id, operation, changes::jsonb, reason
     FROM json_to_recordset($1::json) AS r(actor_id uuid, partnership_id uuid, entity_type text, entity_id uuid, operation text, changes json, reason text)`,
    params: [JSON.stringify(rows)],
  };
}

/**
 * Writes audit rows inside the caller's transaction, so a change and its audit row commit or
 * fail together. One INSERT however many records changed (see auditInsert).
 */
export async function writeAudit(manager: EntityManager, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const { sql, params } = auditInsert(records);
  await manager.query(sql, params);
}
