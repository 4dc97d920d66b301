import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { resolveRagDefinitions } from '../rag-definitions';
import { GroupMemberView, GroupView, OrganisationView, PartnershipView, PersonView } from '../views';
import { queryRows, type PartnershipRow } from '@waymark/api/database';

/** Reads of the partnership structure, scoped to the actor's partnership; each a fixed number of statements. */
@Injectable()
export class PartnershipReadService {
  constructor(private readonly dataSource: DataSource) {}

  async partnership(actor: Actor): Promise<PartnershipView> {
    const rows = await queryRows<
      Omit<PartnershipView, 'ragDefinitions'> & { ragDefinitions: PartnershipRow['rag_definitions'] }
    >(
      this.dataSource,
      `SELECT id, name, short_name AS "shortName", rag_definitions AS "ragDefinitions", time_zone AS "timeZone", version FROM partnership WHERE id = $1`,
      [actor.partnershipId],
    );
    if (!rows[0]) throw notFound('Partnership', actor.partnershipId);
    return { ...rows[0], ragDefinitions: resolveRagDefinitions(rows[0].ragDefinitions) };
  }

  organisations(actor: Actor, includeArchived = false): Promise<OrganisationView[]> {
    AccessPolicy.assertCanRead(actor, actor.partnershipId);
    return queryRows<OrganisationView>(
      this.dataSource,
      `SELECT id, partnership_id AS "partnershipId", name, short_name AS "shortName", sort_order AS "sortOrder", version, archived_at AS "archivedAt"
       FROM organisation WHERE partnership_id = $1 AND ($2 OR archived_at IS NULL) ORDER BY sort_order, lower(name), id`,
      [actor.partnershipId, includeArchived],
    );
  }

  people(actor: Actor, includeArchived = false): Promise<PersonView[]> {
    AccessPolicy.assertCanRead(actor, actor.partnershipId);
    return queryRows<PersonView>(
      this.dataSource,
      `SELECT p.id, p.partnership_id AS "partnershipId", p.full_name AS "fullName", p.email::text AS email, p.job_title AS "jobTitle",
              p.organisation_id AS "organisationId", o.name AS "organisationName", p.is_administrator AS "isAdministrator",
              p.version, p.archived_at AS "archivedAt", p.deactivated_at AS "deactivatedAt", p.last_signed_in_at AS "lastSignedInAt",
              inv.expires_at AS "invitationExpiresAt",
              CASE WHEN p.deactivated_at IS NOT NULL THEN 'deactivated'
                   WHEN EXISTS (SELECT 1 FROM credential c WHERE c.account_id = p.account_id) THEN 'active'
                   WHEN inv.expires_at IS NOT NULL THEN 'invited'
                   ELSE 'not_invited' END AS "accountStatus"
       FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
       LEFT JOIN LATERAL (
         SELECT max(t.expires_at) AS expires_at FROM account_token t
          WHERE t.person_id = p.id AND t.purpose = 'invitation' AND t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now()
       ) inv ON true
       WHERE p.partnership_id = $1 AND ($2 OR p.archived_at IS NULL) ORDER BY lower(p.full_name), p.id`,
      [actor.partnershipId, includeArchived],
    );
  }

  /** Groups with their members: two statements however many groups. */
  async groups(actor: Actor, includeArchived = false, ids?: readonly string[]): Promise<GroupView[]> {
    AccessPolicy.assertCanRead(actor, actor.partnershipId);
    const groups = await queryRows<Omit<GroupView, 'members'>>(
      this.dataSource,
      `SELECT id, partnership_id AS "partnershipId", name, kind, description, sort_order AS "sortOrder", version, archived_at AS "archivedAt"
       FROM partnership_group WHERE partnership_id = $1 AND ($2 OR archived_at IS NULL) AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
       ORDER BY sort_order, lower(name), id`,
      [actor.partnershipId, includeArchived || ids !== undefined, ids ?? null],
    );
    const members = groups.length
      ? await queryRows<GroupMemberView & { groupId: string }>(
          this.dataSource,
          `SELECT m.group_id AS "groupId", m.person_id AS "personId", p.full_name AS "fullName", o.name AS "organisationName", m.is_chair AS "isChair"
           FROM group_membership m JOIN person p ON p.id = m.person_id LEFT JOIN organisation o ON o.id = p.organisation_id
           WHERE m.group_id = ANY($1::uuid[]) AND p.archived_at IS NULL ORDER BY m.is_chair DESC, lower(p.full_name), p.id`,
          [groups.map((g) => g.id)],
        )
      : [];
    const byGroup = new Map<string, GroupMemberView[]>();
    for (const { groupId, ...member } of members) {
      const list = byGroup.get(groupId) ?? [];
      list.push(member);
      byGroup.set(groupId, list);
    }
    return groups.map((g) => ({ ...g, members: byGroup.get(g.id) ?? [] }));
  }

  async group(actor: Actor, id: string): Promise<GroupView> {
    const [group] = await this.groups(actor, true, [id]);
    if (!group) throw notFound('Group', id);
    return group;
  }

  async organisation(actor: Actor, id: string): Promise<OrganisationView> {
    const found = (await this.organisations(actor, true)).find((o) => o.id === id);
    if (!found) throw notFound('Organisation', id);
    return found;
  }

  async person(actor: Actor, id: string): Promise<PersonView> {
    const found = (await this.people(actor, true)).find((p) => p.id === id);
    if (!found) throw notFound('Person', id);
    return found;
  }
}
