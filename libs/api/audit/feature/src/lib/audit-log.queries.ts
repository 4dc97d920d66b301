import { DataSource } from 'typeorm';
import { LIVE_PLAN_NUMBERS_CTES } from '@waymark/api/shared/util';
import { queryRows } from '@waymark/api/database';

/** One audit row with its author's name; `cursorTime` is occurred_at in UTC to the microsecond (a Date loses them). */
export interface AuditLogRow {
  readonly id: string;
  readonly occurredAt: Date;
  readonly cursorTime: string;
  readonly actorName: string | null;
  readonly entityType: string;
  readonly entityId: string;
  readonly operation: string;
  readonly changes: Record<string, { before: unknown; after: unknown }>;
  readonly reason: string | null;
}

export interface AuditLogFilter {
  readonly partnershipId: string;
  readonly personId: string | null;
  readonly entityType: string | null;
  /** Calendar dates in the partnership's time zone, inclusive. */
  readonly from: string | null;
  readonly to: string | null;
  readonly after: { readonly time: string; readonly id: string } | null;
  readonly limit: number;
}

/** How a record is named and where it lives, by `${entityType}:${id}`. */
export interface RecordName {
  readonly name: string;
  /** For a sentence: "action 2.1 ii)", "the update for Q1 on action 2.1 ii)". */
  readonly inSentence: string;
  /** Web path while the record still exists; null once archived or gone. */
  readonly path: string | null;
}

/**
 * Reads of the partnership audit log. The page is one index range scan on
 * (partnership_id, occurred_at DESC, id DESC), newest first, keyset-paged.
 */
export class AuditLogQueries {
  constructor(private readonly dataSource: DataSource) {}

  async page(filter: AuditLogFilter): Promise<AuditLogRow[]> {
    return queryRows<AuditLogRow>(
      this.dataSource,
      `SELECT e.id::text AS id, e.occurred_at AS "occurredAt",
              to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "cursorTime",
              p.full_name AS "actorName", e.entity_type AS "entityType", e.entity_id AS "entityId", e.operation, e.changes, e.reason
         FROM audit_entry e
         JOIN partnership pt ON pt.id = e.partnership_id
         LEFT JOIN person p ON p.id = e.actor_id AND p.partnership_id = e.partnership_id
        WHERE e.partnership_id = $1
          AND ($2::uuid IS NULL OR e.actor_id = $2::uuid)
          AND ($3::text IS NULL OR e.entity_type = $3::text)
          AND ($4::date IS NULL OR e.occurred_at >= ($4::date)::timestamp AT TIME ZONE pt.time_zone)
          AND ($5::date IS NULL OR e.occurred_at < ($5::date + 1)::timestamp AT TIME ZONE pt.time_zone)
          AND ($6::timestamp IS NULL OR (e.occurred_at, e.id) < ($6::timestamp AT TIME ZONE 'UTC', $7::bigint))
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT $8`,
      [
        filter.partnershipId,
        filter.personId,
        filter.entityType,
        filter.from,
        filter.to,
        filter.after?.time ?? null,
        filter.after?.id ?? null,
        filter.limit,
      ],
    );
  }

