import { Inject, Injectable } from '@nestjs/common';
import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { Actor, badInput, conflict, type FieldProblem } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../policy/access-policy';
import { ClientSecretBox } from './client-secret-box';
import { problemsWithSingleSignOn, type UpdateSingleSignOnCommand } from './single-sign-on-validation';
import { queryRows, type PartnershipSsoRow, type PersonRow } from '@waymark/api/database';

export interface SingleSignOnAdministrator {
  readonly personId: string;
  readonly fullName: string;
  readonly email: string;
  readonly breakGlass: boolean;
}

/** What an administrator sees: never the client secret, only whether one is stored. */
export interface SingleSignOnSettings {
  readonly issuer: string | null;
  readonly clientId: string | null;
  readonly clientSecretSet: boolean;
  readonly jitEmailDomains: readonly string[];
  readonly ssoOnly: boolean;
  readonly version: number;
  readonly administrators: readonly SingleSignOnAdministrator[];
}

/** A partnership's provider, ready for the sign-in flow (secret opened). */
export interface PartnershipProvider {
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly jitEmailDomains: readonly string[];
}

/** Per-partnership OpenID Connect settings: the provider, just-in-time domains, SSO-only and break-glass administrators. */
@Injectable()
export class SingleSignOnSettingsService {
  private readonly box: ClientSecretBox;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WAYMARK_CONFIG) config: WaymarkConfig,
  ) {
    this.box = new ClientSecretBox(config.session.secrets);
  }

  async settings(actor: Actor): Promise<SingleSignOnSettings> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const [row] = await queryRows<PartnershipSsoRow>(
      this.dataSource,
      `SELECT * FROM partnership_sso WHERE partnership_id = $1`,
      [actor.partnershipId],
    );
    const administrators = await queryRows<Pick<PersonRow, 'id' | 'full_name' | 'email' | 'is_break_glass'>>(
      this.dataSource,
      `SELECT id, full_name, email, is_break_glass FROM person
        WHERE partnership_id = $1 AND is_administrator AND archived_at IS NULL AND deactivated_at IS NULL ORDER BY full_name, id`,
      [actor.partnershipId],
    );
    return {
      issuer: row?.issuer ?? null,
      clientId: row?.client_id ?? null,
      clientSecretSet: Boolean(row?.client_secret_sealed),
      jitEmailDomains: row?.jit_email_domains ?? [],
      ssoOnly: row?.sso_only ?? false,
      // A partnership without a row yet is at version 1, the version its first row starts at.
      version: row?.version ?? 1,
      administrators: administrators.map((a) => ({
        personId: a.id,
        fullName: a.full_name,
        email: a.email,
        breakGlass: a.is_break_glass,
      })),
    };
  }

  async update(actor: Actor, cmd: UpdateSingleSignOnCommand): Promise<SingleSignOnSettings> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO partnership_sso (partnership_id) VALUES ($1) ON CONFLICT DO NOTHING`, [
        actor.partnershipId,
      ]);
      const [before] = await queryRows<PartnershipSsoRow>(
        manager,
        `SELECT * FROM partnership_sso WHERE partnership_id = $1 FOR UPDATE`,
        [actor.partnershipId],
      );
      if (before.version !== cmd.version)
        throw conflict('SingleSignOnSettings', actor.partnershipId, cmd.version, { version: before.version });
      const admins = await queryRows<Pick<PersonRow, 'id' | 'is_break_glass'>>(
        manager,
        `SELECT id, is_break_glass FROM person WHERE partnership_id = $1 AND is_administrator AND archived_at IS NULL ORDER BY id`,
        [actor.partnershipId],
      );
      const issuer = cmd.issuer === undefined ? before.issuer : cmd.issuer?.trim().replace(/\/+$/, '') || null;
      const after = {
        issuer,
        clientId: issuer === null ? null : cmd.clientId === undefined ? before.client_id : cmd.clientId?.trim() || null,
        clientSecretSealed:
          issuer === null ? null : cmd.clientSecret ? this.box.seal(cmd.clientSecret) : before.client_secret_sealed,
        jitEmailDomains:
          cmd.jitEmailDomains === undefined
            ? before.jit_email_domains
            : [...new Set(cmd.jitEmailDomains.map((d) => d.trim().toLowerCase()))],
        ssoOnly: cmd.ssoOnly ?? before.sso_only,
      };
      const problems: FieldProblem[] = problemsWithSingleSignOn(after, cmd, new Set(admins.map((a) => a.id)));
      if (problems.length) throw badInput(problems);
      await manager.query(
        `UPDATE partnership_sso SET issuer = $2, client_id = $3, client_secret_sealed = $4, jit_email_domains = $5, sso_only = $6,
            version = version + 1, updated_at = now() WHERE partnership_id = $1`,
        [
          actor.partnershipId,
          after.issuer,
          after.clientId,
          after.clientSecretSealed,
          after.jitEmailDomains,
          after.ssoOnly,
        ],
      );
      const breakGlassBefore = admins.filter((a) => a.is_break_glass).map((a) => a.id);
      const breakGlassAfter =
        cmd.breakGlassPersonIds === undefined ? breakGlassBefore : [...new Set(cmd.breakGlassPersonIds)].sort();
      if (cmd.breakGlassPersonIds !== undefined) {
        await manager.query(
          `UPDATE person SET is_break_glass = (id = ANY($2::uuid[])) WHERE partnership_id = $1 AND (is_break_glass OR id = ANY($2::uuid[]))`,
          [actor.partnershipId, breakGlassAfter],
        );
      }
      const changes = diffFields(
        {
          issuer: before.issuer,
          clientId: before.client_id,
          jitEmailDomains: before.jit_email_domains,
          ssoOnly: before.sso_only,
          breakGlassPersonIds: breakGlassBefore,
        },
        {
          issuer: after.issuer,
          clientId: after.clientId,
          jitEmailDomains: after.jitEmailDomains,
          ssoOnly: after.ssoOnly,
          breakGlassPersonIds: breakGlassAfter,
        },
      );
      // The audit trail records that the secret changed, never the secret.
      if (after.clientSecretSealed !== before.client_secret_sealed)
        changes['clientSecret'] = {
          before: before.client_secret_sealed ? 'set' : null,
          after: after.clientSecretSealed ? 'changed' : null,
        };
      await writeAudit(manager, [
        {
          actorId: actor.personId,
          partnershipId: actor.partnershipId,
          entityType: 'partnership_sso',
          entityId: actor.partnershipId,
          operation: 'update',
          changes,
        },
      ]);
    });
    return this.settings(actor);
  }

  /** The partnership's provider when fully configured and its secret can be opened; else null. */
  async provider(partnershipId: string): Promise<PartnershipProvider | null> {
    const [row] = await queryRows<PartnershipSsoRow & { name: string }>(
      this.dataSource,
      `SELECT s.*, p.name FROM partnership_sso s JOIN partnership p ON p.id = s.partnership_id
        WHERE s.partnership_id = $1 AND p.archived_at IS NULL AND s.issuer IS NOT NULL AND s.client_id IS NOT NULL AND s.client_secret_sealed IS NOT NULL`,
      [partnershipId],
    );
    const clientSecret = row?.client_secret_sealed ? this.box.open(row.client_secret_sealed) : null;
    if (!row?.issuer || !row.client_id || clientSecret === null) return null;
    return {
      partnershipId,
      partnershipName: row.name,
      issuer: row.issuer,
      clientId: row.client_id,
      clientSecret,
      jitEmailDomains: row.jit_email_domains,
    };
  }

  /** Partnerships offering their own single sign-on on the sign-in page. */
  async configuredPartnerships(): Promise<Array<{ id: string; name: string }>> {
    return queryRows<{ id: string; name: string }>(
      this.dataSource,
      `SELECT p.id, p.name FROM partnership_sso s JOIN partnership p ON p.id = s.partnership_id
        WHERE p.archived_at IS NULL AND s.issuer IS NOT NULL AND s.client_id IS NOT NULL AND s.client_secret_sealed IS NOT NULL ORDER BY p.name, p.id`,
    );
  }
}
