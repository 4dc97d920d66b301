import { Injectable } from '@nestjs/common';
import {
  fromSnakeRow,
  queryRows,
  type PersonRow,
  type ProgressUpdateRow,
  type CamelRow,
  type SnakeRow,
  type StrategyRow,
} from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, effectiveRagSql, notFound } from '@waymark/api/shared/util';
import {
  describeHistory,
  isNotStartedYet,
  type CurrentRecords,
  type HistoryWording,
  type JsonTimestamps,
  type LifecycleStatus,
  type Rag,
  type ReportingPeriod,
  type ReviewState,
} from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import { jsonObjectSql, type JsonField, type JsonObjectSql } from './owed-updates-json.sql';

/** A progress update as the API shows it, built in SQL; timestamps are ISO text until the resolver makes them `Date`s. */
export interface OwedUpdateView {
  readonly id: string;
  readonly actionId: string;
  readonly periodId: string;
  readonly narrative: string;
  readonly proposedRag: Rag | null;
  readonly validatedRag: Rag | null;
  readonly validationReason: string | null;
  readonly effectiveRag: Rag | null;
  readonly percentComplete: number | null;
  readonly lifecycleStatus: LifecycleStatus | null;
  readonly reviewState: ReviewState;
  readonly reviewComment: string | null;
  readonly reviewedById: string | null;
  readonly reviewedAt: string | null;
  readonly submittedAt: string | null;
  readonly authorId: string | null;
  readonly authorName: null;
  readonly correctionCount: number;
  readonly lastCorrectionReason: string | null;
  /** false from SQL; the resolver sets it for this period's update (previous period's narrative compared in TS). */
  readonly isStale: boolean;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One owed update, assembled in SQL in the GraphQL model's shape (see `myUpdates`). */
export interface OwedUpdateRow {
  readonly actionId: string;
  readonly actionRef: string | null;
  readonly actionTitle: string;
  readonly actionLifecycleStatus: LifecycleStatus;
  readonly actionDueOn: string | null;
  /** ISO date the action starts; null when it started with the plan. */
  readonly actionStartsOn: string | null;
  readonly strategyId: string;
  readonly strategyTitle: string;
  readonly themeId: string;
  readonly themeTitle: string;
  /** 1, 2, 3… among the strategy's live themes; null when the action's theme is archived. */
  readonly themeNumber: number | null;
  /** The strategy's name for its theme level ("Strategic Aim", "Priority"…). */
  readonly themeLabel: string;
  readonly period: JsonTimestamps<ReportingPeriod>;
  /** The period's update deadline (ISO date). */
  readonly deadline: string;
  /** 'not_started' when there is no update yet, otherwise its review state. */
  readonly status: string;
  /** Deadline before `today` and the update not submitted. */
  readonly isOverdue: boolean;
  readonly update: OwedUpdateView | null;
  readonly previousUpdate: OwedUpdateView | null;
  readonly previousPeriodName: string | null;
}

/** Each field of an owed update's JSON and its SQL over one progress_update row (alias `u`), in the API's field names. */
const UPDATE_FIELDS_SQL = (u: string): ReadonlyArray<readonly [keyof OwedUpdateView, string]> => [
  ['id', `${u}.id`],
  ['actionId', `${u}.action_id`],
  ['periodId', `${u}.period_id`],
  ['narrative', `${u}.narrative`],
  ['proposedRag', `${u}.proposed_rag`],
  ['validatedRag', `${u}.validated_rag`],
  ['validationReason', `${u}.validation_reason`],
  ['effectiveRag', effectiveRagSql(u)],
  ['percentComplete', `${u}.percent_complete`],
  ['lifecycleStatus', `${u}.lifecycle_status`],
  ['reviewState', `${u}.review_state`],
  ['reviewComment', `${u}.review_comment`],
  ['reviewedById', `${u}.reviewed_by_id`],
  ['reviewedAt', `${u}.reviewed_at`],
  ['submittedAt', `${u}.submitted_at`],
  ['authorId', `${u}.author_id`],
  ['authorName', 'NULL::text'],
  ['correctionCount', `${u}.correction_count`],
  ['lastCorrectionReason', `${u}.last_correction_reason`],
  ['isStale', 'false'],
  ['version', `${u}.version`],
  ['createdAt', `${u}.created_at`],
  ['updatedAt', `${u}.updated_at`],
];

/** json_build_object of one progress_update row (alias `u`) with the given fields (all by default); NULL when there is none. */
const UPDATE_JSON = (u: string, fields: OwedUpdateFields = 'all') => {
  const pairs = UPDATE_FIELDS_SQL(u).filter(([key]) => fields === 'all' || fields.has(key));
  return `CASE WHEN ${u}.id IS NULL THEN NULL ELSE json_build_object(${pairs.map(([key, sql]) => `'${key}', ${sql}`).join(', ')}) END`;
};

/** Which fields of `update` and `previousUpdate` myUpdates puts in its JSON: 'all', or only the named ones. */
export type OwedUpdateFields = 'all' | ReadonlySet<string>;

/** An owed update row whose two updates hold only the fields asked for (see `myUpdates`' `fields`). */
export type NarrowedOwedUpdateRow = Omit<OwedUpdateRow, 'update' | 'previousUpdate'> & {
  readonly update: Partial<OwedUpdateView> | null;
  readonly previousUpdate: Partial<OwedUpdateView> | null;
};

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
  /** The row in words (`describeHistory`), names in place of ids. */
  readonly wording: HistoryWording;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id an audit row's before/after values mention (lead officer, organisation, group, theme…). */
function mentionedIds(rows: readonly Pick<HistoryRow, 'changes'>[]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string' && UUID.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const row of rows) {
    for (const change of Object.values(row.changes ?? {})) {
      visit(change.before);
      visit(change.after);
    }
  }
  return [...ids];
}

