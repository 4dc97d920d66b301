import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import { lockRow, updateWithVersion } from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import { LifecycleStatus, PeriodState, Rag, ReviewState, ragApplies, localDate } from '@waymark/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import {
  ExistingUpdateContext,
  ProgressUpdateRecord,
  UpdateContext,
  VersionedCommand,
  assertRag,
  blank,
  contextForUpdate,
  transitionProgressUpdate,
} from './progress-update-context';
import { reviseBoardReport } from '@waymark/api/reporting/data-access';
import { assertPeriodWritable, lockPeriodState } from '../periods/period-lock';
import type { ProgressEvents } from '../events/progress-events';

export interface CorrectProgressUpdateCommand extends VersionedCommand {
  readonly reason: string;
  readonly narrative?: string | null;
  readonly proposedRag?: Rag | null;
  readonly validatedRag?: Rag | null;
  readonly percentComplete?: number | null;
  readonly lifecycleStatus?: LifecycleStatus | null;
}

/** The accountable group accepts (or returns) a submitted update. */
export function reviewProgressUpdate(
  dataSource: DataSource,
  actor: Actor,
  cmd: VersionedCommand,
  state: ReviewState.Accepted | ReviewState.Returned,
  comment: string | null,
  events: ProgressEvents,
): Promise<ProgressUpdateRecord> {
  return dataSource.transaction(async (manager) => {
    const ctx = await contextForUpdate(manager, cmd.id);
    AccessPolicy.assertCanReview(
      actor,
      { id: ctx.strategyId, partnershipId: ctx.partnershipId },
      { entity: 'ProgressUpdate', id: cmd.id },
    );
    await assertPeriodWritable(manager, ctx.periodId, 'input.id');
    if (ctx.update.reviewState !== ReviewState.Submitted) {
      throw badInput([
        {
          field: 'input.id',
          message: `only a submitted update can be reviewed (this one is ${ctx.update.reviewState}).`,
        },
      ]);
    }
    const after = await transitionProgressUpdate(
      manager,
      actor,
      ctx,
      cmd,
      state === ReviewState.Accepted ? 'accept' : 'return',
      {
        reviewState: state,
        reviewComment: comment,
        reviewedById: actor.personId,
        reviewedAt: new Date(),
      },
      comment,
    );
    if (state === ReviewState.Accepted) await adoptLifecycle(manager, actor, ctx, after);
    const previousValidatedRag = ctx.update.validatedRag ?? null;
    await events.updateReviewed(manager, {
      updateId: cmd.id,
      actorId: actor.personId,
      outcome: state === ReviewState.Accepted ? 'accepted' : 'returned',
      previousValidatedRag,
    });
    return after;
  });
}

/**
 * An accepted update that sets a lifecycle status becomes the action's status, in the accept's
 * transaction: a versioned update of the action with its own audit row. Archived actions are left alone.
 */
async function adoptLifecycle(
  manager: EntityManager,
  actor: Actor,
  ctx: UpdateContext,
  update: ProgressUpdateRecord,
): Promise<void> {
  const lifecycle = update.lifecycleStatus;
  if (!lifecycle) return;
  const action = await lockRow(manager, 'action', ctx.actionId);
  if (!action) throw notFound('Action', ctx.actionId);
  if (action.archivedAt || action.lifecycleStatus === lifecycle) return;
  const { before, after } = await updateWithVersion(manager, {
    table: 'action',
    entity: 'Action',
    id: ctx.actionId,
    expectedVersion: action.version,
    set: { lifecycleStatus: lifecycle },
  });
  await writeAudit(manager, [
    {
      actorId: actor.personId,
      partnershipId: ctx.partnershipId,
      entityType: 'action',
      entityId: ctx.actionId,
      operation: 'update',
      changes: diffFields(before, after),
      reason: 'Status from the accepted progress update.',
    },
  ]);
}

