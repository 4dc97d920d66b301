import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import { camelRow, lockRow, queryRows, updateWithVersion } from '@waymark/api/database';
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
  Row,
  UpdateContext,
  VersionedCommand,
} from '../writes/progress-update-context';

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
): Promise<Row> {
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
      const update = ctx.update as Row;
      const values = proposedValues(cmd, update);
      if (Object.keys(values).length === 0) {
        throw badInput([
          {
            field: 'input.narrative',
            message: 'Change the narrative, RAG, percent complete or status: the proposal must correct something.',
          },
        ]);
      }
      if (values['proposedRag'] !== undefined) {
        const lifecycle =
          cmd.lifecycleStatus ?? (update['lifecycleStatus'] as LifecycleStatus | null) ?? ctx.actionLifecycle;
        assertRag(lifecycle, cmd.proposedRag, 'input.proposedRag');
      }
      await assertNonePending(manager, cmd.updateId);
      const [inserted] = await queryRows<Row>(
        manager,
        `INSERT INTO correction_proposal (progress_update_id, proposed_by_id, reason, narrative, proposed_rag, percent_complete, lifecycle_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [
          cmd.updateId,
          actor.personId,
          cmd.reason.trim(),
          values['narrative'] ?? null,
          values['proposedRag'] ?? null,
          values['percentComplete'] ?? null,
          values['lifecycleStatus'] ?? null,
        ],
      );
      const after = camelRow(inserted);
      await auditProposal(
        manager,
        actor,
        ctx,
        String(after['id']),
        'create',
        diffFields(null, after),
        cmd.reason.trim(),
      );
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw pendingAlready();
    throw error;
  }
}

/** A reviewer accepts a proposal: it is applied as their correction (reason: the lead's), and the report gets its next version. */
export function acceptCorrectionProposal(dataSource: DataSource, actor: Actor, cmd: VersionedCommand): Promise<Row> {
  return dataSource.transaction(async (manager) => {
    const { proposal, ctx } = await pendingForReview(manager, actor, cmd.id);
    const update = ctx.update as Row;
    const value = <T>(field: string) => (proposal[field] === null ? undefined : (proposal[field] as T));
    await applyCorrection(manager, actor, ctx, {
      id: ctx.update?.['id'] as string,
      version: Number(update['version']),
      reason: String(proposal['reason']),
      narrative: value<string>('narrative'),
      proposedRag: value<Rag>('proposedRag'),
      percentComplete: value<number>('percentComplete'),
      lifecycleStatus: value<LifecycleStatus>('lifecycleStatus'),
    });
    return decide(manager, actor, ctx, cmd, 'accepted', null);
  });
}

/** A reviewer declines a proposal with a reason; the update stays as signed off. */
export function declineCorrectionProposal(
  dataSource: DataSource,
  actor: Actor,
  cmd: VersionedCommand & { reason: string },
): Promise<Row> {
  if (blank(cmd.reason))
    throw badInput([{ field: 'input.reason', message: 'Enter why the proposed correction is declined.' }]);
  return dataSource.transaction(async (manager) => {
    const { ctx } = await pendingForReview(manager, actor, cmd.id);
    return decide(manager, actor, ctx, cmd, 'declined', cmd.reason.trim());
  });
}

/** Only what differs from the update as signed off is proposed. */
function proposedValues(cmd: ProposeCorrectionCommand, update: Row): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (
    cmd.narrative !== undefined &&
    cmd.narrative !== null &&
    cmd.narrative.trim() !== String(update['narrative'] ?? '').trim()
  )
    values['narrative'] = cmd.narrative;
  if (cmd.proposedRag !== undefined && cmd.proposedRag !== update['proposedRag'])
    values['proposedRag'] = cmd.proposedRag;
  if (
    cmd.percentComplete !== undefined &&
    cmd.percentComplete !== null &&
    cmd.percentComplete !== update['percentComplete']
  )
    values['percentComplete'] = cmd.percentComplete;
  if (
    cmd.lifecycleStatus !== undefined &&
    cmd.lifecycleStatus !== null &&
    cmd.lifecycleStatus !== update['lifecycleStatus']
  )
    values['lifecycleStatus'] = cmd.lifecycleStatus;
  return values;
}

async function assertNonePending(manager: EntityManager, updateId: string): Promise<void> {
  const rows = await queryRows<Row>(
    manager,
    `SELECT 1 FROM correction_proposal WHERE progress_update_id = $1 AND state = $2`,
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
): Promise<{ proposal: Row; ctx: UpdateContext }> {
  const [found] = await queryRows<Row>(manager, `SELECT progress_update_id FROM correction_proposal WHERE id = $1`, [
    id,
  ]);
  if (!found) throw notFound('CorrectionProposal', id);
  const ctx = await contextForUpdate(manager, String(found['progress_update_id']));
  AccessPolicy.assertCanRead(actor, ctx.partnershipId, { entity: 'CorrectionProposal', id });
  AccessPolicy.assertCanReview(
    actor,
    { id: ctx.strategyId, partnershipId: ctx.partnershipId },
    { entity: 'CorrectionProposal', id },
  );
  await lockPeriodState(manager, ctx.periodId, 'share');
  const proposal = (await lockRow(manager, 'correction_proposal', id)) as Row;
  if (proposal['state'] !== PENDING) {
    throw badInput([
      { field: 'input.id', message: `This proposed correction was already ${String(proposal['state'])}.` },
    ]);
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
): Promise<Row> {
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