/** The CTEs of the owed-update statements: each strategy's current (or the given) period, and theme numbers. */
const OWED_CTES = `WITH current_period AS (
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
       )`;

/** The owed-update rows (aliases `a` action, `s`, `cp` period, `t`, `tn`, `o`, `pu` this period's update, `prev`, `prev_pu`). */
const OWED_FROM = `FROM action a
         JOIN strategy s ON s.id = a.strategy_id
         JOIN current_period cp ON cp.strategy_id = a.strategy_id
         JOIN theme t ON t.id = a.theme_id
         LEFT JOIN theme_number tn ON tn.id = a.theme_id
         LEFT JOIN objective o ON o.id = a.objective_id
         LEFT JOIN progress_update pu ON pu.action_id = a.id AND pu.period_id = cp.id
         LEFT JOIN LATERAL (
           SELECT p.id, p.name FROM reporting_period p
            WHERE p.strategy_id = cp.strategy_id AND p.starts_on < cp.starts_on
            ORDER BY p.starts_on DESC LIMIT 1
         ) prev ON true
         LEFT JOIN progress_update prev_pu ON prev_pu.action_id = a.id AND prev_pu.period_id = prev.id
        WHERE a.archived_at IS NULL
          AND a.lifecycle_status NOT IN ('complete', 'cancelled')
          AND (a.lead_person_id = $2 OR a.delivery_group_id = ANY($3::uuid[]))`;

/** Plan order: deadline, strategy, theme number, objective, action. */
const OWED_ORDER = `cp.update_deadline, s.sort_order, s.title, tn.number NULLS LAST, a.theme_id, o.sort_order NULLS FIRST, a.objective_id NULLS FIRST, a.sort_order, a.id`;

/** Each owed-update field's SQL over `OWED_FROM`, as `myUpdates` builds it (`isStale` is left to TypeScript). */
const UPDATE_OBJECT_SQL = (u: string): JsonObjectSql => ({
  fields: Object.fromEntries(UPDATE_FIELDS_SQL(u).filter(([key]) => key !== 'isStale')),
  objects: {},
});
const OWED_UPDATE_JSON_SQL: JsonObjectSql = {
  fields: {
    actionId: 'a.id',
    actionRef: 'a.ref',
    actionTitle: 'a.title',
    actionLifecycleStatus: 'a.lifecycle_status',
    actionDueOn: 'a.current_due_on',
    strategyId: 's.id',
    strategyTitle: 's.title',
    themeId: 't.id',
    themeTitle: 't.title',
    themeNumber: 'tn.number',
    themeLabel: 's.theme_label',
    deadline: 'cp.update_deadline',
    status: "coalesce(pu.review_state::text, 'not_started')",
    isOverdue:
      "cp.update_deadline < $5::date AND coalesce(pu.review_state::text, 'not_started') IN ('not_started', 'draft', 'returned')",
    previousPeriodName: 'prev.name',
  },
  objects: {
    period: {
      isNull: null,
      sql: {
        fields: {
          id: 'cp.id',
          strategyId: 'cp.strategy_id',
          name: 'cp.name',
          startsOn: 'cp.starts_on',
          endsOn: 'cp.ends_on',
          updateDeadline: 'cp.update_deadline',
          state: 'cp.state',
          signedOffAt: 'cp.signed_off_at',
          signedOffById: 'cp.signed_off_by_id',
          version: 'cp.version',
        },
        objects: {},
      },
    },
    update: { isNull: 'pu.id IS NULL', sql: UPDATE_OBJECT_SQL('pu') },
    previousUpdate: { isNull: 'prev_pu.id IS NULL', sql: UPDATE_OBJECT_SQL('prev_pu') },
  },
};

