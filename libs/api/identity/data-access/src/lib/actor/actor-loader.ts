import { Injectable } from '@nestjs/common';
import { Actor } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';

/** Group kinds whose members act as delivery leads for the actions the group owns. */
export const DELIVERY_GROUP_KINDS = ['delivery_group', 'task_and_finish_group'] as const;

interface ActorRow {
  person_id: string;
  partnership_id: string;
  full_name: string;
  is_administrator: boolean;
  group_ids: string[];
  delivery_group_ids: string[];
  reviewer_of_strategy_ids: string[];
}

/** Loads a person and what their memberships allow, in ONE statement; null for an unknown or archived person. */
@Injectable()
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(personId: string): Promise<Actor | null> {
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT p.id AS person_id, p.partnership_id, p.full_name, p.is_administrator,
              COALESCE(array_agg(DISTINCT g.id) FILTER (WHERE g.id IS NOT NULL), '{}') AS group_ids,
              COALESCE(array_agg(DISTINCT g.id) FILTER (WHERE g.kind::text = ANY($2)), '{}') AS delivery_group_ids,
              COALESCE(array_agg(DISTINCT s.id) FILTER (WHERE s.id IS NOT NULL), '{}') AS reviewer_of_strategy_ids
         FROM person p
         LEFT JOIN group_membership gm ON gm.person_id = p.id
         LEFT JOIN partnership_group g ON g.id = gm.group_id AND g.archived_at IS NULL AND g.partnership_id = p.partnership_id
         LEFT JOIN strategy s ON s.accountable_group_id = g.id AND s.archived_at IS NULL
        WHERE p.id = $1 AND p.archived_at IS NULL
        GROUP BY p.id`,
      [personId, DELIVERY_GROUP_KINDS],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      personId: row.person_id,
      partnershipId: row.partnership_id,
      fullName: row.full_name,
      isAdministrator: row.is_administrator,
      groupIds: row.group_ids,
      deliveryGroupIds: row.delivery_group_ids,
      reviewerOfStrategyIds: row.reviewer_of_strategy_ids,
    };
  }
}
