import { Injectable } from '@nestjs/common';
import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import {
  camelRow,
  queryRows,
  updateWithVersion,
  type CamelRow,
  type IndicatorRow,
  type IndicatorValueRow,
  type JsonRow,
  type ReportingPeriodRow,
  type StrategyRow,
  type VersionedRecord,
} from '@waymark/api/database';
import { AccessPolicy, RecordRef } from '@waymark/api/identity/data-access';
import { archiveAudited, insertAudited, loadForWrite, updateAudited } from '@waymark/api/partnership/data-access';
import { Actor, badInput, conflict, FieldProblem, forbidden, notFound } from '@waymark/api/shared/util';
import { IndicatorDirection, PeriodState } from '@waymark/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { lockPeriodState } from '../periods/period-lock';
import { IndicatorReadService } from './indicator-read.service';
import { toIndicatorValueView } from './indicator.queries';
import { IndicatorValueView, IndicatorView } from './indicator.views';

/** recordValue's one statement: the indicator, its strategy's partnership, the period and the value stored for it. */
type RecordValueContext = CamelRow<Pick<IndicatorRow, 'id' | 'strategy_id'>> & {
  archived: boolean;
  partnershipId: StrategyRow['partnership_id'];
  /** The period's columns are null when there is no such period (LEFT JOIN). */
  periodId: ReportingPeriodRow['id'] | null;
  periodStrategyId: ReportingPeriodRow['strategy_id'] | null;
  periodName: ReportingPeriodRow['name'] | null;
  /** `to_jsonb` of the stored value (a numeric becomes a JSON number). */
  valueRow: (Omit<JsonRow<IndicatorValueRow>, 'value'> & { value: number }) | null;
};

export interface IndicatorFields {
  readonly objectiveId?: string | null;
  readonly name?: string;
  readonly unit?: string;
  readonly direction?: IndicatorDirection;
  readonly baseline?: number | null;
  readonly target?: number | null;
  readonly tolerance?: number | null;
}

export interface CreateIndicatorCommand extends IndicatorFields {
  readonly strategyId: string;
  readonly name: string;
  readonly direction: IndicatorDirection;
}

export interface UpdateIndicatorCommand extends IndicatorFields {
  readonly id: string;
  readonly version: number;
}

export interface RecordIndicatorValueCommand {
  readonly indicatorId: string;
  readonly periodId: string;
  readonly value: number;
  readonly note?: string | null;
  /** Required when a value for this indicator and period already exists (optimistic concurrency). */
  readonly version?: number | null;
}

/** Move one place towards the top (Up) or the bottom (Down) of the strategy's indicators. */
export enum IndicatorMove {
  Up = 'up',
  Down = 'down',
}

export const INDICATOR_NAME_MAX = 200;
export const INDICATOR_UNIT_MAX = 40;
export const INDICATOR_NOTE_MAX = 2000;

type OwningStrategy = Pick<VersionedRecord<'strategy'>, 'id' | 'partnershipId'>;

/**
 * Indicator definitions (administrators) and their values per period (administrators or the
 * strategy's reviewers). Every write: one transaction, version-checked, audited.
 */
