import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { DataSource } from 'typeorm';

/** Every security event's name: the `event` field of its log line and the `operation` of its audit row. */
export const SECURITY_EVENT_TYPES = [
  'sign_in_failed',
  'sign_in_throttled',
  'sign_in_delay_notified',
  'sign_in_unlocked',
  'sign_in_refused_sso_only',
  'sign_in_oidc',
  'sign_in_oidc_refused',
  'password_change_refused',
  'password_change_throttled',
  'password_changed',
  'password_reset_requested',
  'password_reset_throttled',
  'password_reset',
  'role_changed',
  'person_deactivated',
  'person_reactivated',
  'single_sign_on_link_cleared',
  'access_refused',
] as const;

export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

/**
 * Audit operations that are security events although written under another name by the change itself (in its own
 * transaction): administrators see them in the same list.
 */
export const AUDITED_SECURITY_OPERATIONS: Readonly<Record<string, SecurityEventType>> = {
  change_password: 'password_changed',
  request_password_reset: 'password_reset_requested',
  reset_password: 'password_reset',
  deactivate: 'person_deactivated',
};

export interface SecurityEvent {
  readonly type: SecurityEventType;
  /** The person concerned, when known (an unknown e-mail has none). */
  readonly personId?: string | null;
  readonly partnershipId?: string | null;
  /** Who did it, when signed in (e.g. the administrator who unlocked). */
  readonly actorId?: string | null;
  /** For attempts: the e-mail typed, hashed in the log (never the address itself, never the password). */
  readonly email?: string;
  /** The client address. */
  readonly address?: string;
  /** What was refused or changed, in words safe to show an administrator (an operation name, a role). */
  readonly detail?: string;
}

const log = new Logger('Security');

/** A stable, non-reversible reference to an e-mail address for correlating log lines. */
export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 16);
}

/**
 * The one shape of a security event in the structured log: `event` names it (stable, machine-readable),
 * `category: 'security'` groups them. Never a token, a password or an e-mail address.
 */
export function logSecurityEvent(event: SecurityEvent): void {
  log.warn({
    event: event.type,
    category: 'security',
    personId: event.personId ?? null,
    partnershipId: event.partnershipId ?? null,
    actorId: event.actorId ?? null,
    emailHash: event.email === undefined ? undefined : emailHash(event.email),
    address: event.address,
    detail: event.detail,
    msg: `security event ${event.type}`,
  });
}

/** Security events to the structured log, and to the audit trail when they concern a known person. */
@Injectable()
export class SecurityEvents {
  constructor(private readonly dataSource: DataSource) {}

  /** Logs the event and writes its audit row (on its own connection: the refused change may have rolled back). */
  async record(event: SecurityEvent): Promise<void> {
    logSecurityEvent(event);
    if (!event.personId) return;
    await writeAudit(this.dataSource.manager, [
      {
        actorId: event.actorId ?? null,
        partnershipId: event.partnershipId ?? null,
        entityType: 'person',
        entityId: event.personId,
        operation: event.type,
        changes: {},
        reason: event.detail ?? null,
      },
    ]);
  }
}
