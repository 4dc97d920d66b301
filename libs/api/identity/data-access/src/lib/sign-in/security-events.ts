import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { DataSource } from 'typeorm';

export type SecurityEventType =
  | 'sign_in_failed'
  | 'sign_in_throttled'
  | 'sign_in_unlocked'
  | 'sign_in_refused_sso_only'
  | 'sign_in_oidc'
  | 'sign_in_oidc_refused'
  | 'password_change_refused'
  | 'password_change_throttled'
  | 'password_changed';

export interface SecurityEvent {
  readonly type: SecurityEventType;
  /** The person concerned, when known (an unknown e-mail has none). */
  readonly personId?: string | null;
  readonly partnershipId?: string | null;
  /** Who did it, when signed in (e.g. the administrator who unlocked). */
  readonly actorId?: string | null;
  /** For attempts: the e-mail typed, hashed (never the address itself, never the password). */
  readonly email?: string;
  readonly address?: string;
}

const log = new Logger('Security');

/** A stable, non-reversible reference to an e-mail address for correlating log lines. */
export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 16);
}

/** Security events to the structured log, and to the audit trail when they concern a known person. */
@Injectable()
export class SecurityEvents {
  constructor(private readonly dataSource: DataSource) {}

  async record(event: SecurityEvent): Promise<void> {
    log.warn({
      securityEvent: event.type,
      personId: event.personId ?? null,
      actorId: event.actorId ?? null,
      emailHash: event.email === undefined ? undefined : emailHash(event.email),
      address: event.address,
    });
    if (!event.personId) return;
    await writeAudit(this.dataSource.manager, [
      {
        actorId: event.actorId ?? null,
        partnershipId: event.partnershipId ?? null,
        entityType: 'person',
        entityId: event.personId,
        operation: event.type,
        changes: {},
      },
    ]);
  }
}
