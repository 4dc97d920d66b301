import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import {
  camelRow,
  lockRow,
  queryRows,
  updateWithVersion,
  type CorrectionProposalRow,
  type DomainRow,
  type VersionedRecord,
} from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { isUniqueViolation } from '@waymark/api/partnership/data-access';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import { LifecycleStatus, PeriodState, Rag } from '@waymark/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { lockPeriodState } from '../periods/period-lock';
import { applyCorrection } from '../writes/progress-review-writes';
import {
  assertRag,
  blank,
  contextForUpdate,
  ExistingUpdateContext,
  StoredProgressUpdate,
  UpdateContext,
  VersionedCommand,
} from '../writes/progress-update-context';

/** A proposal as the writes answer it: the row as stored. */
export type CorrectionProposalRecord = VersionedRecord<'correction_proposal'>;

/** The values a proposal would change (only those that differ from the update as signed off). */
type ProposedValues = {
  -readonly [K in 'narrative' | 'proposedRag' | 'percentComplete' | 'lifecycleStatus']?: CorrectionProposalRecord[K];
};

export interface ProposeCorrectionCommand {
  readonly updateId: string;
  readonly reason: string;
  readonly narrative?: string | null;
  readonly proposedRag?: Rag | null;
  readonly percentComplete?: number | null;
  readonly lifecycleStatus?: LifecycleStatus | null;
}

const PENDING = 'pending';

/**
 * A delivery lead proposes a correction to their group's update of a signed-off period, with a reason. Nothing in the
 * update changes until a reviewer accepts it; one proposal waits per update at a time.
 */
