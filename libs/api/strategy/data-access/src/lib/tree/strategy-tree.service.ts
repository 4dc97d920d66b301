import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { assembleTrees, todayIso } from './tree.assembler';
import { loadTreeRows, type TreeDepth } from './tree-aggregate.queries';
import { Queryable } from './tree.queries';
import { StrategyView } from './tree.views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The strategy tree in two statements whatever its size, run side by side: strategies with their periods,
 * themes and objectives (JSON aggregates), and actions (with names and supporters) with their updates (a JSON
 * aggregate per action). Assembled into plain objects in TS.
 */
@Injectable()
export class StrategyTreeService {
  constructor(private readonly dataSource: DataSource) {}

  /** `depth` `summary`: each strategy with its periods and no themes (`themes` is empty), in one statement. */
  async strategies(actor: Actor, depth: TreeDepth = 'whole'): Promise<StrategyView[]> {
    AccessPolicy.assertCanRead(actor, actor.partnershipId);
    const rows = await loadTreeRows(this.dataSource, { partnershipId: actor.partnershipId }, depth);
    return rows.strategies.length === 0 ? [] : assembleTrees(rows, todayIso(actor.timeZone));
  }

  /**
   * `recentUpdatesOnly`: each action's `updates` holds only its previous and latest update (what `latestUpdate`,
   * `previousUpdate` and their staleness need) — for reads that do not ask for the whole history.
   */
  async strategy(
    actor: Actor,
    id: string,
    q: Queryable = this.dataSource,
    options: { recentUpdatesOnly?: boolean } = {},
  ): Promise<StrategyView> {
    if (!UUID.test(id)) throw notFound('Strategy', id);
    const rows = await loadTreeRows(q, { ids: [id] }, options.recentUpdatesOnly ? 'recent-updates' : 'whole');
    const found = rows.strategies[0];
    if (!found || found.archivedAt || found.partnershipId !== actor.partnershipId) throw notFound('Strategy', id);
    AccessPolicy.assertCanRead(actor, found.partnershipId);
    const [tree] = assembleTrees(rows, todayIso(actor.timeZone));
    return tree;
  }
}
