import { diffFields } from '@waymark/api/audit/data-access';
import { camelRow, queryRows, updateWithVersion, type DomainRow, type ProgressUpdateRow } from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, FieldProblem, badInput, conflict, notFound } from '@waymark/api/shared/util';
import { LifecycleStatus, Rag, ReviewState, ragApplies } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import {
  EDITABLE_STATES,
  ProgressUpdateRecord,
  StoredProgressUpdate,
  VersionedCommand,
  assertRag,
  auditProgressUpdate,
  blank,
  contextForActionPeriod,
  contextForUpdate,
  transitionProgressUpdate,
} from './progress-update-context';
import { assertPeriodWritable } from '../periods/period-lock';

export interface SaveProgressUpdateCommand {
  readonly actionId: string;
  readonly periodId: string;
  /** Required when the update already exists (optimistic concurrency). */
  readonly version?: number | null;
  readonly narrative: string;
  readonly proposedRag?: Rag | null;
  readonly percentComplete?: number | null;
  readonly lifecycleStatus?: LifecycleStatus | null;
}

/** The lead's draft for an action and period: created on first save, edited while draft or returned. */
export function saveProgressUpdate(
  dataSource: DataSource,
  actor: Actor,
  cmd: SaveProgressUpdateCommand,
): Promise<ProgressUpdateRecord> {
  return dataSource.transaction(async (manager) => {
    const ctx = await contextForActionPeriod(manager, cmd.actionId, cmd.periodId);
    AccessPolicy.assertCanWriteUpdate(actor, ctx, { entity: 'Action', id: cmd.actionId });
    if (ctx.actionArchived)
      throw badInput([{ field: 'input.actionId', message: 'is archived; it takes no more updates.' }]);
    await assertPeriodWritable(manager, ctx.periodId, 'input.periodId', ctx.update ? 'change' : 'create');
    const lifecycle = cmd.lifecycleStatus ?? ctx.actionLifecycle;
    assertRag(lifecycle, cmd.proposedRag ?? null, 'input.proposedRag');
    const values = {
      narrative: cmd.narrative,
      proposedRag: ragApplies(lifecycle) ? (cmd.proposedRag ?? null) : null,
      percentComplete: cmd.percentComplete ?? null,
      lifecycleStatus: cmd.lifecycleStatus ?? null,
      authorId: actor.personId,
    };
    if (!ctx.update) {
      if (cmd.version != null) throw notFound('ProgressUpdate', `${cmd.actionId}/${cmd.periodId}`);
      const rows = await queryRows<DomainRow<ProgressUpdateRow>>(
        manager,
        `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, percent_complete, lifecycle_status, author_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (action_id, period_id) DO NOTHING RETURNING *`,
        [
          cmd.actionId,
          cmd.periodId,
          values.narrative,
          values.proposedRag,
          values.percentComplete,
          values.lifecycleStatus,
          values.authorId,
        ],
      );
      if (rows.length === 0) throw conflict('ProgressUpdate', `${cmd.actionId}/${cmd.periodId}`, 0, null);
      const after = camelRow(rows[0]);
      await auditProgressUpdate(manager, actor, ctx, after.id, 'create', diffFields(null, after));
      return after;
    }
    const id = ctx.update.id;
    if (cmd.version == null) throw conflict('ProgressUpdate', id, 0, ctx.update);
    if (!EDITABLE_STATES.includes(ctx.update.reviewState)) {
      throw badInput([
        {
          field: 'input',
          message: `the update is ${ctx.update.reviewState}; only a draft or a returned update can be edited.`,
        },
      ]);
    }
    const { before, after } = await updateWithVersion(manager, {
      table: 'progress_update',
      entity: 'ProgressUpdate',
      id,
      expectedVersion: cmd.version,
      set: values,
    });
    await auditProgressUpdate(manager, actor, ctx, id, 'update', diffFields(before, after));
    return after;
  });
}

/** The lead sends a complete draft for review. */
export function submitProgressUpdate(
  dataSource: DataSource,
  actor: Actor,
  cmd: VersionedCommand,
): Promise<ProgressUpdateRecord> {
  return dataSource.transaction(async (manager) => {
    const ctx = await contextForUpdate(manager, cmd.id);
    AccessPolicy.assertCanWriteUpdate(actor, ctx, { entity: 'ProgressUpdate', id: cmd.id });
    await assertPeriodWritable(manager, ctx.periodId, 'input.id');
    const update = ctx.update;
    if (!EDITABLE_STATES.includes(update.reviewState)) {
      throw badInput([{ field: 'input.id', message: `the update is already ${update.reviewState}.` }]);
    }
    const problems: FieldProblem[] = [];
    if (blank(update.narrative))
      problems.push({ field: 'input.id', message: 'write the progress narrative before submitting.' });
    const lifecycle = update.lifecycleStatus ?? ctx.actionLifecycle;
    if (ragApplies(lifecycle) && !update.proposedRag) {
      problems.push({
        field: 'input.id',
        message: 'propose a RAG status before submitting (the action is in progress or ongoing).',
      });
    }
    if (problems.length) throw badInput(problems);
    return transitionProgressUpdate(manager, actor, ctx, cmd, 'submit', {
      reviewState: ReviewState.Submitted,
      submittedAt: new Date(),
    });
  });
}

/**
 * The lead takes back a submitted update nobody has reviewed yet: it becomes a draft again. Once a reviewer has
 * accepted, returned or validated its RAG since it was submitted, the review stands and withdrawing is refused.
 */
export function withdrawProgressUpdate(
  dataSource: DataSource,
  actor: Actor,
  cmd: VersionedCommand,
): Promise<ProgressUpdateRecord> {
  return dataSource.transaction(async (manager) => {
    const ctx = await contextForUpdate(manager, cmd.id);
    AccessPolicy.assertCanWriteUpdate(actor, ctx, { entity: 'ProgressUpdate', id: cmd.id });
    await assertPeriodWritable(manager, ctx.periodId, 'input.id');
    const update = ctx.update;
    if (update.reviewState !== ReviewState.Submitted) {
      throw badInput([
        {
          field: 'input.id',
          message: `only a submitted update can be withdrawn (this one is ${update.reviewState}).`,
        },
      ]);
    }
    if (reviewedSinceSubmitted(update)) {
      throw badInput([
        {
          field: 'input.id',
          message: 'a reviewer has already started reviewing this update, so it can no longer be withdrawn.',
        },
      ]);
    }
    return transitionProgressUpdate(manager, actor, ctx, cmd, 'withdraw', {
      reviewState: ReviewState.Draft,
      submittedAt: null,
    });
  });
}

// reviewedAt survives a return and resubmission, so only a review later than the submission counts.
function reviewedSinceSubmitted(update: StoredProgressUpdate): boolean {
  const reviewedAt = update.reviewedAt;
  if (!reviewedAt) return false;
  const submittedAt = update.submittedAt;
  return !submittedAt || new Date(reviewedAt).getTime() >= new Date(submittedAt).getTime();
}