/** Reads of the progress write side: what a lead owes, and the audit history of an action. */
@Injectable()
export class ProgressActivityQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Actions the actor owes an update on (delivery group member or named lead officer; not archived,
   * complete or cancelled, and started by the period's end), for the given period or each strategy's current unsigned period
   * (open first, then in review), in plan order (theme, objective, action by their sort order), with this period's update and the previous period's, and the action's theme
   * (title and its number among the strategy's live themes). One statement, which answers the whole list as
   * one JSON text in the GraphQL model's shape (status, deadline and overdue flag included, `today` given as an
   * ISO date): Node parses one string instead of building rows and models. Left to the caller: `isStale` of this
   * period's update, and timestamps as `Date`s.
   */
  async myUpdates(actor: Actor, periodId: string | null, today: string): Promise<OwedUpdateRow[]>;
  /** The same list with only the given fields in each `update` and `previousUpdate` (what a GraphQL operation selected). */
  async myUpdates(
    actor: Actor,
    periodId: string | null,
    today: string,
    fields: { readonly update: OwedUpdateFields; readonly previousUpdate: OwedUpdateFields },
  ): Promise<NarrowedOwedUpdateRow[]>;
  async myUpdates(
    actor: Actor,
    periodId: string | null,
    today: string,
    fields: { readonly update: OwedUpdateFields; readonly previousUpdate: OwedUpdateFields } = {
      update: 'all',
      previousUpdate: 'all',
    },
  ): Promise<NarrowedOwedUpdateRow[]> {
    const [row] = await queryRows<{ list: string }>(
      this.dataSource,
      `${OWED_CTES}
       SELECT coalesce(json_agg(json_build_object(
                'actionId', a.id, 'actionRef', a.ref, 'actionTitle', a.title, 'actionLifecycleStatus', a.lifecycle_status,
                'actionDueOn', a.current_due_on, 'actionStartsOn', to_char(a.starts_on, 'YYYY-MM-DD'), 'strategyId', s.id, 'strategyTitle', s.title,
                'themeId', t.id, 'themeTitle', t.title, 'themeNumber', tn.number, 'themeLabel', s.theme_label,
                'period', json_build_object('id', cp.id, 'strategyId', cp.strategy_id, 'name', cp.name, 'startsOn', cp.starts_on,
                  'endsOn', cp.ends_on, 'updateDeadline', cp.update_deadline, 'state', cp.state, 'signedOffAt', cp.signed_off_at,
                  'signedOffById', cp.signed_off_by_id, 'version', cp.version),
                'deadline', cp.update_deadline,
                'status', coalesce(pu.review_state::text, 'not_started'),
                'isOverdue', cp.update_deadline < $5::date AND coalesce(pu.review_state::text, 'not_started') IN ('not_started', 'draft', 'returned'),
                'update', ${UPDATE_JSON('pu', fields.update)},
                'previousUpdate', ${UPDATE_JSON('prev_pu', fields.previousUpdate)},
                'previousPeriodName', prev.name)
              ORDER BY ${OWED_ORDER}), '[]')::text AS list
         ${OWED_FROM}`,
      [actor.partnershipId, actor.personId, actor.deliveryGroupIds, periodId, today],
    );
    // An action starting after the period ends owes nothing yet (the shared rule); one already drafted stays listed.
    return (JSON.parse(row.list) as NarrowedOwedUpdateRow[]).filter(
      (owed) => owed.update !== null || !isNotStartedYet(owed.actionStartsOn, owed.period.endsOn),
    );
  }

  /**
   * The same list as `myUpdates`, as the JSON text of exactly the given selection (keys, order, `__typename`, enum
   * names, timestamps as `toISOString()`): PostgreSQL writes it and Node passes it on without parsing it. Null when
   * the selection holds a field with no SQL here (`isStale`, whose rule is the shared TypeScript one): the caller
   * answers through `myUpdates`. One statement.
   */
  async myUpdatesJson(
    actor: Actor,
    periodId: string | null,
    today: string,
    selection: readonly JsonField[],
  ): Promise<string | null> {
    const item = jsonObjectSql(selection, OWED_UPDATE_JSON_SQL);
    if (item === null) return null;
    // The last condition is `isNotStartedYet`: an action starting after the period ends owes nothing yet; one
    // already drafted stays listed.
    const [row] = await queryRows<{ list: string }>(
      this.dataSource,
      `${OWED_CTES}
       SELECT '[' || coalesce(string_agg(${item}, ',' ORDER BY ${OWED_ORDER}), '') || ']' AS list
         ${OWED_FROM}
          AND (pu.id IS NOT NULL OR a.starts_on IS NULL OR a.starts_on::date <= cp.ends_on)`,
      // `today` ($5) only when a selected field uses it: PostgreSQL refuses a parameter the statement does not use.
      [actor.partnershipId, actor.personId, actor.deliveryGroupIds, periodId, ...(item.includes('$5') ? [today] : [])],
    );
    return row.list;
  }

  /** Author name and the previous period's narrative of one update (for staleness). One statement. */
  async updateDetails(updateId: string): Promise<{ authorName: string | null; previousNarrative: string | null }> {
    const [row] = await queryRows<{
      author_name: PersonRow['full_name'] | null;
      previous_narrative: ProgressUpdateRow['narrative'] | null;
    }>(
      this.dataSource,
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
    return {
      authorName: row?.author_name ?? null,
      previousNarrative: row?.previous_narrative ?? null,
    };
  }

  /**
   * Audit rows of the action, of its progress updates and of corrections proposed to them, oldest first, each with
   * its wording (names of the people, organisations, groups, themes and objectives its values mention, and the
   * updates as they are now). Four statements.
   */
  async actionHistory(actor: Actor, actionId: string): Promise<HistoryRow[]> {
    const [action] = await queryRows<Pick<StrategyRow, 'partnership_id'>>(
      this.dataSource,
      `SELECT s.partnership_id FROM action a JOIN strategy s ON s.id = a.strategy_id WHERE a.id = $1`,
      [actionId],
    );
    if (!action) throw notFound('Action', actionId);
    const partnershipId = action.partnership_id;
    AccessPolicy.assertCanRead(actor, partnershipId, { entity: 'Action', id: actionId });
    const rows = await queryRows<SnakeRow<Omit<HistoryRow, 'wording'>>>(
      this.dataSource,
      `SELECT e.id, e.occurred_at, e.actor_id, p.full_name AS actor_name, e.entity_type, e.entity_id, rp.name AS period_name,
              e.operation, e.changes, e.reason
         FROM audit_entry e
         LEFT JOIN correction_proposal cp ON e.entity_type = 'correction_proposal' AND cp.id = e.entity_id
         LEFT JOIN progress_update pu ON pu.id = CASE e.entity_type WHEN 'progress_update' THEN e.entity_id WHEN 'correction_proposal' THEN cp.progress_update_id END
         LEFT JOIN reporting_period rp ON rp.id = pu.period_id
         LEFT JOIN person p ON p.id = e.actor_id
        WHERE (e.entity_type = 'action' AND e.entity_id = $1)
           OR (e.entity_type IN ('progress_update', 'correction_proposal') AND pu.action_id = $1)
        ORDER BY e.occurred_at, e.id`,
      [actionId],
    );
    const names = await this.namesOf(mentionedIds(rows), partnershipId);
    const history = rows.map((row) => fromSnakeRow<Omit<HistoryRow, 'wording'>>(row));
    const wording = describeHistory(history, names, await this.currentUpdates(actionId));
    return history.map((row, i) => ({ ...row, wording: wording[i] }));
  }

  /** The action's updates as they are now (the RAG fields a timeline sentence may need), keyed as `describeHistory` reads them. One statement. */
  private async currentUpdates(actionId: string): Promise<CurrentRecords> {
    const rows = await queryRows<CamelRow<Pick<ProgressUpdateRow, 'id' | 'proposed_rag' | 'validated_rag'>>>(
      this.dataSource,
      `SELECT id, proposed_rag AS "proposedRag", validated_rag AS "validatedRag" FROM progress_update WHERE action_id = $1`,
      [actionId],
    );
    return Object.fromEntries(rows.map(({ id, ...rags }) => [`progress_update:${id}`, rags]));
  }

  /** Names for ids, only among the partnership's own records. One statement (none when there is nothing to name). */
  private async namesOf(ids: readonly string[], partnershipId: string): Promise<Record<string, string>> {
    if (ids.length === 0) return {};
    const rows = await queryRows<{ id: string; name: string }>(
      this.dataSource,
      `SELECT id::text, full_name AS name FROM person WHERE id = ANY($1::uuid[]) AND partnership_id = $2
       UNION ALL SELECT id::text, name FROM organisation WHERE id = ANY($1::uuid[]) AND partnership_id = $2
       UNION ALL SELECT id::text, name FROM partnership_group WHERE id = ANY($1::uuid[]) AND partnership_id = $2
       UNION ALL SELECT t.id::text, t.title FROM theme t JOIN strategy s ON s.id = t.strategy_id WHERE t.id = ANY($1::uuid[]) AND s.partnership_id = $2
       UNION ALL SELECT o.id::text, o.title FROM objective o JOIN strategy s ON s.id = o.strategy_id WHERE o.id = ANY($1::uuid[]) AND s.partnership_id = $2`,
      [ids, partnershipId],
    );
    return Object.fromEntries(rows.map((r) => [r.id, r.name]));
  }
}
