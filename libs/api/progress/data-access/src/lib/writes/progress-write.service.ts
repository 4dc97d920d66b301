import { Injectable } from '@nestjs/common';
import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import { camelRow, lockRow, updateWithVersion } from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, FieldProblem, badInput, conflict, notFound } from '@waymark/api/shared/util';
import { LifecycleStatus, PeriodState, Rag, ReviewState, ragApplies } from '@waymark/shared/domain';
import { DataSource, EntityManager } from 'typeorm';

type Row = Record<string, unknown>;

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

export interface VersionedCommand {
  readonly id: string;
  readonly version: number;
}

export interface CorrectProgressUpdateCommand extends VersionedCommand {
  readonly reason: string;
  readonly narrative?: string | null;
  readonly proposedRag?: Rag | null;
  readonly validatedRag?: Rag | null;
  readonly percentComplete?: number | null;
  readonly lifecycleStatus?: LifecycleStatus | null;
}

/** Ownership and state of an update's action, strategy and period: one statement. */
interface UpdateContext {
  readonly update: Row | null;
  readonly actionId: string;
  readonly actionArchived: boolean;
  readonly actionLifecycle: LifecycleStatus;
  readonly strategyId: string;
  readonly partnershipId: string;
  readonly deliveryGroupId: string | null;
  readonly leadPersonId: string | null;
  readonly periodId: string;
  readonly periodStrategyId: string;
  readonly periodState: PeriodState;
}

const EDITABLE_STATES: readonly string[] = [ReviewState.Draft, ReviewState.Returned];
const blank = (text: string | null | undefined) => !text || text.trim() === '';

/**
 * The progress write side: drafting, submitting, reviewing, validating RAG, period state, sign-off
 * corrections and theme commentary. Every method checks AccessPolicy against the record's own
 * ownership fields, then writes with a version check and audit rows in one transaction.
 */
@Injectable()
export class ProgressWriteService {
  constructor(private readonly dataSource: DataSource) {}

