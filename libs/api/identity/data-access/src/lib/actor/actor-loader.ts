import { Injectable } from '@nestjs/common';
import { Actor } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { queryRows } from '@waymark/api/database';

/** Group kinds whose members act as delivery leads for the actions the group owns. */
export const DELIVERY_GROUP_KINDS = ['delivery_group', 'task_and_finish_group'] as const;

/** The columns `actorSql` returns (snake_case, as PostgreSQL names them). */
export interface ActorRow {
  account_id: string;
  person_id: string;
  partnership_id: string;
  full_name: string;
  is_administrator: boolean;
  group_ids: string[];
  delivery_group_ids: string[];
  reviewer_of_strategy_ids: string[];
  time_zone: string;
}

/**
 * The actor query for one person, as SQL to run alone or to join (e.g. LATERAL on the session row):
 * `personId` is an SQL expression for the person's id, `kindsParam` the placeholder for DELIVERY_GROUP_KINDS.
 */
export function actorSql(personId: string, kindsParam: string): string {
  return `SELECT p.account_id, p.id AS person_id, p.partnership_id, p.full_name, p.is_administrator,
              COALESCE(array_agg(DISTINCT g.id) FILTER (WHERE g.id IS NOT NULL), '{}') AS group_ids,
              COALESCE(array_agg(DISTINCT g.id) FILTER (WHERE g.kind::text = ANY(${kindsParam})), '{}') AS delivery_group_ids,
              COALESCE(array_agg(DISTINCT s.id) FILTER (WHERE s.id IS NOT NULL), '{}') AS reviewer_of_strategy_ids,
              (SELECT pa.time_zone FROM partnership pa WHERE pa.id = p.partnership_id) AS time_zone
         FROM person p
         LEFT JOIN group_membership gm ON gm.person_id = p.id
         LEFT JOIN partnership_group g ON g.id = gm.group_id AND g.archived_at IS NULL AND g.partnership_id = p.partnership_id
         LEFT JOIN strategy s ON s.accountable_group_id = g.id AND s.archived_at IS NULL
        WHERE p.id = ${personId} AND p.account_id IS NOT NULL AND p.archived_at IS NULL AND p.deactivated_at IS NULL
        GROUP BY p.id`;
}

/** An actor row (from `actorSql`) as an Actor; null when the person was not found (no row, or a null person_id). */
export function actorFromRow(row: ActorRow | undefined | null): Actor | null {
  if (!row?.person_id) return null;
  return {
    accountId: row.account_id,
    personId: row.person_id,
    partnershipId: row.partnership_id,
    fullName: row.full_name,
    isAdministrator: row.is_administrator,
    groupIds: row.group_ids,
    deliveryGroupIds: row.delivery_group_ids,
    reviewerOfStrategyIds: row.reviewer_of_strategy_ids,
    timeZone: row.time_zone,
  };
}

/** Loads a person and what their memberships allow, in ONE statement; null for an unknown, archived or deactivated person, or one no account signs in as. */
@Injectable()
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(personId: string): Promise<Actor | null> {
    const rows = await queryRows<ActorRow>(this.dataSource, actorSql('$1', '$2'), [personId, DELIVERY_GROUP_KINDS]);
    return actorFromRow(rows[0]);
  }
}
