import { Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { DataSource, EntityManager } from 'typeorm';
import { emailDomain, verifiedEmail, type OidcClaims } from './oidc-claims';

/** Why a provider's person is not let in; each has its own plain page in the web app. */
export type OidcRefusal = 'unknown-person' | 'deactivated' | 'unverified-email' | 'other-account';

export type OidcMatch = { readonly personId: string } | { readonly refused: OidcRefusal };

/** Whose provider vouched: a partnership's own (its people only; its JIT domains), or the installation's (anyone). */
export interface OidcScope {
  readonly partnershipId: string | null;
  readonly jitEmailDomains: readonly string[];
}

interface PersonRow {
  id: string;
  partnership_id: string;
  archived_at: Date | null;
  deactivated_at: Date | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
}

const PERSON_COLUMNS = 'id, partnership_id, archived_at, deactivated_at, oidc_issuer, oidc_subject';

/**
 * Finds the Waymark person for a validated ID token: by the provider account linked before (iss + sub), else by the
 * verified e-mail address, linking the account on that first match; else a just-in-time account when the
 * partnership allows the address's domain.
 */
@Injectable()
export class OidcPersonMatcher {
  constructor(private readonly dataSource: DataSource) {}

  match(claims: OidcClaims, scope: OidcScope): Promise<OidcMatch> {
    return this.dataSource.transaction(async (manager) => {
      const [linked]: PersonRow[] = await manager.query(`SELECT ${PERSON_COLUMNS} FROM person WHERE oidc_issuer = $1 AND oidc_subject = $2`, [
        claims.iss,
        claims.sub,
      ]);
      if (linked) return admit(linked, scope);
      const email = verifiedEmail(claims);
      if (!email) return { refused: 'unverified-email' };
      const [person]: PersonRow[] = await manager.query(`SELECT ${PERSON_COLUMNS} FROM person WHERE email = $1 FOR UPDATE`, [email]);
      if (!person) return this.justInTime(manager, claims, email, scope);
      const admitted = admit(person, scope);
      if ('refused' in admitted) return admitted;
      // Linked to another provider account already: the address may have been given to someone new.
      if (person.oidc_issuer !== null) return { refused: 'other-account' };
      await manager.query(`UPDATE person SET oidc_issuer = $2, oidc_subject = $3 WHERE id = $1`, [person.id, claims.iss, claims.sub]);
      await writeAudit(manager, [
        { actorId: person.id, partnershipId: person.partnership_id, entityType: 'person', entityId: person.id, operation: 'link_sign_in_account', changes: { oidcIssuer: { before: null, after: claims.iss } } },
      ]);
      return admitted;
    });
  }

  private async justInTime(manager: EntityManager, claims: OidcClaims, email: string, scope: OidcScope): Promise<OidcMatch> {
    if (!scope.partnershipId || !scope.jitEmailDomains.includes(emailDomain(email))) return { refused: 'unknown-person' };
    const fullName = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email.slice(0, email.indexOf('@'));
    const [created]: Array<{ id: string }> = await manager.query(
      `INSERT INTO person (partnership_id, full_name, email, oidc_issuer, oidc_subject) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [scope.partnershipId, fullName, email, claims.iss, claims.sub],
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
    return { personId: created.id };
  }
}

function admit(person: PersonRow, scope: OidcScope): OidcMatch {
  // A partnership's provider vouches for that partnership's people only.
  if (person.archived_at || (scope.partnershipId && person.partnership_id !== scope.partnershipId)) return { refused: 'unknown-person' };
  if (person.deactivated_at) return { refused: 'deactivated' };
  return { personId: person.id };
}
