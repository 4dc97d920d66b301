import { Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { endAccountSessions } from '../memberships/accounts';
import { AccessPolicy } from '../policy/access-policy';
import { logSecurityEvent } from '../sign-in/security-events';
import { queryRows } from '@waymark/api/database';

export interface SingleSignOnLink {
  readonly personId: string;
  readonly fullName: string;
  readonly email: string;
  /** The provider the person is linked to (its issuer URL), or null when not linked. */
  readonly issuer: string | null;
}

/**
 * A person's link to a provider account (`iss` + `sub`, stored at their first single sign-on). An administrator can
 * clear it, so the person's next single sign-on links afresh, e.g. to a new provider account.
 */
@Injectable()
export class SingleSignOnLinkService {
  constructor(private readonly dataSource: DataSource) {}

  async describe(actor: Actor, personId: string): Promise<SingleSignOnLink> {
    return this.load(this.dataSource.manager, actor, personId, false);
  }

  /** Clears the link and ends the person's sessions (one may have come through the link being cleared). Audited. */
  async clear(actor: Actor, personId: string): Promise<SingleSignOnLink> {
    const cleared = await this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, actor, personId, true);
      if (before.issuer === null)
        throw badInput([
          { field: 'input.personId', message: 'This person is not linked to a single sign-on account.' },
        ]);
      // The link belongs to the person's account, so it is cleared for every partnership the account enters.
      await manager.query(
        `UPDATE account SET oidc_issuer = NULL, oidc_subject = NULL, updated_at = now() WHERE id = $1`,
        [before.accountId],
      );
      if (before.accountId) await endAccountSessions(manager, before.accountId);
      await writeAudit(manager, [
        {
          actorId: actor.personId,
          partnershipId: actor.partnershipId,
          entityType: 'person',
          entityId: personId,
          operation: 'single_sign_on_link_cleared',
          changes: { singleSignOnIssuer: { before: before.issuer, after: null } },
        },
      ]);
      return { ...before, issuer: null };
    });
    logSecurityEvent({
      type: 'single_sign_on_link_cleared',
      personId,
      partnershipId: actor.partnershipId,
      actorId: actor.personId,
    });
    return cleared;
  }

  /** Another partnership's person answers NOT_FOUND, exactly as an id that exists nowhere. */
  private async load(
    manager: EntityManager,
    actor: Actor,
    personId: string,
    lock: boolean,
  ): Promise<SingleSignOnLink & { accountId: string | null }> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const [row] = await queryRows<SingleSignOnLink & { accountId: string | null }>(
      manager,
      `SELECT p.id AS "personId", p.full_name AS "fullName", p.email::text AS email, a.oidc_issuer AS issuer, p.account_id AS "accountId"
         FROM person p LEFT JOIN account a ON a.id = p.account_id
        WHERE p.id = $1 AND p.partnership_id = $2 AND p.archived_at IS NULL ${lock ? 'FOR UPDATE OF p' : ''}`,
      [personId, actor.partnershipId],
    );
    if (!row) throw notFound('Person', personId);
    return row;
  }
}
