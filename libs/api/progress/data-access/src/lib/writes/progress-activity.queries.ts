import { Injectable } from '@nestjs/common';
import { camelRow } from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';

type Row = Record<string, unknown>;

export interface OwedUpdateRow {
  readonly actionId: string;
  readonly actionRef: string | null;
  readonly actionTitle: string;
  readonly actionLifecycleStatus: string;
  readonly actionDueOn: string | null;
  readonly strategyId: string;
  readonly strategyTitle: string;
  readonly themeId: string;
  readonly themeTitle: string;
  /** 1, 2, 3… among the strategy's live themes; null when the action's theme is archived. */
  readonly themeNumber: number | null;
  /** The strategy's name for its theme level ("Strategic Aim", "Priority"…). */
  readonly themeLabel: string;
  readonly period: Row;
  readonly update: Row | null;
  readonly previousUpdate: Row | null;
  readonly previousPeriodName: string | null;
}

export interface HistoryRow {
  readonly id: string;
  readonly occurredAt: Date;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly entityType: string;
  readonly entityId: string;
  readonly periodName: string | null;
  readonly operation: string;
  readonly changes: Record<string, { before: unknown; after: unknown }>;
  readonly reason: string | null;
}

/** Reads of the progress write side: what a lead owes, and the audit history of an action. */
@Injectable()
export class ProgressActivityQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Actions the actor owes an update on (delivery group member or named lead officer; not archived,
   * complete or cancelled), for the given period or each strategy's current unsigned period
   * (open first, then in review), with this period's update and the previous period's, and the action's theme
   * (title and its number among the strategy's live themes). One statement.
   */
  async myUpdates(actor: Actor, periodId: string | null): Promise<OwedUpdateRow[]> {
    const rows: Row[] = await this.dataSource.query(
      `WITH current_period AS (
         SELECT DISTINCT ON (rp.strategy_id) rp.*
           FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id
          WHERE s.partnership_id = $1 AND s.archived_at IS NULL
            AND CASE WHEN $4::uuid IS NULL THEN rp.state <> 'signed_off' ELSE rp.id = $4::uuid END
          ORDER BY rp.strategy_id, (rp.state = 'open') DESC, rp.starts_on ASC
       ),
       theme_number AS (
         SELECT t.id, row_number() OVER (PARTITION BY t.strategy_id ORDER BY t.sort_order, t.id) AS number
           FROM theme t JOIN current_period cp ON cp.strategy_id = t.strategy_id
          WHERE t.archived_at IS NULL
       )
       SELECT a.id AS action_id, a.ref AS action_ref, a.title AS action_title, a.lifecycle_status AS action_lifecycle_status,
              a.current_due_on AS action_due_on, s.id AS strategy_id, s.title AS strategy_title,
              t.id AS theme_id, t.title AS theme_title, tn.number AS theme_number, s.theme_label,
              to_jsonb(cp) AS period, to_jsonb(pu) AS update, to_jsonb(prev_pu) AS previous_update, prev.name AS previous_period_name
         FROM action a
         JOIN strategy s ON s.id = a.strategy_id
         JOIN current_period cp ON cp.strategy_id = a.strategy_id
         JOIN theme t ON t.id = a.theme_id
         LEFT JOIN theme_number tn ON tn.id = a.theme_id
         LEFT JOIN progress_update pu ON pu.action_id = a.id AND pu.period_id = cp.id
         LEFT JOIN LATERAL (
           SELECT p.id, p.name FROM reporting_period p
            WHERE p.strategy_id = cp.strategy_id AND p.starts_on < cp.starts_on
            ORDER BY p.starts_on DESC LIMIT 1
         ) prev ON true
         LEFT JOIN progress_update prev_pu ON prev_pu.action_id = a.id AND prev_pu.period_id = prev.id
        WHERE a.archived_at IS NULL
          AND a.lifecycle_status NOT IN ('complete', 'cancelled')
          AND (a.lead_person_id = $2 OR a.delivery_group_id = ANY($3::uuid[]))
        ORDER BY cp.update_deadline, s.sort_order, s.title, a.theme_id, a.objective_id NULLS FIRST, a.sort_order`,
      [actor.partnershipId, actor.personId, actor.deliveryGroupIds, periodId],
    );
    return rows.map((r) => ({
      actionId: String(r['action_id']),
      actionRef: (r['action_ref'] as string | null) ?? null,
      actionTitle: String(r['action_title']),
      actionLifecycleStatus: String(r['action_lifecycle_status']),
      actionDueOn: (r['action_due_on'] as string | null) ?? null,
      strategyId: String(r['strategy_id']),
      strategyTitle: String(r['strategy_title']),
      themeId: String(r['theme_id']),
      themeTitle: String(r['theme_title']),
      themeNumber: r['theme_number'] === null || r['theme_number'] === undefined ? null : Number(r['theme_number']),
      themeLabel: String(r['theme_label']),
      period: camelRow(r['period'] as Row),
      update: r['update'] ? camelRow(r['update'] as Row) : null,
      previousUpdate: r['previous_update'] ? camelRow(r['previous_update'] as Row) : null,
      previousPeriodName: (r['previous_period_name'] as string | null) ?? null,
    }));
  }

  /** Author name and the previous period's narrative of one update (for staleness). One statement. */
  async updateDetails(updateId: string): Promise<{ authorName: string | null; previousNarrative: string | null }> {
    const [row]: Row[] = await this.dataSource.query(
      `SELECT author.full_name AS author_name,
              (SELECT prev_pu.narrative FROM reporting_period prev
                 JOIN progress_update prev_pu ON prev_pu.period_id = prev.id AND prev_pu.action_id = pu.action_id
                WHERE prev.strategy_id = rp.strategy_id AND prev.starts_on < rp.starts_on
                ORDER BY prev.starts_on DESC LIMIT 1) AS previous_narrative
         FROM progress_update pu
         JOIN reporting_period rp ON rp.id = pu.period_id
         LEFT JOIN person author ON author.id = pu.author_id
        WHERE pu.id = $1`,
      [updateId],
    );
    return { authorName: (row?.['author_name'] as string | null) ?? null, previousNarrative: (row?.['previous_narrative'] as string | null) ?? null };
  }

  /** Audit rows of the action and of its progress updates, oldest first. Two statements. */
  async actionHistory(actor: Actor, actionId: string): Promise<HistoryRow[]> {
    const [action]: Row[] = await this.dataSource.query(
      `SELECT s.partnership_id FROM action a JOIN strategy s ON s.id = a.strategy_id WHERE a.id = $1`,
      [actionId],
    );
    if (!action) throw notFound('Action', actionId);
    AccessPolicy.assertCanRead(actor, String(action['partnership_id']));
    const rows: Row[] = await this.dataSource.query(
      `SELECT e.id, e.occurred_at, e.actor_id, p.full_name AS actor_name, e.entity_type, e.entity_id, rp.name AS period_name,
              e.operation, e.changes, e.reason
         FROM audit_entry e
         LEFT JOIN progress_update pu ON e.entity_type = 'progress_update' AND pu.id = e.entity_id
         LEFT JOIN reporting_period rp ON rp.id = pu.period_id
         LEFT JOIN person p ON p.id = e.actor_id
        WHERE (e.entity_type = 'action' AND e.entity_id = $1)
           OR (e.entity_type = 'progress_update' AND pu.action_id = $1)
        ORDER BY e.occurred_at, e.id`,
      [actionId],
    );
    return rows.map((r) => camelRow(r) as unknown as HistoryRow);
  }
}
