import { Inject, Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { addedToPartnershipMail, enqueueMail, invitationMail } from '@waymark/api/mail/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../policy/access-policy';
import { logSecurityEvent } from '../sign-in/security-events';
import { issueAccountToken, revokeAccountTokens, setPasswordLink } from './account-tokens';
import { queryRows, type PersonRow } from '@waymark/api/database';

export interface InvitePersonFields {
  readonly email: string;
  /** Needed only when nobody in the partnership has this address yet. */
  readonly fullName?: string | null;
}

type PersonAccessRow = Pick<
  PersonRow,
  'id' | 'partnership_id' | 'full_name' | 'email' | 'archived_at' | 'deactivated_at'
> & {
  has_password: boolean;
  partnership_name: string;
};

const PERSON_FOR_ACCESS = `
  SELECT p.id, p.partnership_id, p.full_name, p.email::text AS email, p.archived_at, p.deactivated_at,
         EXISTS (SELECT 1 FROM credential c WHERE c.account_id = p.account_id) AS has_password, pa.name AS partnership_name
    FROM person p JOIN partnership pa ON pa.id = p.partnership_id`;

/** Administrators' control of who can sign in: invitations (send, resend, revoke) and deactivation. */
@Injectable()
export class PersonAccessService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  /**
   * Invites the person with this address, creating them when the partnership has nobody with it. Someone who already
   * signs in for another partnership gets this partnership added to their account at once (no second password) and
   * an e-mail saying so; anyone else gets a one-time link to set their password.
   */
  async invite(actor: Actor, fields: InvitePersonFields): Promise<string> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    return this.dataSource.transaction(async (manager) => {
      const email = fields.email.trim();
      let [person] = await this.rows(manager, `WHERE p.partnership_id = $2 AND p.email = $1 FOR UPDATE OF p`, [
        email,
        actor.partnershipId,
      ]);
      if (person?.archived_at)
        throw badInput([
          { field: 'input.email', message: 'This person is archived. Restore them before inviting them.' },
        ]);
      if (person && person.has_password && !person.deactivated_at) {
        throw badInput([
          {
            field: 'input.email',
            message: 'This person already has an active account. They can use “Forgot your password?” to sign in.',
          },
        ]);
      }
      if (!person) {
        const fullName = fields.fullName?.trim();
        if (!fullName)
          throw badInput([{ field: 'input.fullName', message: 'Enter the full name of the person you are inviting.' }]);
        const [{ id }] = await queryRows<Pick<PersonRow, 'id'>>(
          manager,
          `INSERT INTO person (partnership_id, full_name, email) VALUES ($1, $2, $3) RETURNING id`,
          [actor.partnershipId, fullName, email],
        );
        await this.audit(manager, actor, id, 'create', {
          fullName: { before: null, after: fullName },
          email: { before: null, after: email },
        });
        [person] = await this.rows(manager, `WHERE p.id = $1`, [id]);
      }
      const accountId = await this.accountSigningInElsewhere(manager, email, actor.partnershipId);
      if (accountId) await this.addMembership(manager, actor, person, accountId);
      else await this.sendInvitation(manager, actor, person, 'invite');
      return person.id;
    });
  }

  /** A new invitation link (the earlier one stops working), for someone who has not accepted yet. */
  async resend(actor: Actor, personId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const person = await this.load(manager, actor, personId);
      if (person.has_password && !person.deactivated_at) {
        throw badInput([{ field: 'input.personId', message: 'This person has already accepted their invitation.' }]);
      }
      await this.sendInvitation(manager, actor, person, 'resend_invitation');
    });
  }

  async revoke(actor: Actor, personId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.load(manager, actor, personId);
      if ((await revokeAccountTokens(manager, personId, 'invitation')) === 0) {
        throw badInput([{ field: 'input.personId', message: 'This person has no invitation waiting to be accepted.' }]);
      }
      await this.audit(manager, actor, personId, 'revoke_invitation', {});
    });
  }

  /**
   * They cannot sign in to this partnership from now on, and every session of theirs in it ends at once; their name
   * stays in history. Their account and its other partnerships are untouched.
   */
  async deactivate(actor: Actor, personId: string): Promise<void> {
    if (personId === actor.personId)
      throw badInput([{ field: 'input.personId', message: 'You cannot deactivate yourself.' }]);
    await this.dataSource.transaction(async (manager) => {
      const person = await this.load(manager, actor, personId);
      if (person.deactivated_at)
        throw badInput([{ field: 'input.personId', message: 'This person is already deactivated.' }]);
      await manager.query(
        `UPDATE person SET deactivated_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [personId],
      );
      await manager.query(`DELETE FROM user_session WHERE sess->>'personId' = $1`, [personId]);
      await revokeAccountTokens(manager, personId);
      await this.audit(manager, actor, personId, 'deactivate', { deactivated: { before: false, after: true } });
    });
    logSecurityEvent({
      type: 'person_deactivated',
      personId,
      partnershipId: actor.partnershipId,
      actorId: actor.personId,
    });
  }

  /** The account with this address that can sign in (password or single sign-on) and has a live membership elsewhere. */
  private async accountSigningInElsewhere(
    manager: EntityManager,
    email: string,
    partnershipId: string,
  ): Promise<string | null> {
    const [account] = await queryRows<{ id: string }>(
      manager,
      `SELECT a.id FROM account a
        WHERE a.email = $1 AND (a.oidc_issuer IS NOT NULL OR EXISTS (SELECT 1 FROM credential c WHERE c.account_id = a.id))
          AND EXISTS (SELECT 1 FROM person o WHERE o.account_id = a.id AND o.partnership_id <> $2 AND o.archived_at IS NULL AND o.deactivated_at IS NULL)
        FOR UPDATE OF a`,
      [email, partnershipId],
    );
    return account?.id ?? null;
  }

  private async addMembership(
    manager: EntityManager,
    actor: Actor,
    person: PersonAccessRow,
    accountId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE person SET account_id = $2, deactivated_at = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
      [person.id, accountId],
    );
    await revokeAccountTokens(manager, person.id, 'invitation');
    await enqueueMail(manager, {
      partnershipId: person.partnership_id,
      to: person.email,
      content: addedToPartnershipMail({
        fullName: person.full_name,
        partnershipName: person.partnership_name,
        link: `${this.config.publicUrl}/sign-in`,
      }),
    });
    await this.audit(manager, actor, person.id, 'invite', { membership: { before: null, after: 'existing account' } });
  }

  private async sendInvitation(
    manager: EntityManager,
    actor: Actor,
    person: PersonAccessRow,
    operation: string,
  ): Promise<void> {
    const days = this.config.identity.invitationDays;
    const { token } = await issueAccountToken(manager, {
      personId: person.id,
      purpose: 'invitation',
      lifetimeMinutes: days * 24 * 60,
      createdBy: actor.personId,
    });
    await enqueueMail(manager, {
      partnershipId: person.partnership_id,
      to: person.email,
      content: invitationMail({
        fullName: person.full_name,
        partnershipName: person.partnership_name,
        link: setPasswordLink(this.config.publicUrl, token),
        expiresInDays: days,
      }),
    });
    await this.audit(manager, actor, person.id, operation, {});
  }

  private async load(manager: EntityManager, actor: Actor, personId: string): Promise<PersonAccessRow> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const [person] = await this.rows(
      manager,
      `WHERE p.id = $1 AND p.partnership_id = $2 AND p.archived_at IS NULL FOR UPDATE OF p`,
      [personId, actor.partnershipId],
    );
    if (!person) throw notFound('Person', personId);
    return person;
  }

  private rows(manager: EntityManager, where: string, params: unknown[]): Promise<PersonAccessRow[]> {
    return queryRows<PersonAccessRow>(manager, `${PERSON_FOR_ACCESS} ${where}`, params);
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    personId: string,
    operation: string,
    changes: Record<string, { before: unknown; after: unknown }>,
  ): Promise<void> {
    return writeAudit(manager, [
      {
        actorId: actor.personId,
        partnershipId: actor.partnershipId,
        entityType: 'person',
        entityId: personId,
        operation,
        changes,
      },
    ]);
  }
}
