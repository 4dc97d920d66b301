import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, effectiveRagSql } from '@waymark/api/shared/util';
import { LifecycleStatus, Rag } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import { todayIso, toActionView } from '../tree/tree.assembler';
import { ACTION_COLUMNS, ACTION_JOINS, ActionRow } from '../tree/tree.queries';
import { ActionView } from '../tree/tree.views';
import { loadUpdatesByAction } from '../tree/updates.queries';
import { queryRows } from '@waymark/api/database';

export interface ActionFilter {
  readonly strategyId?: string | null;
  readonly themeId?: string | null;
  readonly objectiveId?: string | null;
  readonly deliveryGroupId?: string | null;
  readonly leadOrganisationId?: string | null;
  readonly leadPersonId?: string | null;
  readonly lifecycleStatuses?: readonly LifecycleStatus[] | null;
  /** Effective RAG (validated, else proposed) in `ragPeriodId`, or in the latest update when no period is given. */
  readonly rags?: readonly Rag[] | null;
  readonly ragPeriodId?: string | null;
  readonly overdue?: boolean | null;
  readonly missingUpdateForPeriodId?: string | null;
  /** Only these actions (search results); not offered in the GraphQL filter input. */
  readonly actionIds?: readonly string[] | null;
}

/**
 * `FROM … WHERE …` of the partnership's live actions (alias `a`, with `s`, `t`, `ob` and the ACTION_JOINS) that
 * match a filter; parameters $1–$14 come from filteredActionsParams. Shared by the filtered list and the search.
 */
export const FILTERED_ACTIONS_FROM = `FROM action a ${ACTION_JOINS}
       JOIN strategy s ON s.id = a.strategy_id
       JOIN theme t ON t.id = a.theme_id AND t.archived_at IS NULL
       LEFT JOIN objective ob ON ob.id = a.objective_id
       LEFT JOIN LATERAL (
         SELECT ${effectiveRagSql('u')} AS rag FROM progress_update u JOIN reporting_period rp ON rp.id = u.period_id
         WHERE $10::rag[] IS NOT NULL AND u.action_id = a.id AND ($9::uuid IS NULL OR u.period_id = $9) ORDER BY rp.starts_on DESC, rp.id DESC LIMIT 1
       ) er ON true
       WHERE s.partnership_id = $1 AND s.archived_at IS NULL AND a.archived_at IS NULL AND (a.objective_id IS NULL OR ob.archived_at IS NULL)
         AND ($2::uuid IS NULL OR a.strategy_id = $2) AND ($3::uuid IS NULL OR a.theme_id = $3) AND ($4::uuid IS NULL OR a.objective_id = $4)
         AND ($5::uuid IS NULL OR a.delivery_group_id = $5) AND ($6::uuid IS NULL OR a.lead_organisation_id = $6)
         AND ($7::uuid IS NULL OR a.lead_person_id = $7) AND ($8::lifecycle_status[] IS NULL OR a.lifecycle_status = ANY($8::lifecycle_status[]))
         AND ($10::rag[] IS NULL OR er.rag = ANY($10::rag[]))
         AND ($11::boolean IS NULL OR (a.current_due_on IS NOT NULL AND a.current_due_on < $12::date
              AND a.lifecycle_status NOT IN ('complete', 'cancelled', 'ongoing')) = $11)
         AND ($13::uuid IS NULL OR (a.strategy_id = (SELECT strategy_id FROM reporting_period WHERE id = $13)
              AND NOT EXISTS (SELECT 1 FROM progress_update m WHERE m.action_id = a.id AND m.period_id = $13)))
         AND ($14::uuid[] IS NULL OR a.id = ANY($14::uuid[]))`;

export function filteredActionsParams(actor: Actor, filter: ActionFilter, today: string): unknown[] {
  return [
    actor.partnershipId,
    filter.strategyId ?? null,
    filter.themeId ?? null,
    filter.objectiveId ?? null,
    filter.deliveryGroupId ?? null,
    filter.leadOrganisationId ?? null,
    filter.leadPersonId ?? null,
    filter.lifecycleStatuses?.length ? filter.lifecycleStatuses : null,
    filter.ragPeriodId ?? null,
    filter.rags?.length ? filter.rags : null,
    filter.overdue ?? null,
    today,
    filter.missingUpdateForPeriodId ?? null,
    filter.actionIds ?? null,
  ];
}

/**
 * Positions of the listed actions ($2) among their live siblings in the themes $1, numbered in the database so a
 * short list (50 search results) does not load every sibling: the order of compareOrdered (sort order, then id;
 * uuids order as their lower-case text does) within the parent of actionParentKey (objective, else theme).
 */
const ACTION_POSITIONS_SQL = `
  SELECT id, position FROM (
    SELECT id, (row_number() OVER (PARTITION BY objective_id, CASE WHEN objective_id IS NULL THEN theme_id END ORDER BY sort_order, id))::int AS position
    FROM action WHERE theme_id = ANY($1::uuid[]) AND archived_at IS NULL
  ) numbered WHERE id = ANY($2::uuid[])`;

/** Filtered action lists: one set-based filter statement, then siblings (for numbering) and updates. */
@Injectable()
export class ActionFilterService {
  constructor(private readonly dataSource: DataSource) {}

  async actions(actor: Actor, filter: ActionFilter): Promise<ActionView[]> {
    AccessPolicy.assertCanRead(actor, actor.partnershipId);
    const today = todayIso(actor.timeZone);
    const rows = await queryRows<ActionRow>(
      this.dataSource,
      `SELECT ${ACTION_COLUMNS} ${FILTERED_ACTIONS_FROM}
       ORDER BY s.sort_order, s.id, t.sort_order, t.id, ob.sort_order NULLS FIRST, ob.id, a.sort_order, a.id`,
      filteredActionsParams(actor, filter, today),
    );
    if (rows.length === 0) return [];
    const themeIds = [...new Set(rows.map((r) => r.themeId))];
    const actionIds = rows.map((r) => r.id);
    const [numbered, updates] = await Promise.all([
      queryRows<Pick<ActionRow, 'id'> & { position: number }>(this.dataSource, ACTION_POSITIONS_SQL, [
        themeIds,
        actionIds,
      ]),
      loadUpdatesByAction(this.dataSource, { actionIds }),
    ]);
    const positions = new Map(numbered.map((row) => [row.id, row.position]));
    return rows.map((row) => toActionView(row, positions.get(row.id) ?? 0, updates.get(row.id) ?? [], today));
  }
}