export async function proposeCorrection(
  dataSource: DataSource,
  actor: Actor,
  cmd: ProposeCorrectionCommand,
): Promise<CorrectionProposalRecord> {
  if (blank(cmd.reason)) throw badInput([{ field: 'input.reason', message: 'Enter why the update needs correcting.' }]);
  try {
    return await dataSource.transaction(async (manager) => {
      const ctx = await contextForUpdate(manager, cmd.updateId);
      AccessPolicy.assertCanWriteUpdate(actor, ctx, { entity: 'ProgressUpdate', id: cmd.updateId });
      if ((await lockPeriodState(manager, ctx.periodId, 'share')) !== PeriodState.SignedOff) {
        throw badInput([
          {
            field: 'input.updateId',
            message: 'The period is not signed off: change the update itself instead of proposing a correction.',
          },
        ]);
      }
      const update = ctx.update;
      const values = proposedValues(cmd, update);
      if (Object.keys(values).length === 0) {
        throw badInput([
          {
            field: 'input.narrative',
            message: 'Change the narrative, RAG, percent complete or status: the proposal must correct something.',
          },
        ]);
      }
      if (values.proposedRag !== undefined) {
        const lifecycle = cmd.lifecycleStatus ?? update.lifecycleStatus ?? ctx.actionLifecycle;
        assertRag(lifecycle, cmd.proposedRag, 'input.proposedRag');
      }
      await assertNonePending(manager, cmd.updateId);
      const [inserted] = await queryRows<DomainRow<CorrectionProposalRow>>(
        manager,
        `INSERT INTO correction_proposal (progress_update_id, proposed_by_id, reason, narrative, proposed_rag, percent_complete, lifecycle_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [
          cmd.updateId,
          actor.personId,
          cmd.reason.trim(),
          values.narrative ?? null,
          values.proposedRag ?? null,
          values.percentComplete ?? null,
          values.lifecycleStatus ?? null,
        ],
      );
      const after = camelRow(inserted);
      await auditProposal(manager, actor, ctx, after.id, 'create', diffFields(null, after), cmd.reason.trim());
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw pendingAlready();
    throw error;
  }
}

/** A reviewer accepts a proposal: it is applied as their correction (reason: the lead's), and the report gets its next version. */
export function acceptCorrectionProposal(
  dataSource: DataSource,
  actor: Actor,
  cmd: VersionedCommand,
): Promise<CorrectionProposalRecord> {
  return dataSource.transaction(async (manager) => {
    const { proposal, ctx } = await pendingForReview(manager, actor, cmd.id);
    await applyCorrection(manager, actor, ctx, {
      id: ctx.update.id,
      version: ctx.update.version,
      reason: proposal.reason,
      narrative: proposal.narrative ?? undefined,
      proposedRag: proposal.proposedRag ?? undefined,
      percentComplete: proposal.percentComplete ?? undefined,
      lifecycleStatus: proposal.lifecycleStatus ?? undefined,
    });
    return decide(manager, actor, ctx, cmd, 'accepted', null);
  });
}

/** A reviewer declines a proposal with a reason; the update stays as signed off. */
export function declineCorrectionProposal(
  dataSource: DataSource,
  actor: Actor,
  cmd: VersionedCommand & { reason: string },
): Promise<CorrectionProposalRecord> {
  if (blank(cmd.reason))
    throw badInput([{ field: 'input.reason', message: 'Enter why the proposed correction is declined.' }]);
  return dataSource.transaction(async (manager) => {
    const { ctx } = await pendingForReview(manager, actor, cmd.id);
    return decide(manager, actor, ctx, cmd, 'declined', cmd.reason.trim());
  });
}

/** Only what differs from the update as signed off is proposed. */
function proposedValues(cmd: ProposeCorrectionCommand, update: StoredProgressUpdate): ProposedValues {
  const values: ProposedValues = {};
  if (cmd.narrative !== undefined && cmd.narrative !== null && cmd.narrative.trim() !== update.narrative.trim())
    values.narrative = cmd.narrative;
  if (cmd.proposedRag !== undefined && cmd.proposedRag !== update.proposedRag) values.proposedRag = cmd.proposedRag;
  if (
    cmd.percentComplete !== undefined &&
    cmd.percentComplete !== null &&
    cmd.percentComplete !== update.percentComplete
  )
    values.percentComplete = cmd.percentComplete;
  if (
    cmd.lifecycleStatus !== undefined &&
    cmd.lifecycleStatus !== null &&
    cmd.lifecycleStatus !== update.lifecycleStatus
  )
    values.lifecycleStatus = cmd.lifecycleStatus;
  return values;
}

async function assertNonePending(manager: EntityManager, updateId: string): Promise<void> {
  const rows = await queryRows<{ found: number }>(
    manager,
    `SELECT 1 AS found FROM correction_proposal WHERE progress_update_id = $1 AND state = $2`,
    [updateId, PENDING],
  );
  if (rows.length) throw pendingAlready();
}

const pendingAlready = () =>
  badInput([
    { field: 'input.updateId', message: 'A proposed correction to this update is already waiting for a reviewer.' },
  ]);

/**
 * The proposal locked, with its update's context; another partnership's proposal answers as an unknown one.
 * Lock order as everywhere: the period (FOR SHARE) first, then the proposal.
 */
async function pendingForReview(
  manager: EntityManager,
  actor: Actor,
  id: string,
): Promise<{ proposal: CorrectionProposalRecord; ctx: ExistingUpdateContext }> {
  const [found] = await queryRows<Pick<CorrectionProposalRow, 'progress_update_id'>>(
    manager,
    `SELECT progress_update_id FROM correction_proposal WHERE id = $1`,
    [id],
  );
  if (!found) throw notFound('CorrectionProposal', id);
  const ctx = await contextForUpdate(manager, found.progress_update_id);
  AccessPolicy.assertCanRead(actor, ctx.partnershipId, { entity: 'CorrectionProposal', id });
  AccessPolicy.assertCanReview(
    actor,
    { id: ctx.strategyId, partnershipId: ctx.partnershipId },
    { entity: 'CorrectionProposal', id },
  );
  await lockPeriodState(manager, ctx.periodId, 'share');
  const proposal = await lockRow(manager, 'correction_proposal', id);
  // Read under the period lock: the proposal exists (its update's context was found through it) and is never deleted.
  if (!proposal) throw notFound('CorrectionProposal', id);
  if (proposal.state !== PENDING) {
    throw badInput([{ field: 'input.id', message: `This proposed correction was already ${proposal.state}.` }]);
  }
  return { proposal, ctx };
}

async function decide(
  manager: EntityManager,
  actor: Actor,
  ctx: UpdateContext,
  cmd: VersionedCommand,
  state: 'accepted' | 'declined',
  reason: string | null,
): Promise<CorrectionProposalRecord> {
  const { before, after } = await updateWithVersion(manager, {
    table: 'correction_proposal',
    entity: 'CorrectionProposal',
    id: cmd.id,
    expectedVersion: cmd.version,
    set: { state, decidedById: actor.personId, decidedAt: new Date(), decisionReason: reason },
  });
  await auditProposal(
    manager,
    actor,
    ctx,
    cmd.id,
    state === 'accepted' ? 'accept' : 'decline',
    diffFields(before, after),
    reason,
  );
  return after;
}

function auditProposal(
  manager: EntityManager,
  actor: Actor,
  ctx: UpdateContext,
  id: string,
  operation: string,
  changes: Record<string, { before: unknown; after: unknown }>,
  reason: string | null,
): Promise<void> {
  return writeAudit(manager, [
    {
      actorId: actor.personId,
      partnershipId: ctx.partnershipId,
      entityType: 'correction_proposal',
      entityId: id,
      operation,
      changes,
      reason,
    },
  ]);
}