  saveProgressUpdate(actor: Actor, cmd: SaveProgressUpdateCommand): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const ctx = await this.contextForActionPeriod(manager, cmd.actionId, cmd.periodId);
      AccessPolicy.assertCanWriteUpdate(actor, ctx);
      if (ctx.actionArchived) throw badInput([{ field: 'input.actionId', message: 'is archived; it takes no more updates.' }]);
      assertPeriodWritable(ctx.periodState, 'input.periodId');
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
        const rows: Row[] = await manager.query(
          `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, percent_complete, lifecycle_status, author_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (action_id, period_id) DO NOTHING RETURNING *`,
          [cmd.actionId, cmd.periodId, values.narrative, values.proposedRag, values.percentComplete, values.lifecycleStatus, values.authorId],
        );
        if (rows.length === 0) throw conflict('ProgressUpdate', `${cmd.actionId}/${cmd.periodId}`, 0, null);
        const after = camelRow(rows[0]);
        await this.audit(manager, actor, ctx, String(after['id']), 'create', diffFields(null, after));
        return after;
      }
      const id = String(ctx.update['id']);
      if (cmd.version == null) throw conflict('ProgressUpdate', id, 0, ctx.update);
      if (!EDITABLE_STATES.includes(String(ctx.update['reviewState']))) {
        throw badInput([{ field: 'input', message: `the update is ${String(ctx.update['reviewState'])}; only a draft or a returned update can be edited.` }]);
      }
      const { before, after } = await updateWithVersion(manager, {
        table: 'progress_update',
        entity: 'ProgressUpdate',
        id,
        expectedVersion: cmd.version,
        set: values,
      });
      await this.audit(manager, actor, ctx, id, 'update', diffFields(before, after));
      return after;
    });
  }

  submitProgressUpdate(actor: Actor, cmd: VersionedCommand): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const ctx = await this.contextForUpdate(manager, cmd.id);
      AccessPolicy.assertCanWriteUpdate(actor, ctx);
      assertPeriodWritable(ctx.periodState, 'input.id');
      const update = ctx.update as Row;
      if (!EDITABLE_STATES.includes(String(update['reviewState']))) {
        throw badInput([{ field: 'input.id', message: `the update is already ${String(update['reviewState'])}.` }]);
      }
      const problems: FieldProblem[] = [];
      if (blank(update['narrative'] as string)) problems.push({ field: 'input.id', message: 'write the progress narrative before submitting.' });
      const lifecycle = (update['lifecycleStatus'] as LifecycleStatus | null) ?? ctx.actionLifecycle;
      if (ragApplies(lifecycle) && !update['proposedRag']) {
        problems.push({ field: 'input.id', message: 'propose a RAG status before submitting (the action is in progress or ongoing).' });
      }
      if (problems.length) throw badInput(problems);
      return this.transition(manager, actor, ctx, cmd, 'submit', { reviewState: ReviewState.Submitted, submittedAt: new Date() });
    });
  }

  acceptProgressUpdate(actor: Actor, cmd: VersionedCommand & { comment?: string | null }): Promise<Row> {
    return this.review(actor, cmd, ReviewState.Accepted, cmd.comment ?? null);
  }

  returnProgressUpdate(actor: Actor, cmd: VersionedCommand & { comment: string }): Promise<Row> {
    if (blank(cmd.comment)) throw badInput([{ field: 'input.comment', message: 'say what needs to change when returning an update.' }]);
    return this.review(actor, cmd, ReviewState.Returned, cmd.comment.trim());
  }

  validateRag(actor: Actor, cmd: VersionedCommand & { validatedRag: Rag | null; reason?: string | null }): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const ctx = await this.contextForUpdate(manager, cmd.id);
      AccessPolicy.assertCanReview(actor, { id: ctx.strategyId, partnershipId: ctx.partnershipId });
      assertPeriodWritable(ctx.periodState, 'input.id');
      const update = ctx.update as Row;
      if (![ReviewState.Submitted, ReviewState.Accepted].includes(update['reviewState'] as ReviewState)) {
        throw badInput([{ field: 'input.id', message: 'only a submitted or accepted update can have its RAG validated.' }]);
      }
      const lifecycle = (update['lifecycleStatus'] as LifecycleStatus | null) ?? ctx.actionLifecycle;
      if (cmd.validatedRag && !ragApplies(lifecycle)) {
        throw badInput([{ field: 'input.validatedRag', message: 'RAG only applies while an action is in progress or ongoing.' }]);
      }
      const differs = cmd.validatedRag !== null && cmd.validatedRag !== update['proposedRag'];
      if (differs && blank(cmd.reason)) {
        throw badInput([{ field: 'input.reason', message: 'give a reason when the validated RAG differs from the proposed one.' }]);
      }
      return this.transition(
        manager,
        actor,
        ctx,
        cmd,
        'validate_rag',
        { validatedRag: cmd.validatedRag, validationReason: cmd.validatedRag ? (cmd.reason?.trim() || null) : null, reviewedById: actor.personId, reviewedAt: new Date() },
        cmd.reason?.trim() || null,
      );
    });
  }

  correctProgressUpdate(actor: Actor, cmd: CorrectProgressUpdateCommand): Promise<Row> {
    if (blank(cmd.reason)) throw badInput([{ field: 'input.reason', message: 'a correction after sign-off needs a reason.' }]);
    return this.dataSource.transaction(async (manager) => {
      const ctx = await this.contextForUpdate(manager, cmd.id);
      AccessPolicy.assertCanReview(actor, { id: ctx.strategyId, partnershipId: ctx.partnershipId });
      if (ctx.periodState !== PeriodState.SignedOff) {
        throw badInput([{ field: 'input.id', message: 'the period is not signed off: edit or review the update instead of correcting it.' }]);
      }
      const update = ctx.update as Row;
      const lifecycle = cmd.lifecycleStatus ?? (update['lifecycleStatus'] as LifecycleStatus | null) ?? ctx.actionLifecycle;
      if (cmd.proposedRag !== undefined) assertRag(lifecycle, cmd.proposedRag, 'input.proposedRag');
      const set: Record<string, unknown> = {
        narrative: cmd.narrative ?? undefined,
        proposedRag: cmd.proposedRag,
        validatedRag: cmd.validatedRag,
        percentComplete: cmd.percentComplete,
        lifecycleStatus: cmd.lifecycleStatus,
        correctionCount: Number(update['correctionCount']) + 1,
        lastCorrectionReason: cmd.reason.trim(),
      };
      if (cmd.validatedRag !== undefined) set['validationReason'] = cmd.validatedRag ? cmd.reason.trim() : null;
      return this.transition(manager, actor, ctx, cmd, 'correct', set, cmd.reason.trim());
    });
  }

  /** open → in_review → signed_off (and in_review → open to reopen). Sign-off locks the period's updates. */
  setPeriodState(actor: Actor, cmd: VersionedCommand & { state: PeriodState }): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const [period]: Row[] = await manager.query(
        `SELECT rp.id, rp.state, rp.strategy_id, s.partnership_id FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id WHERE rp.id = $1`,
        [cmd.id],
      );
      if (!period) throw notFound('ReportingPeriod', cmd.id);
      const strategy = { id: String(period['strategy_id']), partnershipId: String(period['partnership_id']) };
      AccessPolicy.assertCanRead(actor, strategy.partnershipId);
      const signingOff = cmd.state === PeriodState.SignedOff;
      // Administrators manage the period calendar; only the accountable group signs off.
      if (signingOff || !actor.isAdministrator) AccessPolicy.assertCanReview(actor, strategy);
      const from = period['state'] as PeriodState;
      const allowed: Record<PeriodState, PeriodState[]> = {
        [PeriodState.Open]: [PeriodState.InReview],
        [PeriodState.InReview]: [PeriodState.Open, PeriodState.SignedOff],
        [PeriodState.SignedOff]: [],
      };
      if (!allowed[from].includes(cmd.state)) {
        throw badInput([{ field: 'input.state', message: `a period cannot move from ${from} to ${cmd.state}${from === PeriodState.SignedOff ? ' (signed off is final; correct updates instead)' : ''}.` }]);
      }
      const { before, after } = await updateWithVersion(manager, {
        table: 'reporting_period',
        entity: 'ReportingPeriod',
        id: cmd.id,
        expectedVersion: cmd.version,
        set: signingOff ? { state: cmd.state, signedOffAt: new Date(), signedOffById: actor.personId } : { state: cmd.state },
      });
      await writeAudit(manager, [
        {
          actorId: actor.personId,
          partnershipId: strategy.partnershipId,
          entityType: 'reporting_period',
          entityId: cmd.id,
          operation: signingOff ? 'sign_off' : 'update',
          changes: diffFields(before, after),
        },
      ]);
      return after;
    });
  }

  writeThemeCommentary(actor: Actor, cmd: { themeId: string; periodId: string; body: string; sortOrder?: number | null }): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const ctx = await this.commentaryContext(manager, cmd.themeId, cmd.periodId);
      AccessPolicy.assertCanReview(actor, ctx.strategy);
      assertPeriodWritable(ctx.periodState, 'input.periodId');
      if (blank(cmd.body)) throw badInput([{ field: 'input.body', message: 'write the commentary paragraph.' }]);
      const rows: Row[] = await manager.query(
        `INSERT INTO theme_commentary (theme_id, period_id, body, sort_order, author_id)
         VALUES ($1, $2, $3, COALESCE($4, (SELECT COALESCE(max(sort_order), 0) + 1 FROM theme_commentary WHERE theme_id = $1 AND period_id = $2)), $5)
         RETURNING *`,
        [cmd.themeId, cmd.periodId, cmd.body.trim(), cmd.sortOrder ?? null, actor.personId],
      );
      const after = camelRow(rows[0]);
      await this.commentaryAudit(manager, actor, ctx.strategy.partnershipId, String(after['id']), 'create', diffFields(null, after));
      return after;
    });
  }

  updateThemeCommentary(actor: Actor, cmd: VersionedCommand & { body?: string | null; sortOrder?: number | null }): Promise<Row> {
    return this.changeCommentary(actor, cmd, 'update', () => {
      if (cmd.body !== undefined && cmd.body !== null && blank(cmd.body)) throw badInput([{ field: 'input.body', message: 'must not be empty.' }]);
      return { body: cmd.body?.trim() ?? undefined, sortOrder: cmd.sortOrder ?? undefined, authorId: actor.personId };
    });
  }

  archiveThemeCommentary(actor: Actor, cmd: VersionedCommand): Promise<Row> {
    return this.changeCommentary(actor, cmd, 'archive', () => ({ archivedAt: new Date() }));
  }

  // ---------------------------------------------------------------------------------------------

  private review(actor: Actor, cmd: VersionedCommand, state: ReviewState, comment: string | null): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const ctx = await this.contextForUpdate(manager, cmd.id);
      AccessPolicy.assertCanReview(actor, { id: ctx.strategyId, partnershipId: ctx.partnershipId });
      assertPeriodWritable(ctx.periodState, 'input.id');
      if ((ctx.update as Row)['reviewState'] !== ReviewState.Submitted) {
        throw badInput([{ field: 'input.id', message: `only a submitted update can be reviewed (this one is ${String((ctx.update as Row)['reviewState'])}).` }]);
      }
      const after = await this.transition(manager, actor, ctx, cmd, state === ReviewState.Accepted ? 'accept' : 'return', {
        reviewState: state,
        reviewComment: comment,
        reviewedById: actor.personId,
        reviewedAt: new Date(),
      }, comment);
      if (state === ReviewState.Accepted) await this.adoptLifecycle(manager, actor, ctx, after);
      return after;
    });
  }

  /**
   * An accepted update that sets a lifecycle status becomes the action's status, in the accept's
   * transaction: a versioned update of the action with its own audit row. Archived actions are left alone.
   */
  private async adoptLifecycle(manager: EntityManager, actor: Actor, ctx: UpdateContext, update: Row): Promise<void> {
    const lifecycle = update['lifecycleStatus'] as LifecycleStatus | null;
    if (!lifecycle) return;
    const action = await lockRow(manager, 'action', ctx.actionId);
    if (!action) throw notFound('Action', ctx.actionId);
    if (action['archivedAt'] || action['lifecycleStatus'] === lifecycle) return;
    const { before, after } = await updateWithVersion(manager, {
      table: 'action',
      entity: 'Action',
      id: ctx.actionId,
      expectedVersion: Number(action['version']),
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

  private async transition(
    manager: EntityManager,
    actor: Actor,
    ctx: UpdateContext,
    cmd: VersionedCommand,
    operation: string,
    set: Record<string, unknown>,
    reason: string | null = null,
  ): Promise<Row> {
    const { before, after } = await updateWithVersion(manager, { table: 'progress_update', entity: 'ProgressUpdate', id: cmd.id, expectedVersion: cmd.version, set });
    await this.audit(manager, actor, ctx, cmd.id, operation, diffFields(before, after), reason);
    return after;
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    ctx: UpdateContext,
    id: string,
    operation: string,
    changes: Record<string, { before: unknown; after: unknown }>,
    reason: string | null = null,
  ): Promise<void> {
    return writeAudit(manager, [{ actorId: actor.personId, partnershipId: ctx.partnershipId, entityType: 'progress_update', entityId: id, operation, changes, reason }]);
  }

  private async contextForActionPeriod(manager: EntityManager, actionId: string, periodId: string): Promise<UpdateContext> {
    const rows: Row[] = await manager.query(
      `SELECT a.id AS action_id, a.archived_at IS NOT NULL AS action_archived, a.lifecycle_status AS action_lifecycle,
              a.strategy_id, s.partnership_id, a.delivery_group_id, a.lead_person_id,
              rp.id AS period_id, rp.strategy_id AS period_strategy_id, rp.state AS period_state,
              (SELECT to_jsonb(pu) FROM progress_update pu WHERE pu.action_id = a.id AND pu.period_id = rp.id) AS update_row
         FROM action a JOIN strategy s ON s.id = a.strategy_id
         LEFT JOIN reporting_period rp ON rp.id = $2
        WHERE a.id = $1`,
      [actionId, periodId],
    );
    if (!rows[0]) throw notFound('Action', actionId);
    if (!rows[0]['period_id']) throw notFound('ReportingPeriod', periodId);
    const ctx = toContext(rows[0]);
    if (ctx.periodStrategyId !== ctx.strategyId) {
      throw badInput([{ field: 'input.periodId', message: "is a reporting period of another strategy than the action's." }]);
    }
    return ctx;
  }

  private async contextForUpdate(manager: EntityManager, updateId: string): Promise<UpdateContext> {
    const rows: Row[] = await manager.query(
      `SELECT a.id AS action_id, a.archived_at IS NOT NULL AS action_archived, a.lifecycle_status AS action_lifecycle,
              a.strategy_id, s.partnership_id, a.delivery_group_id, a.lead_person_id,
              rp.id AS period_id, rp.strategy_id AS period_strategy_id, rp.state AS period_state, to_jsonb(pu) AS update_row
         FROM progress_update pu
         JOIN action a ON a.id = pu.action_id
         JOIN strategy s ON s.id = a.strategy_id
         JOIN reporting_period rp ON rp.id = pu.period_id
        WHERE pu.id = $1`,
      [updateId],
    );
    if (!rows[0]) throw notFound('ProgressUpdate', updateId);
    return toContext(rows[0]);
  }

  private async commentaryContext(manager: EntityManager, themeId: string, periodId: string) {
    const rows: Row[] = await manager.query(
      `SELECT t.strategy_id, s.partnership_id, rp.id AS period_id, rp.strategy_id AS period_strategy_id, rp.state AS period_state
         FROM theme t JOIN strategy s ON s.id = t.strategy_id
         LEFT JOIN reporting_period rp ON rp.id = $2
        WHERE t.id = $1`,
      [themeId, periodId],
    );
    const row = rows[0];
    if (!row) throw notFound('Theme', themeId);
    if (!row['period_id']) throw notFound('ReportingPeriod', periodId);
    if (row['period_strategy_id'] !== row['strategy_id']) {
      throw badInput([{ field: 'input.periodId', message: "is a reporting period of another strategy than the theme's." }]);
    }
    return {
      strategy: { id: String(row['strategy_id']), partnershipId: String(row['partnership_id']) },
      periodState: row['period_state'] as PeriodState,
    };
  }

  private changeCommentary(actor: Actor, cmd: VersionedCommand, operation: string, build: () => Record<string, unknown>): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockRow(manager, 'theme_commentary', cmd.id);
      if (!current) throw notFound('ThemeCommentary', cmd.id);
      const ctx = await this.commentaryContext(manager, String(current['themeId']), String(current['periodId']));
      AccessPolicy.assertCanReview(actor, ctx.strategy);
      assertPeriodWritable(ctx.periodState, 'input.id');
      if (current['archivedAt']) throw badInput([{ field: 'input.id', message: 'the commentary is archived.' }]);
      const { before, after } = await updateWithVersion(manager, {
        table: 'theme_commentary',
        entity: 'ThemeCommentary',
        id: cmd.id,
        expectedVersion: cmd.version,
        set: build(),
      });
      await this.commentaryAudit(manager, actor, ctx.strategy.partnershipId, cmd.id, operation, diffFields(before, after));
      return after;
    });
  }

  private commentaryAudit(
    manager: EntityManager,
    actor: Actor,
    partnershipId: string,
    id: string,
    operation: string,
    changes: Record<string, { before: unknown; after: unknown }>,
  ): Promise<void> {
    return writeAudit(manager, [{ actorId: actor.personId, partnershipId, entityType: 'theme_commentary', entityId: id, operation, changes }]);
  }
}

