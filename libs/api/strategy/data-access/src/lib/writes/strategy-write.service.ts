import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import {
  archiveAudited,
  insertAudited,
  missingIds,
  storedRagDefinitions,
  updateAudited,
} from '@waymark/api/partnership/data-access';
import { Actor, badInput, FieldProblem } from '@waymark/api/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { StrategyTreeService } from '../tree/strategy-tree.service';
import { StrategyView } from '../tree/tree.views';
import { strategyForWrite } from './ownership';
import { StrategyFields, VersionedRef } from './write-inputs';
import { queryRows, type ColumnValues, type VersionedRecord } from '@waymark/api/database';

/** Administrator writes for strategies (the tree's root). */
@Injectable()
export class StrategyWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trees: StrategyTreeService,
  ) {}

  async create(
    actor: Actor,
    input: StrategyFields & { title: string; startsOn: string; endsOn: string },
  ): Promise<StrategyView> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.validate(manager, actor.partnershipId, null, input);
      const [{ next }] = await queryRows<{ next: number }>(
        manager,
        `SELECT coalesce(max(sort_order), 0) + 1 AS next FROM strategy WHERE partnership_id = $1`,
        [actor.partnershipId],
      );
      const row = await insertAudited(manager, actor, {
        table: 'strategy',
        entityType: 'Strategy',
        values: { ...this.columns(input, {}), partnershipId: actor.partnershipId, sortOrder: next },
      });
      return row.id;
    });
    return this.trees.strategy(actor, id);
  }

  async update(actor: Actor, input: VersionedRef & StrategyFields): Promise<StrategyView> {
    await this.dataSource.transaction(async (manager) => {
      const before = await strategyForWrite(manager, actor, input.id);
      await this.validate(manager, before.partnershipId, before, input);
      await updateAudited(manager, actor, {
        table: 'strategy',
        entityType: 'Strategy',
        id: input.id,
        version: input.version,
        set: this.columns(input, storedRagDefinitions(before.ragDefinitions)),
      });
    });
    return this.trees.strategy(actor, input.id);
  }

  async archive(actor: Actor, input: VersionedRef): Promise<StrategyView> {
    return this.dataSource.transaction(async (manager) => {
      await strategyForWrite(manager, actor, input.id);
      const tree = await this.trees.strategy(actor, input.id, manager);
      const after = await archiveAudited(manager, actor, {
        table: 'strategy',
        entityType: 'Strategy',
        id: input.id,
        version: input.version,
      });
      return { ...tree, archivedAt: after.archivedAt, version: after.version };
    });
  }

  private columns(input: StrategyFields, storedRag: Record<string, unknown>): ColumnValues<'strategy'> {
    const { ragDefinitions, ...fields } = input as StrategyFields & Partial<VersionedRef>;
    delete fields.id;
    delete fields.version;
    return {
      ...fields,
      title: fields.title?.trim(),
      ragDefinitions:
        ragDefinitions === undefined ? undefined : JSON.stringify({ ...storedRag, ...(ragDefinitions ?? {}) }),
    };
  }

  private async validate(
    manager: EntityManager,
    partnershipId: string,
    before: VersionedRecord<'strategy'> | null,
    input: StrategyFields,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    const startsOn = input.startsOn ?? before?.startsOn;
    const endsOn = input.endsOn ?? before?.endsOn;
    if (startsOn && endsOn && endsOn < startsOn)
      problems.push({ field: 'input.endsOn', message: 'The end date must be on or after the start date.' });
    if (input.parentStrategyId) {
      if (before && input.parentStrategyId === before.id) {
        problems.push({ field: 'input.parentStrategyId', message: 'A strategy cannot be its own parent.' });
      } else if ((await missingIds(manager, 'strategy', partnershipId, [input.parentStrategyId])).length) {
        problems.push({ field: 'input.parentStrategyId', message: 'No such strategy in this partnership.' });
      }
    }
    if (
      input.accountableGroupId &&
      (await missingIds(manager, 'partnership_group', partnershipId, [input.accountableGroupId])).length
    ) {
      problems.push({ field: 'input.accountableGroupId', message: 'No such group in this partnership.' });
    }
    if (problems.length) throw badInput(problems);
  }
}
