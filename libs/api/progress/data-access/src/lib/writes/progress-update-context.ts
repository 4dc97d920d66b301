import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import {
  camelRow,
  queryRows,
  updateWithVersion,
  type ActionRow,
  type CamelRow,
  type ColumnValues,
  type DomainRow,
  type JsonRow,
  type ProgressUpdateRow,
  type ReportingPeriodRow,
  type StrategyRow,
  type VersionedRecord,
} from '@waymark/api/database';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import { LifecycleStatus, Rag, ReviewState, ragApplies } from '@waymark/shared/domain';
import { EntityManager } from 'typeorm';

/** A progress update as the writes answer it: the row as stored. */
export type ProgressUpdateRecord = VersionedRecord<'progress_update'>;
/** A progress update as the context reads it (`to_jsonb`, camelCased): timestamps as ISO text. */
export type StoredProgressUpdate = CamelRow<StoredUpdateRow>;

type ContextRow = DomainRow<
  Pick<ActionRow, 'strategy_id' | 'delivery_group_id' | 'lead_person_id'> &
    Pick<StrategyRow, 'partnership_id'> & {
      action_id: ActionRow['id'];
      action_archived: boolean;
      action_lifecycle: ActionRow['lifecycle_status'];
      /** Null when there is no such period (the LEFT JOIN of contextForActionPeriod). */
      period_id: ReportingPeriodRow['id'] | null;
      period_strategy_id: ReportingPeriodRow['strategy_id'] | null;
    }
> & { update_row: StoredUpdateRow | null };
type StoredUpdateRow = DomainRow<JsonRow<ProgressUpdateRow>>;

export interface VersionedCommand {
  readonly id: string;
  readonly version: number;
}

/** Ownership and state of an update's action, strategy and period: one statement. */
export interface UpdateContext {
  readonly update: StoredProgressUpdate | null;
  readonly actionId: string;
  readonly actionArchived: boolean;
  readonly actionLifecycle: LifecycleStatus;
  readonly strategyId: string;
  readonly partnershipId: string;
  readonly deliveryGroupId: string | null;
  readonly leadPersonId: string | null;
  readonly periodId: string;
  readonly periodStrategyId: string;
}

/** The context of an update that exists. */
export type ExistingUpdateContext = UpdateContext & { readonly update: StoredProgressUpdate };

export const EDITABLE_STATES: readonly string[] = [ReviewState.Draft, ReviewState.Returned];
export const blank = (text: string | null | undefined) => !text || text.trim() === '';

export async function contextForActionPeriod(
  manager: EntityManager,
  actionId: string,
  periodId: string,
): Promise<UpdateContext> {
  const rows = await queryRows<ContextRow>(
    manager,
    `SELECT a.id AS action_id, a.archived_at IS NOT NULL AS action_archived, a.lifecycle_status AS action_lifecycle,
            a.strategy_id, s.partnership_id, a.delivery_group_id, a.lead_person_id,
            rp.id AS period_id, rp.strategy_id AS period_strategy_id,
            (SELECT to_jsonb(pu) FROM progress_update pu WHERE pu.action_id = a.id AND pu.period_id = rp.id) AS update_row
       FROM action a JOIN strategy s ON s.id = a.strategy_id
       LEFT JOIN reporting_period rp ON rp.id = $2
      WHERE a.id = $1`,
    [actionId, periodId],
  );
  if (!rows[0]) throw notFound('Action', actionId);
  if (!rows[0].period_id) throw notFound('ReportingPeriod', periodId);
  const ctx = toContext(rows[0]);
  if (ctx.periodStrategyId !== ctx.strategyId) {
    throw badInput([
      { field: 'input.periodId', message: "is a reporting period of another strategy than the action's." },
    ]);
  }
  return ctx;
}

export async function contextForUpdate(manager: EntityManager, updateId: string): Promise<ExistingUpdateContext> {
  const rows = await queryRows<Omit<ContextRow, 'update_row'> & { update_row: StoredUpdateRow }>(
    manager,
    `SELECT a.id AS action_id, a.archived_at IS NOT NULL AS action_archived, a.lifecycle_status AS action_lifecycle,
            a.strategy_id, s.partnership_id, a.delivery_group_id, a.lead_person_id,
            rp.id AS period_id, rp.strategy_id AS period_strategy_id, to_jsonb(pu) AS update_row
       FROM progress_update pu
       JOIN action a ON a.id = pu.action_id
       JOIN strategy s ON s.id = a.strategy_id
       JOIN reporting_period rp ON rp.id = pu.period_id
      WHERE pu.id = $1`,
    [updateId],
  );
  if (!rows[0]) throw notFound('ProgressUpdate', updateId);
  return { ...toContext(rows[0]), update: camelRow(rows[0].update_row) };
}

function toContext(row: ContextRow): UpdateContext {
  return {
    update: row.update_row ? camelRow(row.update_row) : null,
    actionId: row.action_id,
    actionArchived: row.action_archived,
    actionLifecycle: row.action_lifecycle,
    strategyId: row.strategy_id,
    partnershipId: row.partnership_id,
    deliveryGroupId: row.delivery_group_id ?? null,
    leadPersonId: row.lead_person_id ?? null,
    periodId: String(row.period_id),
    periodStrategyId: String(row.period_strategy_id),
  };
}

export function assertRag(lifecycle: LifecycleStatus, rag: Rag | null | undefined, field: string): void {
  if (ragApplies(lifecycle) && !rag) {
    throw badInput([
      { field, message: 'choose Red, Amber or Green: RAG is required while the action is in progress or ongoing.' },
    ]);
  }
  if (!ragApplies(lifecycle) && rag) {
    throw badInput([
      {
        field,
        message: `RAG only applies while an action is in progress or ongoing (this update says ${lifecycle.replace('_', ' ')}).`,
      },
    ]);
  }
}

export function auditProgressUpdate(
  manager: EntityManager,
  actor: Actor,
  ctx: UpdateContext,
  id: string,
  operation: string,
  changes: Record<string, { before: unknown; after: unknown }>,
  reason: string | null = null,
): Promise<void> {
  return writeAudit(manager, [
    {
      actorId: actor.personId,
      partnershipId: ctx.partnershipId,
      entityType: 'progress_update',
      entityId: id,
      operation,
      changes,
      reason,
    },
  ]);
}

/** A versioned update of the progress update with its audit row. */
export async function transitionProgressUpdate(
  manager: EntityManager,
  actor: Actor,
  ctx: UpdateContext,
  cmd: VersionedCommand,
  operation: string,
  set: ColumnValues<'progress_update'>,
  reason: string | null = null,
): Promise<ProgressUpdateRecord> {
  const { before, after } = await updateWithVersion(manager, {
    table: 'progress_update',
    entity: 'ProgressUpdate',
    id: cmd.id,
    expectedVersion: cmd.version,
    set,
  });
  await auditProgressUpdate(manager, actor, ctx, cmd.id, operation, diffFields(before, after), reason);
  return after;
}
