import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { assembleTrees, todayIso } from './tree.assembler';
import { Queryable, selectActions, selectObjectives, selectPeriods, selectStrategies, selectThemes, StrategyRow } from './tree.queries';
import { StrategyView } from './tree.views';
import { loadUpdatesByAction } from './updates.queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The strategy tree in six statements whatever its size: strategies, periods, themes, objectives,
 * actions (with names and supporters), updates. Assembled into plain objects in TS.
 */
@Injectable()
export class StrategyTreeService {
  constructor(private readonly dataSource: DataSource) {}

  async strategies(actor: Actor): Promise<StrategyView[]> {
    AccessPolicy.assertCanRead(actor, actor.partnershipId);
    const strategies = await selectStrategies(this.dataSource, { partnershipId: actor.partnershipId });
    return this.load(this.dataSource, strategies);
  }

  /**
   * `recentUpdatesOnly`: each action's `updates` holds only its previous and latest update (what `latestUpdate`,
   * `previousUpdate` and their staleness need) — for reads that do not ask for the whole history.
   */
  async strategy(actor: Actor, id: string, q: Queryable = this.dataSource, options: { recentUpdatesOnly?: boolean } = {}): Promise<StrategyView> {
    if (!UUID.test(id)) throw notFound('Strategy', id);
    const strategies = await selectStrategies(q, { ids: [id] });
    const found = strategies[0];
    if (!found || found.archivedAt || found.partnershipId !== actor.partnershipId) throw notFound('Strategy', id);
    AccessPolicy.assertCanRead(actor, found.partnershipId);
    const [tree] = await this.load(q, strategies, options.recentUpdatesOnly);
    return tree;
  }

  private async load(q: Queryable, strategies: StrategyRow[], recentOnly = false): Promise<StrategyView[]> {
    if (strategies.length === 0) return [];
    const ids = strategies.map((s) => s.id);
    const [periods, themes, objectives, actions, updates] = await Promise.all([
      selectPeriods(q, ids),
      selectThemes(q, ids),
      selectObjectives(q, ids),
      selectActions(q, ids),
      loadUpdatesByAction(q, { strategyIds: ids }, { recentOnly }),
    ]);
    return assembleTrees({ strategies, periods, themes, objectives, actions, updates }, todayIso());
  }
}
