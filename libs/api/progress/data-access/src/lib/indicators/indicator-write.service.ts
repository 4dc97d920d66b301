import { Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { queryRows, updateWithVersion, type IndicatorRow, type VersionedRecord } from '@waymark/api/database';
import { AccessPolicy, RecordRef } from '@waymark/api/identity/data-access';
import { archiveAudited, insertAudited, loadForWrite, updateAudited } from '@waymark/api/partnership/data-access';
import { Actor, badInput, conflict } from '@waymark/api/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { IndicatorReadService } from './indicator-read.service';
import { CreateIndicatorCommand, IndicatorMove, UpdateIndicatorCommand, validateFields } from './indicator-fields';
import { IndicatorView } from './indicator.views';

type OwningStrategy = Pick<VersionedRecord<'strategy'>, 'id' | 'partnershipId'>;

/**
 * Indicator definitions and their order, written by administrators (values: IndicatorValueWriteService).
 * Every write: one transaction, version-checked, audited.
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