function toContext(row: Row): UpdateContext {
  return {
    update: row['update_row'] ? camelRow(row['update_row'] as Row) : null,
    actionId: String(row['action_id']),
    actionArchived: Boolean(row['action_archived']),
    actionLifecycle: row['action_lifecycle'] as LifecycleStatus,
    strategyId: String(row['strategy_id']),
    partnershipId: String(row['partnership_id']),
    deliveryGroupId: (row['delivery_group_id'] as string | null) ?? null,
    leadPersonId: (row['lead_person_id'] as string | null) ?? null,
    periodId: String(row['period_id']),
    periodStrategyId: String(row['period_strategy_id']),
    periodState: row['period_state'] as PeriodState,
  };
}

function assertPeriodWritable(state: PeriodState, field: string): void {
  if (state === PeriodState.SignedOff) {
    throw badInput([{ field, message: 'the reporting period is signed off and read-only; a change now must be a correction with a reason.' }]);
  }
}

function assertRag(lifecycle: LifecycleStatus, rag: Rag | null | undefined, field: string): void {
  if (ragApplies(lifecycle) && !rag) {
    throw badInput([{ field, message: 'choose Red, Amber or Green: RAG is required while the action is in progress or ongoing.' }]);
  }
  if (!ragApplies(lifecycle) && rag) {
    throw badInput([{ field, message: `RAG only applies while an action is in progress or ongoing (this update says ${lifecycle.replace('_', ' ')}).` }]);
  }
}
