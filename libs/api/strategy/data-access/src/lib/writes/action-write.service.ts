import { Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import {
  archiveAudited,
  insertAudited,
  isUniqueViolation,
  loadForWrite,
  returnedRows,
  updateAudited,
} from '@waymark/api/partnership/data-access';
import { Actor, badInput } from '@waymark/api/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { StrategyTreeService } from '../tree/strategy-tree.service';
import { ActionView, StrategyView } from '../tree/tree.views';
import { validateAction } from './action-validation';
import { nextSortOrder, nodeForWrite, strategyForWrite } from './ownership';
import { ActionFields, VersionedRef } from './write-inputs';

/** Administrator writes for actions. A due-date change keeps the original date and counts the reschedule. */
@Injectable()
export class ActionWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trees: StrategyTreeService,
  ) {}

  async create(actor: Actor, input: ActionFields & { themeId: string; title: string }): Promise<ActionView> {
    const { id, strategyId } = await this.write(async (manager) => {
      const theme = await loadForWrite(manager, 'theme', 'Theme', input.themeId);
      const strategy = await strategyForWrite(manager, actor, theme.strategyId, { entity: 'Theme', id: input.themeId });
      const placement = {
        themeId: input.themeId,
        objectiveId: input.objectiveId ?? null,
        startsOn: input.startsOn ?? null,
        currentDueOn: input.currentDueOn ?? null,
      };
      await validateAction(manager, strategy, input, placement);
      const sortOrder = await this.nextSortOrder(manager, placement);
      const { supportingOrganisationIds, ...fields } = input;
      const row = await insertAudited(manager, actor, {
        table: 'action',
        entityType: 'Action',
        values: {
          ...fields,
          strategyId: strategy.id,
          title: input.title.trim(),
          ...placement,
          originalDueOn: placement.currentDueOn,
          sortOrder,
        },
      });
      await this.replaceSupporters(manager, actor, row.id, supportingOrganisationIds);
      return { id: row.id, strategyId: strategy.id };
    });
    return this.find(await this.trees.strategy(actor, strategyId), id);
  }

  async update(actor: Actor, input: VersionedRef & ActionFields): Promise<ActionView> {
    const strategyId = await this.write(async (manager) => {
      const { row: before, strategy } = await nodeForWrite(manager, actor, 'action', 'Action', input.id);
      const placement = {
        themeId: input.themeId ?? before.themeId,
        objectiveId:
          input.objectiveId !== undefined
            ? input.objectiveId
            : input.themeId && input.themeId !== before.themeId
              ? null
              : before.objectiveId,
        startsOn: input.startsOn !== undefined ? input.startsOn : before.startsOn,
        currentDueOn: input.currentDueOn !== undefined ? input.currentDueOn : before.currentDueOn,
      };
      await validateAction(manager, strategy, input, placement);
      const moved = placement.themeId !== before.themeId || placement.objectiveId !== before.objectiveId;
      const dueChanged = placement.currentDueOn !== before.currentDueOn;
      const { supportingOrganisationIds, ...rest } = input;
      const fields: Partial<typeof rest> = { ...rest };
      delete fields.id;
      delete fields.version;
      await updateAudited(manager, actor, {
        table: 'action',
        entityType: 'Action',
        id: input.id,
        version: input.version,
        set: {
          ...fields,
          ...placement,
          title: input.title?.trim(),
          sortOrder: moved ? await this.nextSortOrder(manager, placement) : undefined,
          originalDueOn: before.originalDueOn ?? placement.currentDueOn,
          rescheduleCount:
            dueChanged && before.currentDueOn !== null && placement.currentDueOn !== null
              ? before.rescheduleCount + 1
              : undefined,
        },
      });
      await this.replaceSupporters(manager, actor, input.id, supportingOrganisationIds);
      return before.strategyId;
    });
    return this.find(await this.trees.strategy(actor, strategyId), input.id);
  }

  /** Archives the action; returns the strategy tree without it. */
  async archive(actor: Actor, input: VersionedRef): Promise<StrategyView> {
    const strategyId = await this.dataSource.transaction(async (manager) => {
      const { row } = await nodeForWrite(manager, actor, 'action', 'Action', input.id);
      await archiveAudited(manager, actor, {
        table: 'action',
        entityType: 'Action',
        id: input.id,
        version: input.version,
      });
      return row.strategyId;
    });
    return this.trees.strategy(actor, strategyId);
  }

  private nextSortOrder(
    manager: EntityManager,
    placement: { themeId: string; objectiveId: string | null },
  ): Promise<number> {
    return placement.objectiveId
      ? nextSortOrder(manager, 'action', 'objective_id = $1', [placement.objectiveId])
      : nextSortOrder(manager, 'action', 'theme_id = $1 AND objective_id IS NULL', [placement.themeId]);
  }

  /** Replaces the supporting organisations when given (null or [] clears them), audited on the action. */
  private async replaceSupporters(
    manager: EntityManager,
    actor: Actor,
    actionId: string,
    ids: string[] | null | undefined,
  ): Promise<void> {
    if (ids === undefined) return;
    const before = returnedRows<{ organisationId: string }>(
      await manager.query(
        `DELETE FROM action_supporting_organisation WHERE action_id = $1 RETURNING organisation_id AS "organisationId"`,
        [actionId],
      ),
    );
    const after = [...new Set(ids ?? [])];
    if (after.length) {
      await manager.query(
        `INSERT INTO action_supporting_organisation (action_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
        [actionId, after],
      );
    }
    const previous = before.map((b) => b.organisationId).sort();
    if (JSON.stringify(previous) !== JSON.stringify([...after].sort())) {
      await writeAudit(manager, [
        {
          actorId: actor.personId,
          partnershipId: actor.partnershipId,
          entityType: 'Action',
          entityId: actionId,
          operation: 'update',
          changes: { supportingOrganisationIds: { before: previous, after } },
        },
      ]);
    }
  }

  private find(tree: StrategyView, id: string): ActionView {
    const found = tree.themes
      .flatMap((t) => [...t.actions, ...t.objectives.flatMap((o) => o.actions)])
      .find((a) => a.id === id);
    if (!found) throw new Error(`Action ${id} missing from its strategy tree after a write.`);
    return found;
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error))
        throw badInput([
          { field: 'input.ref', message: 'Another action in this strategy already uses this reference.' },
        ]);
      throw error;
    }
  }
}