/** The accountable group's own RAG for a submitted or accepted update; a different RAG needs a reason. */
export function validateRag(
  dataSource: DataSource,
  actor: Actor,
  cmd: VersionedCommand & { validatedRag: Rag | null; reason?: string | null },
  events: ProgressEvents,
): Promise<ProgressUpdateRecord> {
  return dataSource.transaction(async (manager) => {
    const ctx = await contextForUpdate(manager, cmd.id);
    AccessPolicy.assertCanReview(
      actor,
      { id: ctx.strategyId, partnershipId: ctx.partnershipId },
      { entity: 'ProgressUpdate', id: cmd.id },
    );
    await assertPeriodWritable(manager, ctx.periodId, 'input.id');
    const update = ctx.update;
    if (![ReviewState.Submitted, ReviewState.Accepted].includes(update.reviewState)) {
      throw badInput([
        { field: 'input.id', message: 'only a submitted or accepted update can have its RAG validated.' },
      ]);
    }
    const lifecycle = update.lifecycleStatus ?? ctx.actionLifecycle;
    if (cmd.validatedRag && !ragApplies(lifecycle)) {
      throw badInput([
        { field: 'input.validatedRag', message: 'RAG only applies while an action is in progress or ongoing.' },
      ]);
    }
    const differs = cmd.validatedRag !== null && cmd.validatedRag !== update.proposedRag;
    if (differs && blank(cmd.reason)) {
      throw badInput([
        { field: 'input.reason', message: 'give a reason when the validated RAG differs from the proposed one.' },
      ]);
    }
    const after = await transitionProgressUpdate(
      manager,
      actor,
      ctx,
      cmd,
      'validate_rag',
      {
        validatedRag: cmd.validatedRag,
        validationReason: cmd.validatedRag ? cmd.reason?.trim() || null : null,
        reviewedById: actor.personId,
        reviewedAt: new Date(),
      },
      cmd.reason?.trim() || null,
    );
    await events.updateReviewed(manager, {
      updateId: cmd.id,
      actorId: actor.personId,
      outcome: 'rag_validated',
      previousValidatedRag: update.validatedRag ?? null,
    });
    return after;
  });
}

/** After sign-off an update changes only by a dated correction with a reason. */
export function correctProgressUpdate(
  dataSource: DataSource,
  actor: Actor,
  cmd: CorrectProgressUpdateCommand,
): Promise<ProgressUpdateRecord> {
  if (blank(cmd.reason))
    throw badInput([{ field: 'input.reason', message: 'a correction after sign-off needs a reason.' }]);
  return dataSource.transaction(async (manager) => {
    const ctx = await contextForUpdate(manager, cmd.id);
    AccessPolicy.assertCanReview(
      actor,
      { id: ctx.strategyId, partnershipId: ctx.partnershipId },
      { entity: 'ProgressUpdate', id: cmd.id },
    );
    return applyCorrection(manager, actor, ctx, cmd);
  });
}

/**
 * The correction itself, in the caller's transaction, once the caller has checked the actor may review: the period
 * must be signed off (locked FOR SHARE), the update changes with a version check and an audit row, and the frozen
 * board report gets its next version with the dated note. Also how an accepted proposal is applied.
 */
export async function applyCorrection(
  manager: EntityManager,
  actor: Actor,
  ctx: ExistingUpdateContext,
  cmd: CorrectProgressUpdateCommand,
): Promise<ProgressUpdateRecord> {
  if ((await lockPeriodState(manager, ctx.periodId, 'share')) !== PeriodState.SignedOff) {
    throw badInput([
      {
        field: 'input.id',
        message: 'the period is not signed off: edit or review the update instead of correcting it.',
      },
    ]);
  }
  const update = ctx.update;
  const lifecycle = cmd.lifecycleStatus ?? update.lifecycleStatus ?? ctx.actionLifecycle;
  if (cmd.proposedRag !== undefined) assertRag(lifecycle, cmd.proposedRag, 'input.proposedRag');
  if (cmd.validatedRag && !ragApplies(lifecycle)) {
    throw badInput([
      { field: 'input.validatedRag', message: 'RAG only applies while an action is in progress or ongoing.' },
    ]);
  }
  const set: { -readonly [K in keyof ProgressUpdateRecord]?: unknown } = {
    narrative: cmd.narrative ?? undefined,
    proposedRag: cmd.proposedRag,
    validatedRag: cmd.validatedRag,
    percentComplete: cmd.percentComplete,
    lifecycleStatus: cmd.lifecycleStatus,
    correctionCount: update.correctionCount + 1,
    lastCorrectionReason: cmd.reason.trim(),
  };
  if (cmd.validatedRag !== undefined) set.validationReason = cmd.validatedRag ? cmd.reason.trim() : null;
  const after = await transitionProgressUpdate(manager, actor, ctx, cmd, 'correct', set, cmd.reason.trim());
  await reviseBoardReport(manager, ctx.periodId, actor.personId, {
    actionId: ctx.actionId,
    correctedOn: localDate(new Date(), actor.timeZone),
    reason: cmd.reason.trim(),
  });
  return after;
}
