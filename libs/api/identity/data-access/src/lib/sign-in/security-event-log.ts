import { Injectable } from '@nestjs/common';
import { Actor } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../policy/access-policy';
import { AUDITED_SECURITY_OPERATIONS, SECURITY_EVENT_TYPES, SecurityEventType } from './security-events';
import { queryRows, type AuditEntryRow } from '@waymark/api/database';

export interface SecurityEventEntry {
  readonly id: string;
  readonly occurredAt: Date;
  readonly event: SecurityEventType;
  readonly personId: string;
  readonly personName: string;
  /** Who did it, when signed in; null for attempts from outside (a failed sign-in, a reset request). */
  readonly actorName: string | null;
  readonly detail: string | null;
}

type Row = Pick<AuditEntryRow, 'id' | 'occurred_at' | 'operation'> & {
  person_id: string;
  person_name: string;
  actor_name: string | null;
  reason: string | null;
  granted: boolean | null;
};

/** The security events of the administrator's partnership, newest first, read from the audit trail. */
@Injectable()
export class SecurityEventLog {
  constructor(private readonly dataSource: DataSource) {}

  async recent(actor: Actor, limit: number): Promise<SecurityEventEntry[]> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const operations = [...SECURITY_EVENT_TYPES, ...Object.keys(AUDITED_SECURITY_OPERATIONS)];
    // A change of the administrator role is a person's create or update row whose changes name isAdministrator.
    const rows = await queryRows<Row>(
      this.dataSource,
      `SELECT e.id::text, e.occurred_at, e.operation, e.entity_id AS person_id, p.full_name AS person_name, a.full_name AS actor_name, e.reason,
              (e.changes->'isAdministrator'->>'after')::boolean AS granted
         FROM audit_entry e
         JOIN person p ON p.id = e.entity_id
         LEFT JOIN person a ON a.id = e.actor_id
        WHERE e.partnership_id = $1 AND e.entity_type = 'person'
          AND (e.operation = ANY($2::text[])
               OR (e.operation IN ('create', 'update') AND e.changes ? 'isAdministrator'
                   AND (e.changes->'isAdministrator'->>'after')::boolean IS DISTINCT FROM COALESCE((e.changes->'isAdministrator'->>'before')::boolean, false)))
        ORDER BY e.id DESC LIMIT $3`,
      [actor.partnershipId, operations, limit],
    );
    return rows.map((r) => {
      const roleChange = r.operation === 'create' || r.operation === 'update';
      return {
        id: r.id,
        occurredAt: r.occurred_at,
        event: roleChange
          ? 'role_changed'
          : (AUDITED_SECURITY_OPERATIONS[r.operation] ?? (r.operation as SecurityEventType)),
        personId: r.person_id,
        personName: r.person_name,
        actorName: r.actor_name,
        detail: roleChange ? (r.granted ? 'administrator granted' : 'administrator removed') : r.reason,
      };
    });
  }
}
