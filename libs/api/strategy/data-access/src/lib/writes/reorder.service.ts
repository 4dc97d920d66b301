import { Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { loadForWrite } from '@waymark/api/partnership/data-access';
import { Actor, badInput } from '@waymark/api/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { StrategyTreeService } from '../tree/strategy-tree.service';
import { StrategyView } from '../tree/tree.views';
import { strategyForWrite } from './ownership';
import { ReorderInput } from './write-inputs';
import { queryRows } from '@waymark/api/database';

type Kind = 'theme' | 'objective' | 'action';

/**
 * Rewrites sort_order for a parent's children in the given order. The ids must be exactly the
 * parent's live children: a stale list (someone added or archived one meanwhile) is refused.
 * For actions the parent is an objective, or a theme for its actions with no objective.
 */
@Injectable()
export class ReorderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trees: StrategyTreeService,
  ) {}

  reorderThemes(actor: Actor, input: ReorderInput): Promise<StrategyView> {
    return this.reorder(actor, input, 'theme', () =>
      Promise.resolve({ strategyId: input.parentId, where: 'strategy_id = $1', parentType: 'Strategy' }),
    );
  }

  reorderObjectives(actor: Actor, input: ReorderInput): Promise<StrategyView> {
    return this.reorder(actor, input, 'objective', async (manager) => {
      const theme = await loadForWrite(manager, 'theme', 'Theme', input.parentId);
      return { strategyId: theme.strategyId, where: 'theme_id = $1', parentType: 'Theme' };
    });
  }

  reorderActions(actor: Actor, input: ReorderInput): Promise<StrategyView> {
    return this.reorder(actor, input, 'action', async (manager) => {
      const [objective] = await queryRows<{ strategyId: string }>(
        manager,
        `SELECT strategy_id AS "strategyId" FROM objective WHERE id = $1 AND archived_at IS NULL`,
        [input.parentId],
      );
      if (objective) return { strategyId: objective.strategyId, where: 'objective_id = $1', parentType: 'Objective' };
      const theme = await loadForWrite(manager, 'theme', 'Theme', input.parentId);
      return { strategyId: theme.strategyId, where: 'theme_id = $1 AND objective_id IS NULL', parentType: 'Theme' };
    });
  }

  private async reorder(
    actor: Actor,
    input: ReorderInput,
    kind: Kind,
    parent: (manager: EntityManager) => Promise<{ strategyId: string; where: string; parentType: string }>,
  ): Promise<StrategyView> {
    const strategyId = await this.dataSource.transaction(async (manager) => {
      const { strategyId, where, parentType } = await parent(manager);
      // A parent of actions that is neither is reported as a missing theme (the last place looked), so another
      // partnership's objective must be too.
      await strategyForWrite(manager, actor, strategyId, {
        entity: kind === 'action' ? 'Theme' : parentType,
        id: input.parentId,
      });
      const children = await queryRows<{ id: string; sortOrder: number }>(
        manager,
        `SELECT id, sort_order AS "sortOrder" FROM ${kind} WHERE ${where} AND archived_at IS NULL ORDER BY sort_order, id FOR UPDATE`,
        [input.parentId],
      );
      const current = children.map((c) => c.id);
      const given = new Set(input.orderedIds);
      if (
        given.size !== input.orderedIds.length ||
        given.size !== current.length ||
        current.some((id) => !given.has(id))
      ) {
        throw badInput([
          {
            field: 'input.orderedIds',
            message: `List every ${kind} of the parent exactly once (it has ${current.length}); reload if someone changed them.`,
          },
        ]);
      }
      await manager.query(
        `UPDATE ${kind} SET sort_order = o.position, updated_at = now()
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
         WHERE ${kind}.id = o.id AND ${kind}.sort_order IS DISTINCT FROM o.position`,
        [input.orderedIds],
      );
      await writeAudit(manager, [
        {
          actorId: actor.personId,
          partnershipId: actor.partnershipId,
          entityType: parentType,
          entityId: input.parentId,
          operation: `reorder_${kind}s`,
          changes: { order: { before: current, after: input.orderedIds } },
        },
      ]);
      return strategyId;
    });
    return this.trees.strategy(actor, strategyId);
  }
}
