import { Injectable } from '@nestjs/common';
import { archiveAudited, insertAudited, loadForWrite, updateAudited } from '@waymark/api/partnership/data-access';
import { Actor, badInput } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { StrategyTreeService } from '../tree/strategy-tree.service';
import { ObjectiveView, StrategyView, ThemeView } from '../tree/tree.views';
import { nextSortOrder, nodeForWrite, strategyForWrite } from './ownership';
import { ObjectiveFields, ThemeFields, VersionedRef } from './write-inputs';

/** Administrator writes for themes and objectives; each returns the node as the tree now shows it. */
@Injectable()
export class ThemeObjectiveWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trees: StrategyTreeService,
  ) {}

  async createTheme(actor: Actor, input: ThemeFields & { strategyId: string; title: string }): Promise<ThemeView> {
    const id = await this.dataSource.transaction(async (manager) => {
      await strategyForWrite(manager, actor, input.strategyId);
      const sortOrder = await nextSortOrder(manager, 'theme', 'strategy_id = $1', [input.strategyId]);
      const row = await insertAudited(manager, actor, {
        table: 'theme',
        entityType: 'Theme',
        values: {
          strategyId: input.strategyId,
          title: input.title.trim(),
          description: input.description ?? null,
          sortOrder,
        },
      });
      return row.id;
    });
    return this.theme(await this.trees.strategy(actor, input.strategyId), id);
  }

  async updateTheme(actor: Actor, input: VersionedRef & ThemeFields): Promise<ThemeView> {
    const strategyId = await this.dataSource.transaction(async (manager) => {
      const { row } = await nodeForWrite(manager, actor, 'theme', 'Theme', input.id);
      await updateAudited(manager, actor, {
        table: 'theme',
        entityType: 'Theme',
        id: input.id,
        version: input.version,
        set: { title: input.title?.trim(), description: input.description },
      });
      return row.strategyId;
    });
    return this.theme(await this.trees.strategy(actor, strategyId), input.id);
  }

  /** Archives the theme; returns the strategy tree without it. */
  async archiveTheme(actor: Actor, input: VersionedRef): Promise<StrategyView> {
    const strategyId = await this.dataSource.transaction(async (manager) => {
      const { row } = await nodeForWrite(manager, actor, 'theme', 'Theme', input.id);
      await archiveAudited(manager, actor, {
        table: 'theme',
        entityType: 'Theme',
        id: input.id,
        version: input.version,
      });
      return row.strategyId;
    });
    return this.trees.strategy(actor, strategyId);
  }

  async createObjective(
    actor: Actor,
    input: ObjectiveFields & { themeId: string; title: string },
  ): Promise<ObjectiveView> {
    const { id, strategyId } = await this.dataSource.transaction(async (manager) => {
      const theme = await loadForWrite(manager, 'theme', 'Theme', input.themeId);
      const strategy = await strategyForWrite(manager, actor, theme.strategyId, { entity: 'Theme', id: input.themeId });
      if (!strategy.hasObjectiveLevel) {
        throw badInput([
          {
            field: 'input.themeId',
            message: 'This strategy has no objective level: add actions directly to the theme.',
          },
        ]);
      }
      const sortOrder = await nextSortOrder(manager, 'objective', 'theme_id = $1', [input.themeId]);
      const row = await insertAudited(manager, actor, {
        table: 'objective',
        entityType: 'Objective',
        values: { strategyId: theme.strategyId, themeId: input.themeId, title: input.title.trim(), sortOrder },
      });
      return row;
    });
    return this.objective(await this.trees.strategy(actor, strategyId), id);
  }

  async updateObjective(actor: Actor, input: VersionedRef & ObjectiveFields): Promise<ObjectiveView> {
    const strategyId = await this.dataSource.transaction(async (manager) => {
      const { row } = await nodeForWrite(manager, actor, 'objective', 'Objective', input.id);
      await updateAudited(manager, actor, {
        table: 'objective',
        entityType: 'Objective',
        id: input.id,
        version: input.version,
        set: { title: input.title?.trim() },
      });
      return row.strategyId;
    });
    return this.objective(await this.trees.strategy(actor, strategyId), input.id);
  }

  /** Archives the objective; returns the strategy tree without it (its actions go with it). */
  async archiveObjective(actor: Actor, input: VersionedRef): Promise<StrategyView> {
    const strategyId = await this.dataSource.transaction(async (manager) => {
      const { row } = await nodeForWrite(manager, actor, 'objective', 'Objective', input.id);
      await archiveAudited(manager, actor, {
        table: 'objective',
        entityType: 'Objective',
        id: input.id,
        version: input.version,
      });
      return row.strategyId;
    });
    return this.trees.strategy(actor, strategyId);
  }

  private theme(tree: StrategyView, id: string): ThemeView {
    const found = tree.themes.find((t) => t.id === id);
    if (!found) throw new Error(`Theme ${id} missing from its strategy tree after a write.`);
    return found;
  }

  private objective(tree: StrategyView, id: string): ObjectiveView {
    const found = tree.themes.flatMap((t) => t.objectives).find((o) => o.id === id);
    if (!found) throw new Error(`Objective ${id} missing from its strategy tree after a write.`);
    return found;
  }
}