@Injectable()
export class IndicatorWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: IndicatorReadService,
  ) {}

  create(actor: Actor, cmd: CreateIndicatorCommand): Promise<IndicatorView> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await this.adminStrategy(manager, actor, cmd.strategyId);
      await validateFields(manager, strategy.id, cmd, true);
      const [{ next }] = await queryRows<{ next: number }>(
        manager,
        `SELECT coalesce(max(sort_order), 0) + 1 AS next FROM indicator WHERE strategy_id = $1 AND archived_at IS NULL`,
        [strategy.id],
      );
      const row = await insertAudited(manager, actor, {
        table: 'indicator',
        entityType: 'indicator',
        values: {
          strategyId: strategy.id,
          objectiveId: cmd.objectiveId ?? null,
          name: cmd.name.trim(),
          unit: cmd.unit?.trim() ?? '',
          direction: cmd.direction,
          baseline: cmd.baseline ?? null,
          target: cmd.target ?? null,
          tolerance: cmd.tolerance ?? null,
          sortOrder: next,
        },
      });
      return this.reads.indicator(row.id, manager);
    });
  }

  update(actor: Actor, cmd: UpdateIndicatorCommand): Promise<IndicatorView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await loadForWrite(manager, 'indicator', 'Indicator', cmd.id);
      const strategy = await this.adminStrategy(manager, actor, current.strategyId, {
        entity: 'Indicator',
        id: cmd.id,
      });
      await validateFields(manager, strategy.id, cmd, false);
      await updateAudited(manager, actor, {
        table: 'indicator',
        entityType: 'indicator',
        id: cmd.id,
        version: cmd.version,
        set: {
          objectiveId: cmd.objectiveId,
          name: cmd.name?.trim(),
          unit: cmd.unit === null ? undefined : cmd.unit?.trim(),
          direction: cmd.direction ?? undefined,
          baseline: cmd.baseline,
          target: cmd.target,
          tolerance: cmd.tolerance,
        },
      });
      return this.reads.indicator(cmd.id, manager);
    });
  }

  archive(actor: Actor, cmd: { id: string; version: number }): Promise<IndicatorView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await loadForWrite(manager, 'indicator', 'Indicator', cmd.id);
      await this.adminStrategy(manager, actor, current.strategyId, { entity: 'Indicator', id: cmd.id });
      await archiveAudited(manager, actor, {
        table: 'indicator',
        entityType: 'indicator',
        id: cmd.id,
        version: cmd.version,
      });
      return this.reads.indicator(cmd.id, manager);
    });
  }

  /** Rewrites sort_order; the ids must be exactly the strategy's live indicators (a stale list is refused). */
  async reorder(actor: Actor, cmd: { strategyId: string; orderedIds: string[] }): Promise<IndicatorView[]> {
    await this.dataSource.transaction(async (manager) => {
      const strategy = await this.adminStrategy(manager, actor, cmd.strategyId);
      const live = await queryRows<Pick<IndicatorRow, 'id'>>(
        manager,
        `SELECT id FROM indicator WHERE strategy_id = $1 AND archived_at IS NULL ORDER BY sort_order, id FOR UPDATE`,
        [strategy.id],
      );
      const current = live.map((r) => r.id);
      const given = new Set(cmd.orderedIds);
      if (
        given.size !== cmd.orderedIds.length ||
        given.size !== current.length ||
        current.some((id) => !given.has(id))
      ) {
        throw badInput([
          {
            field: 'input.orderedIds',
            message: `List every indicator of the strategy exactly once (it has ${current.length}); reload if someone changed them.`,
          },
        ]);
      }
      await manager.query(
        `UPDATE indicator SET sort_order = o.position, updated_at = now()
           FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE indicator.id = o.id AND indicator.sort_order IS DISTINCT FROM o.position`,
        [cmd.orderedIds],
      );
      await writeAudit(manager, [
        {
          actorId: actor.personId,
          partnershipId: strategy.partnershipId,
          entityType: 'strategy',
          entityId: strategy.id,
          operation: 'reorder_indicators',
          changes: { indicatorOrder: { before: current, after: cmd.orderedIds } },
        },
      ]);
    });
    return this.reads.indicators(actor, cmd.strategyId);
  }

  /**
   * Moves one indicator a place up or down, swapping it with its neighbour in the current order. The version is the
   * moved indicator's: a move made on a stale page is refused with CONFLICT; both swapped indicators get a new
   * version (each changed position) and an audit row.
   */
  async move(actor: Actor, cmd: { id: string; version: number; direction: IndicatorMove }): Promise<IndicatorView[]> {
    const strategyId = await this.dataSource.transaction(async (manager) => {
      const current = await loadForWrite(manager, 'indicator', 'Indicator', cmd.id);
      const strategy = await this.adminStrategy(manager, actor, current.strategyId, {
        entity: 'Indicator',
        id: cmd.id,
      });
      if (current.version !== cmd.version) throw conflict('Indicator', cmd.id, cmd.version, current);
      const live = await queryRows<{ id: string; sortOrder: number; version: number }>(
        manager,
        `SELECT id, sort_order AS "sortOrder", version FROM indicator WHERE strategy_id = $1 AND archived_at IS NULL ORDER BY sort_order, id FOR UPDATE`,
        [strategy.id],
      );
      const from = live.findIndex((r) => r.id === cmd.id);
      const to = cmd.direction === IndicatorMove.Up ? from - 1 : from + 1;
      if (to < 0 || to >= live.length) {
        throw badInput([
          {
            field: 'input.direction',
            message:
              cmd.direction === IndicatorMove.Up ? 'The indicator is already first.' : 'The indicator is already last.',
          },
        ]);
      }
      // Positions are rewritten 1..n so that equal sort_order values (older data) still swap visibly.
      const order = live.map((r) => r.id);
      [order[from], order[to]] = [order[to], order[from]];
      const moved = live.filter((r, i) => r.sortOrder !== order.indexOf(r.id) + 1 || i === from || i === to);
      for (const row of moved) {
        await updateWithVersion(manager, {
          table: 'indicator',
          entity: 'Indicator',
          id: row.id,
          expectedVersion: row.version,
          set: { sortOrder: order.indexOf(row.id) + 1 },
        });
      }
      await writeAudit(
        manager,
        moved.map((row) => ({
          actorId: actor.personId,
          partnershipId: strategy.partnershipId,
          entityType: 'indicator',
          entityId: row.id,
          operation: 'reorder',
          changes: {
            position: { before: live.findIndex((r) => r.id === row.id) + 1, after: order.indexOf(row.id) + 1 },
          },
        })),
      );
      return strategy.id;
    });
    return this.reads.indicators(actor, strategyId);
  }

  /**
   * Creates or updates the value of an indicator for a period (one per indicator × period).
   * Updating needs the version last seen; a second writer creating the same value gets CONFLICT.
   * Refused once the period is signed off.
   */
  recordValue(actor: Actor, cmd: RecordIndicatorValueCommand): Promise<IndicatorValueView> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<RecordValueContext>(
        manager,
        `SELECT i.id, i.strategy_id AS "strategyId", i.archived_at IS NOT NULL AS archived, s.partnership_id AS "partnershipId",
                rp.id AS "periodId", rp.strategy_id AS "periodStrategyId", rp.name AS "periodName",
                (SELECT to_jsonb(v) FROM indicator_value v WHERE v.indicator_id = i.id AND v.period_id = rp.id) AS "valueRow"
           FROM indicator i JOIN strategy s ON s.id = i.strategy_id
           LEFT JOIN reporting_period rp ON rp.id = $2
          WHERE i.id = $1`,
        [cmd.indicatorId, cmd.periodId],
      );
      const ctx = rows[0];
      if (!ctx) throw notFound('Indicator', cmd.indicatorId);
      const strategy = { id: ctx.strategyId, partnershipId: ctx.partnershipId };
      AccessPolicy.assertCanRead(actor, strategy.partnershipId, { entity: 'Indicator', id: cmd.indicatorId });
      if (
        !(actor.isAdministrator && actor.partnershipId === strategy.partnershipId) &&
        !AccessPolicy.canReview(actor, strategy)
      ) {
        throw forbidden(
          "only an administrator or a member of the strategy's accountable group can record indicator values.",
        );
      }
      if (ctx.archived)
        throw badInput([{ field: 'input.indicatorId', message: 'is archived; it takes no more values.' }]);
      if (!ctx.periodId) throw notFound('ReportingPeriod', cmd.periodId);
      const problems: FieldProblem[] = [];
      if (ctx.periodStrategyId !== strategy.id)
        problems.push({
          field: 'input.periodId',
          message: "is a reporting period of another strategy than the indicator's.",
        });
      else if ((await lockPeriodState(manager, ctx.periodId, 'share')) === PeriodState.SignedOff) {
        problems.push({
          field: 'input.periodId',
          message: `${String(ctx.periodName)} is signed off and read-only; indicator values can no longer be recorded for it.`,
        });
      }
      if (!Number.isFinite(cmd.value)) problems.push({ field: 'input.value', message: 'must be a finite number.' });
      if (problems.length) throw badInput(problems);
      const note = cmd.note?.trim() ? cmd.note.trim() : null;
      const periodName = String(ctx.periodName);
      const existing = ctx.valueRow ? camelRow(ctx.valueRow) : null;
      const audit = (id: string, operation: string, changes: Record<string, { before: unknown; after: unknown }>) =>
        writeAudit(manager, [
          {
            actorId: actor.personId,
            partnershipId: strategy.partnershipId,
            entityType: 'indicator_value',
            entityId: id,
            operation,
            changes,
          },
        ]);

      if (!existing) {
        if (cmd.version != null) throw notFound('IndicatorValue', `${cmd.indicatorId}/${cmd.periodId}`);
        const inserted = await queryRows<IndicatorValueRow>(
          manager,
          `INSERT INTO indicator_value (indicator_id, period_id, value, note) VALUES ($1, $2, $3, $4)
           ON CONFLICT (indicator_id, period_id) DO NOTHING RETURNING *`,
          [cmd.indicatorId, cmd.periodId, cmd.value, note],
        );
        if (inserted.length === 0) throw conflict('IndicatorValue', `${cmd.indicatorId}/${cmd.periodId}`, 0, null);
        const after = camelRow(inserted[0]);
        await audit(after.id, 'create', diffFields(null, after));
        return toIndicatorValueView({ ...after, value: String(after.value), periodName });
      }
      const id = existing.id;
      if (cmd.version == null) throw conflict('IndicatorValue', id, 0, existing);
      const { before, after } = await updateWithVersion(manager, {
        table: 'indicator_value',
        entity: 'IndicatorValue',
        id,
        expectedVersion: cmd.version,
        set: { value: cmd.value, note },
      });
      await audit(id, 'update', diffFields(before, after));
      return toIndicatorValueView({ ...after, value: String(after.value), periodName });
    });
  }

  /** Loads and locks the live strategy; the actor must administer its partnership. */
  private async adminStrategy(
    manager: EntityManager,
    actor: Actor,
    strategyId: string,
    named: RecordRef = { entity: 'Strategy', id: strategyId },
  ): Promise<OwningStrategy> {
    const strategy = await loadForWrite(manager, 'strategy', 'Strategy', strategyId);
    AccessPolicy.assertAdministrator(actor, strategy.partnershipId, named);
    return strategy;
  }
}