  async personInPartnership(personId: string, partnershipId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM person WHERE id = $1 AND partnership_id = $2`, [
      personId,
      partnershipId,
    ]);
    return rows.length > 0;
  }

  /** The partnership's time zone (Europe/London unless set). */
  async timeZone(partnershipId: string): Promise<string> {
    const [row] = await queryRows<{ timeZone: string }>(
      this.dataSource,
      `SELECT time_zone AS "timeZone" FROM partnership WHERE id = $1`,
      [partnershipId],
    );
    return row?.timeZone ?? 'Europe/London';
  }

  /**
   * Names of the records the rows are about, only among the partnership's own records. Actions are numbered as the
   * plan numbers them ("2.1 ii)": theme.objective, then the lower-case roman numeral PostgreSQL's `RN` gives), from
   * their live siblings. One statement.
   */
  async recordNames(rows: readonly AuditLogRow[], partnershipId: string): Promise<Map<string, RecordName>> {
    const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))];
    const found = await queryRows<{ key: string; name: string; inSentence: string; path: string | null }>(
      this.dataSource,
      `WITH ${LIVE_PLAN_NUMBERS_CTES}, named_action AS (
         SELECT a.id, a.strategy_id, a.title, a.archived_at, la.number
           FROM action a JOIN strategy s ON s.id = a.strategy_id LEFT JOIN live_action la ON la.id = a.id
          WHERE s.partnership_id = $1
            AND (a.id = ANY($2::uuid[]) OR a.id IN (SELECT pu.action_id FROM progress_update pu WHERE pu.id = ANY($3::uuid[]) OR pu.id IN (SELECT progress_update_id FROM correction_proposal WHERE id = ANY($4::uuid[]))))
       )
       SELECT 'action:' || a.id AS key, coalesce(a.number || ' ', '') || a.title AS name,
              coalesce('action ' || a.number, 'action “' || a.title || '”') AS "inSentence",
              CASE WHEN a.archived_at IS NULL THEN '/strategies/' || a.strategy_id || '/actions/' || a.id END AS path
         FROM named_action a WHERE a.id = ANY($2::uuid[])
       UNION ALL
       SELECT 'progress_update:' || pu.id, rp.name || ' update of ' || coalesce(a.number || ' ', '') || a.title,
              'the update for ' || rp.name || ' on ' || coalesce('action ' || a.number, 'action “' || a.title || '”'),
              CASE WHEN a.archived_at IS NULL THEN '/strategies/' || a.strategy_id || '/actions/' || a.id END
         FROM progress_update pu JOIN named_action a ON a.id = pu.action_id JOIN reporting_period rp ON rp.id = pu.period_id
        WHERE pu.id = ANY($3::uuid[])
       UNION ALL
       SELECT 'correction_proposal:' || cp.id, 'Correction to the ' || rp.name || ' update of ' || coalesce(a.number || ' ', '') || a.title,
              'a correction to the update for ' || rp.name || ' on ' || coalesce('action ' || a.number, 'action “' || a.title || '”'),
              CASE WHEN a.archived_at IS NULL THEN '/strategies/' || a.strategy_id || '/actions/' || a.id END
         FROM correction_proposal cp JOIN progress_update pu ON pu.id = cp.progress_update_id
         JOIN named_action a ON a.id = pu.action_id JOIN reporting_period rp ON rp.id = pu.period_id
        WHERE cp.id = ANY($4::uuid[])
       UNION ALL
       SELECT 'strategy:' || s.id, s.title, 'strategy “' || s.title || '”', CASE WHEN s.archived_at IS NULL THEN '/strategies/' || s.id END
         FROM strategy s WHERE s.id = ANY($5::uuid[]) AND s.partnership_id = $1
       UNION ALL
       SELECT 'theme:' || t.id, t.title, 'theme “' || t.title || '”', CASE WHEN t.archived_at IS NULL THEN '/admin/strategies/' || s.id END
         FROM theme t JOIN strategy s ON s.id = t.strategy_id WHERE t.id = ANY($6::uuid[]) AND s.partnership_id = $1
       UNION ALL
       SELECT 'objective:' || o.id, o.title, 'objective “' || o.title || '”', CASE WHEN o.archived_at IS NULL THEN '/admin/strategies/' || s.id END
         FROM objective o JOIN strategy s ON s.id = o.strategy_id WHERE o.id = ANY($7::uuid[]) AND s.partnership_id = $1
       UNION ALL
       SELECT 'indicator:' || i.id, i.name, 'indicator “' || i.name || '”', CASE WHEN i.archived_at IS NULL THEN '/admin/strategies/' || s.id || '/indicators' END
         FROM indicator i JOIN strategy s ON s.id = i.strategy_id WHERE i.id = ANY($8::uuid[]) AND s.partnership_id = $1
       UNION ALL
       SELECT 'indicator_value:' || v.id, i.name || ', ' || rp.name, 'the ' || rp.name || ' value of indicator “' || i.name || '”',
              CASE WHEN i.archived_at IS NULL THEN '/strategies/' || s.id || '/indicators' END
         FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id JOIN strategy s ON s.id = i.strategy_id JOIN reporting_period rp ON rp.id = v.period_id
        WHERE v.id = ANY($9::uuid[]) AND s.partnership_id = $1
       UNION ALL
       SELECT 'reporting_period:' || rp.id, rp.name || ' (' || s.title || ')', 'reporting period ' || rp.name || ' of “' || s.title || '”', '/admin/periods'
         FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id WHERE rp.id = ANY($10::uuid[]) AND s.partnership_id = $1
       UNION ALL
       SELECT 'organisation:' || o.id, o.name, 'organisation “' || o.name || '”', CASE WHEN o.archived_at IS NULL THEN '/admin/directory' END
         FROM organisation o WHERE o.id = ANY($11::uuid[]) AND o.partnership_id = $1
       UNION ALL
       SELECT 'partnership_group:' || g.id, g.name, 'group “' || g.name || '”', CASE WHEN g.archived_at IS NULL THEN '/admin/directory' END
         FROM partnership_group g WHERE g.id = ANY($12::uuid[]) AND g.partnership_id = $1
       UNION ALL
       SELECT 'person:' || p.id, p.full_name, p.full_name, CASE WHEN p.archived_at IS NULL THEN '/admin/directory' END
         FROM person p WHERE p.id = ANY($13::uuid[]) AND p.partnership_id = $1
       UNION ALL
       SELECT 'partnership:' || pt.id, pt.name, 'the partnership settings', '/settings'
         FROM partnership pt WHERE pt.id = ANY($14::uuid[]) AND pt.id = $1`,
      [
        partnershipId,
        ids('action'),
        ids('progress_update'),
        ids('correction_proposal'),
        ids('strategy'),
        ids('theme'),
        ids('objective'),
        ids('indicator'),
        ids('indicator_value'),
        ids('reporting_period'),
        ids('organisation'),
        ids('partnership_group'),
        ids('person'),
        ids('partnership'),
      ],
    );
    return new Map(found.map((r) => [r.key, { name: r.name, inSentence: r.inSentence, path: r.path }]));
  }

  /** Names for the ids the rows' before/after values mention (people, organisations, groups, themes, objectives). One statement. */
  async valueNames(ids: readonly string[], partnershipId: string): Promise<Record<string, string>> {
    if (ids.length === 0) return {};
    const rows = await queryRows<{ id: string; name: string }>(
      this.dataSource,
      `SELECT id::text, full_name AS name FROM person WHERE id = ANY($1::uuid[]) AND partnership_id = $2
       UNION ALL SELECT id::text, name FROM organisation WHERE id = ANY($1::uuid[]) AND partnership_id = $2
       UNION ALL SELECT id::text, name FROM partnership_group WHERE id = ANY($1::uuid[]) AND partnership_id = $2
       UNION ALL SELECT t.id::text, t.title FROM theme t JOIN strategy s ON s.id = t.strategy_id WHERE t.id = ANY($1::uuid[]) AND s.partnership_id = $2
       UNION ALL SELECT o.id::text, o.title FROM objective o JOIN strategy s ON s.id = o.strategy_id WHERE o.id = ANY($1::uuid[]) AND s.partnership_id = $2
       UNION ALL SELECT r.id::text, r.name FROM reporting_period r JOIN strategy s ON s.id = r.strategy_id WHERE r.id = ANY($1::uuid[]) AND s.partnership_id = $2`,
      [ids, partnershipId],
    );
    return Object.fromEntries(rows.map((r) => [r.id, r.name]));
  }
}
