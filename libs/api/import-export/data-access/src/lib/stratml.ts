import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '@waymark/api/shared/util';
import { renderStratml, type StratmlRows } from '@waymark/api/import-export/render';
import { queryRows, type PartnershipRow, type ReportingPeriodRow, type StrategyRow } from '@waymark/api/database';

export { STRATML_PART2_NAMESPACE, xmlId, renderStratml, type StratmlRows } from '@waymark/api/import-export/render';

type StrategyReadRow = Pick<
  StrategyRow,
  'id' | 'partnership_id' | 'title' | 'description' | 'vision' | 'starts_on' | 'ends_on'
> & { partnership_name: PartnershipRow['name']; partnership_short_name: PartnershipRow['short_name'] };

/** Each query's rows as one JSON array text (in the query's own order, or `orderBy` over its columns `q.…`). */
async function readTexts(
  manager: EntityManager | DataSource,
  reads: [string, unknown[], string?][],
): Promise<string[]> {
  const out: string[] = [];
  for (const [sql, params, orderBy] of reads) {
    const [result] = await queryRows<{ rows: string }>(
      manager,
      `SELECT coalesce(json_agg(q${orderBy ? ` ORDER BY ${orderBy}` : ''}), '[]')::text AS rows FROM (${sql}) q`,
      params,
    );
    out.push(result.rows);
  }
  return out;
}

/** The rows of a StratML report; an unknown strategy or a period of another strategy is refused here, before any rendering. */
export async function loadStratmlRows(
  db: EntityManager | DataSource,
  strategyId: string,
  periodId?: string | null,
): Promise<StratmlRows> {
  const [strategy] = await queryRows<StrategyReadRow>(
    db,
    `SELECT s.*, p.name AS partnership_name, p.short_name AS partnership_short_name FROM strategy s JOIN partnership p ON p.id = s.partnership_id WHERE s.id = $1`,
    [strategyId],
  );
  if (!strategy) throw notFound('Strategy', strategyId);
  const periods = await queryRows<Pick<ReportingPeriodRow, 'id' | 'name' | 'starts_on' | 'ends_on'>>(
    db,
    `SELECT id, name, starts_on, ends_on FROM reporting_period WHERE strategy_id = $1 ORDER BY starts_on, name`,
    [strategyId],
  );
  // The large lists stay JSON text here (one string each, parsed where the XML is built): no row objects to build or copy on this thread.
  const [themes, objectives, actions, supporting, orgs, updates, people] = await readTexts(db, [
    [
      `SELECT id, title, description, sort_order FROM theme WHERE strategy_id = $1 AND archived_at IS NULL`,
      [strategyId],
    ],
    [
      `SELECT id, theme_id, title, sort_order FROM objective WHERE strategy_id = $1 AND archived_at IS NULL`,
      [strategyId],
    ],
    [`SELECT * FROM action WHERE strategy_id = $1 AND archived_at IS NULL`, [strategyId]],
    [
      `SELECT s.action_id, s.organisation_id FROM action_supporting_organisation s JOIN action a ON a.id = s.action_id WHERE a.strategy_id = $1`,
      [strategyId],
    ],
    [
      `SELECT id, name, short_name, sort_order FROM organisation WHERE partnership_id = $1 AND archived_at IS NULL ORDER BY sort_order, name`,
      [strategy.partnership_id],
      'q.sort_order, q.name',
    ],
    [
      `SELECT u.action_id, u.period_id, u.narrative, u.proposed_rag, u.validated_rag, u.lifecycle_status FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.strategy_id = $1`,
      [strategyId],
    ],
    [`SELECT id, full_name FROM person WHERE partnership_id = $1`, [strategy.partnership_id]],
  ]);
  let upTo = periods.length - 1;
  if (periodId) {
    upTo = periods.findIndex((p) => p.id === periodId);
    if (upTo < 0) throw badInput([{ field: 'periodId', message: 'This period does not belong to the strategy.' }]);
  } else {
    const today = new Date().toISOString().slice(0, 10);
    const started = periods.filter((p) => p.starts_on <= today).length - 1;
    if (started >= 0) upTo = started;
  }
  return { strategy, periods, upTo, texts: { themes, objectives, actions, supporting, orgs, updates, people } };
}

/**
 * A StratML Part 2 Performance_Report for a strategy as of a period: themes → Goal, objectives → Objective,
 * actions → qualitative PerformanceIndicator with one MeasurementInstance per period up to the chosen one
 * (RAG as a Descriptor, narrative as Description), partners → Stakeholder with role Performer.
 * Actions without an objective sit in an Objective named after their theme (StratML indicators live in objectives).
 */
export async function exportStratml(
  db: EntityManager | DataSource,
  strategyId: string,
  periodId?: string | null,
): Promise<string> {
  return renderStratml(await loadStratmlRows(db, strategyId, periodId));
}