/** Field checks the input classes cannot make (whole-record and database rules), all reported together. */
async function validateFields(
  manager: EntityManager,
  strategyId: string,
  input: IndicatorFields,
  creating: boolean,
): Promise<void> {
  const problems: FieldProblem[] = [];
  if ((creating || input.name != null) && !input.name?.trim())
    problems.push({ field: 'input.name', message: 'Enter the indicator name.' });
  if (input.name && input.name.trim().length > INDICATOR_NAME_MAX)
    problems.push({ field: 'input.name', message: `must be ${INDICATOR_NAME_MAX} characters or fewer.` });
  if (input.unit && input.unit.trim().length > INDICATOR_UNIT_MAX)
    problems.push({ field: 'input.unit', message: `must be ${INDICATOR_UNIT_MAX} characters or fewer.` });
  if (input.tolerance != null && Number.isFinite(input.tolerance) && input.tolerance < 0)
    problems.push({ field: 'input.tolerance', message: 'must be 0 or more.' });
  for (const field of ['baseline', 'target', 'tolerance'] as const) {
    const value = input[field];
    if (value !== null && value !== undefined && !Number.isFinite(value))
      problems.push({ field: `input.${field}`, message: 'must be a finite number.' });
  }
  if (input.objectiveId) {
    const found = await queryRows<{ strategyId: string; archived: boolean }>(
      manager,
      `SELECT strategy_id AS "strategyId", archived_at IS NOT NULL AS archived FROM objective WHERE id = $1`,
      [input.objectiveId],
    );
    if (!found[0] || found[0].archived) problems.push({ field: 'input.objectiveId', message: 'No such objective.' });
    else if (found[0].strategyId !== strategyId)
      problems.push({
        field: 'input.objectiveId',
        message: "The objective belongs to another strategy than the indicator's.",
      });
  }
  if (problems.length) throw badInput(problems);
}
