import { Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { DataSource, EntityManager } from 'typeorm';
import { ensureAccount } from '../memberships/accounts';
import { Memberships } from '../memberships/memberships';
import type { SignInVia } from '../memberships/sign-in-via';
import { emailDomain, verifiedEmail, type OidcClaims } from './oidc-claims';
import { queryRows, type AccountRow, type PersonRow } from '@waymark/api/database';

/** Why a provider's person is not let in; each has its own plain page in the web app. */
export type OidcRefusal = 'unknown-person' | 'deactivated' | 'unverified-email' | 'other-account';

export type OidcMatch = { readonly accountId: string; readonly via: SignInVia } | { readonly refused: OidcRefusal };

/** Whose provider vouched: a partnership's own (its people only; its JIT domains), or the installation's (anyone). */
export interface OidcScope {
  readonly partnershipId: string | null;
  readonly jitEmailDomains: readonly string[];
}

/**
 * Finds the Waymark account for a validated ID token: by the provider account linked before (iss + sub), else by the
 * verified e-mail address, linking the provider account on that first match; else a just-in-time account when the
 * partnership allows the address's domain. People the provider vouches for who were added without an account yet
 * (an administrator added them, nobody invited them) are given one here, as they were matched by e-mail before.
 * The account is let in only if it may then enter at least one partnership this provider vouches for.
 */
@Injectable()
export class OidcPersonMatcher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: Memberships,
  ) {}

  match(claims: OidcClaims, scope: OidcScope): Promise<OidcMatch> {
    const via: SignInVia = { kind: 'oidc', issuer: claims.iss, partnershipId: scope.partnershipId };
    return this.dataSource.transaction(async (manager) => {
      const [linked] = await queryRows<Pick<AccountRow, 'id' | 'oidc_issuer'>>(
        manager,
        `SELECT id, oidc_issuer FROM account WHERE oidc_issuer = $1 AND oidc_subject = $2`,
        [claims.iss, claims.sub],
      );
      if (linked) return this.admit(manager, linked.id, via);
      const email = verifiedEmail(claims);
      if (!email) return { refused: 'unverified-email' };
      const waiting = await this.peopleWithoutAccount(manager, email, scope);
      let [account] = await queryRows<Pick<AccountRow, 'id' | 'oidc_issuer'>>(
        manager,
        `SELECT id, oidc_issuer FROM account WHERE email = $1 FOR UPDATE`,
        [email],
      );
      if (!account && !waiting.length) return this.justInTime(manager, claims, email, scope, via);
      // Linked to another provider account already: the address may have been given to someone new.
      if (account?.oidc_issuer) return { refused: 'other-account' };
      account ??= { id: await ensureAccount(manager, email), oidc_issuer: null };
      if (waiting.length)
        await manager.query(`UPDATE person SET account_id = $2 WHERE id = ANY($1::uuid[])`, [
          waiting.map((p) => p.id),
          account.id,
        ]);
      const admitted = await this.admit(manager, account.id, via);
      if ('refused' in admitted) return admitted;
      await manager.query(`UPDATE account SET oidc_issuer = $2, oidc_subject = $3, updated_at = now() WHERE id = $1`, [
        account.id,
        claims.iss,
        claims.sub,
      ]);
      const [person] = await queryRows<Pick<PersonRow, 'id' | 'partnership_id'>>(
        manager,
        `SELECT id, partnership_id FROM person WHERE account_id = $1 ORDER BY (partnership_id = $2) DESC NULLS LAST, created_at LIMIT 1`,
        [account.id, scope.partnershipId],
      );
      await writeAudit(manager, [
        {
          actorId: person.id,
          partnershipId: person.partnership_id,
          entityType: 'person',
          entityId: person.id,
          operation: 'link_sign_in_account',
          changes: { oidcIssuer: { before: null, after: claims.iss } },
        },
      ]);
      return admitted;
    });
  }

  /** People with this address and no account, that this provider vouches for (its partnership's, or anyone's). */
  private peopleWithoutAccount(
    manager: EntityManager,
    email: string,
    scope: OidcScope,
  ): Promise<Array<{ id: string }>> {
    return queryRows<{ id: string }>(
      manager,
      `SELECT id FROM person WHERE email = $1 AND account_id IS NULL AND archived_at IS NULL AND ($2::uuid IS NULL OR partnership_id = $2::uuid) FOR UPDATE`,
      [email, scope.partnershipId],
    );
  }

  private async admit(manager: EntityManager, accountId: string, via: SignInVia): Promise<OidcMatch> {
    if ((await this.memberships.choosable(accountId, via, manager)).length) return { accountId, via };
    const [deactivated]: unknown[] = await manager.query(
      `SELECT 1 FROM person WHERE account_id = $1 AND archived_at IS NULL AND deactivated_at IS NOT NULL AND ($2::uuid IS NULL OR partnership_id = $2::uuid)`,
      [accountId, via.kind === 'oidc' ? via.partnershipId : null],
    );
    return { refused: deactivated ? 'deactivated' : 'unknown-person' };
  }

  private async justInTime(
    manager: EntityManager,
    claims: OidcClaims,
    email: string,
    scope: OidcScope,
    via: SignInVia,
  ): Promise<OidcMatch> {
    if (!scope.partnershipId || !scope.jitEmailDomains.includes(emailDomain(email)))
      return { refused: 'unknown-person' };
    const fullName =
      typeof claims.name === 'string' && claims.name.trim()
        ? claims.name.trim().slice(0, 200)
        : email.slice(0, email.indexOf('@'));
    const [account] = await queryRows<Pick<AccountRow, 'id'>>(
      manager,
      `INSERT INTO account (email, oidc_issuer, oidc_subject) VALUES ($1, $2, $3) RETURNING id`,
      [email, claims.iss, claims.sub],
    );
    const [created] = await queryRows<Pick<PersonRow, 'id'>>(
      manager,
      `INSERT INTO person (partnership_id, full_name, email, account_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [scope.partnershipId, fullName, email, account.id],
    );
    await writeAudit(manager, [
      {
        actorId: null,
        partnershipId: scope.partnershipId,
        entityType: 'person',
        entityId: created.id,
        operation: 'create',
        changes: { fullName: { before: null, after: fullName }, email: { before: null, after: email } },
        reason: 'just-in-time account from single sign-on',
      },
    ]);
    return { accountId: account.id, via };
  }
}
