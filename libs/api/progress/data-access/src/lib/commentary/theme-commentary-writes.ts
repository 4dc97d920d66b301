import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import {
  camelRow,
  lockRow,
  queryRows,
  updateWithVersion,
  type ColumnValues,
  type ReportingPeriodRow,
  type StrategyRow,
  type ThemeCommentaryRow,
  type ThemeRow,
  type VersionedRecord,
} from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { assertPeriodWritable } from '../periods/period-lock';
import { VersionedCommand, blank } from '../writes/progress-update-context';

/** A commentary paragraph as the writes answer it: the row as stored. */
export type ThemeCommentaryRecord = VersionedRecord<'theme_commentary'>;

/** The accountable group's paragraphs about a theme in a period, while the period is not signed off. */
export function writeThemeCommentary(
  dataSource: DataSource,
  actor: Actor,
  cmd: { themeId: string; periodId: string; body: string; sortOrder?: number | null },
): Promise<ThemeCommentaryRecord> {
  return dataSource.transaction(async (manager) => {
    const ctx = await commentaryContext(manager, cmd.themeId, cmd.periodId);
    AccessPolicy.assertCanReview(actor, ctx.strategy, { entity: 'Theme', id: cmd.themeId });
    await assertPeriodWritable(manager, cmd.periodId, 'input.periodId');
    if (blank(cmd.body)) throw badInput([{ field: 'input.body', message: 'write the commentary paragraph.' }]);
    const rows = await queryRows<ThemeCommentaryRow>(
      manager,
      `INSERT INTO theme_commentary (theme_id, period_id, body, sort_order, author_id)
       VALUES ($1, $2, $3, COALESCE($4, (SELECT COALESCE(max(sort_order), 0) + 1 FROM theme_commentary WHERE theme_id = $1 AND period_id = $2)), $5)
       RETURNING *`,
      [cmd.themeId, cmd.periodId, cmd.body.trim(), cmd.sortOrder ?? null, actor.personId],
    );
    const after = camelRow(rows[0]);
    await commentaryAudit(manager, actor, ctx.strategy.partnershipId, after.id, 'create', diffFields(null, after));
    return after;
  });
}

export function updateThemeCommentary(
  dataSource: DataSource,
  actor: Actor,
  cmd: VersionedCommand & { body?: string | null; sortOrder?: number | null },
): Promise<ThemeCommentaryRecord> {
  return changeCommentary(dataSource, actor, cmd, 'update', () => {
    if (cmd.body !== undefined && cmd.body !== null && blank(cmd.body))
      throw badInput([{ field: 'input.body', message: 'must not be empty.' }]);
    return { body: cmd.body?.trim() ?? undefined, sortOrder: cmd.sortOrder ?? undefined, authorId: actor.personId };
  });
}

export function archiveThemeCommentary(
  dataSource: DataSource,
  actor: Actor,
  cmd: VersionedCommand,
): Promise<ThemeCommentaryRecord> {
  return changeCommentary(dataSource, actor, cmd, 'archive', () => ({ archivedAt: new Date() }));
}

async function commentaryContext(manager: EntityManager, themeId: string, periodId: string) {
  const rows = await queryRows<
    Pick<ThemeRow, 'strategy_id'> &
      Pick<StrategyRow, 'partnership_id'> & {
        period_id: ReportingPeriodRow['id'] | null;
        period_strategy_id: ReportingPeriodRow['strategy_id'] | null;
      }
  >(
    manager,
    `SELECT t.strategy_id, s.partnership_id, rp.id AS period_id, rp.strategy_id AS period_strategy_id
       FROM theme t JOIN strategy s ON s.id = t.strategy_id
       LEFT JOIN reporting_period rp ON rp.id = $2
      WHERE t.id = $1`,
    [themeId, periodId],
  );
  const row = rows[0];
  if (!row) throw notFound('Theme', themeId);
  if (!row.period_id) throw notFound('ReportingPeriod', periodId);
  if (row.period_strategy_id !== row.strategy_id) {
    throw badInput([
      { field: 'input.periodId', message: "is a reporting period of another strategy than the theme's." },
    ]);
  }
  return { strategy: { id: row.strategy_id, partnershipId: row.partnership_id } };
}

function changeCommentary(
  dataSource: DataSource,
  actor: Actor,
  cmd: VersionedCommand,
  operation: string,
  build: () => ColumnValues<'theme_commentary'>,
): Promise<ThemeCommentaryRecord> {
  return dataSource.transaction(async (manager) => {
    // A commentary never moves to another theme or period, so its keys can be read before the locks (period first).
    const [keys] = await queryRows<Pick<ThemeCommentaryRow, 'theme_id' | 'period_id'>>(
      manager,
      `SELECT theme_id, period_id FROM theme_commentary WHERE id = $1`,
      [cmd.id],
    );
    if (!keys) throw notFound('ThemeCommentary', cmd.id);
    const ctx = await commentaryContext(manager, keys.theme_id, keys.period_id);
    AccessPolicy.assertCanReview(actor, ctx.strategy, { entity: 'ThemeCommentary', id: cmd.id });
    await assertPeriodWritable(manager, keys.period_id, 'input.id');
    const current = await lockRow(manager, 'theme_commentary', cmd.id);
    if (!current) throw notFound('ThemeCommentary', cmd.id);
    if (current.archivedAt) throw badInput([{ field: 'input.id', message: 'the commentary is archived.' }]);
    const { before, after } = await updateWithVersion(manager, {
      table: 'theme_commentary',
      entity: 'ThemeCommentary',
      id: cmd.id,
      expectedVersion: cmd.version,
      set: build(),
    });
    await commentaryAudit(manager, actor, ctx.strategy.partnershipId, cmd.id, operation, diffFields(before, after));
    return after;
  });
}

function commentaryAudit(
  manager: EntityManager,
  actor: Actor,
  partnershipId: string,
  id: string,
  operation: string,
  changes: Record<string, { before: unknown; after: unknown }>,
): Promise<void> {
  return writeAudit(manager, [
    { actorId: actor.personId, partnershipId, entityType: 'theme_commentary', entityId: id, operation, changes },
  ]);
}
