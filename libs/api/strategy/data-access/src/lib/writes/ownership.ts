import { loadForWrite } from '@waymark/api/partnership/data-access';
import { AccessPolicy, RecordRef } from '@waymark/api/identity/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import { EntityManager } from 'typeorm';
import { queryRows, type VersionedRecord } from '@waymark/api/database';

export type OwningStrategy = Pick<VersionedRecord<'strategy'>, 'id' | 'partnershipId' | 'hasObjectiveLevel'>;

/**
 * Loads (and locks) the live strategy a write belongs to and checks the actor administers it.
 * `named` is the record the caller asked about (a theme, say), which another partnership is told is not found.
 */
export async function strategyForWrite(
  manager: EntityManager,
  actor: Actor,
  strategyId: string,
  named: RecordRef = { entity: 'Strategy', id: strategyId },
): Promise<VersionedRecord<'strategy'>> {
  const strategy = await loadForWrite(manager, 'strategy', 'Strategy', strategyId);
  AccessPolicy.assertAdministrator(actor, strategy.partnershipId, named);
  return strategy;
}

/** A live node of the tree (theme, objective or action) with its strategy, admin-checked. */
export async function nodeForWrite<T extends 'theme' | 'objective' | 'action'>(
  manager: EntityManager,
  actor: Actor,
  table: T,
  entity: string,
  id: string,
): Promise<{ row: VersionedRecord<T>; strategy: OwningStrategy }> {
  const row = await loadForWrite(manager, table, entity, id);
  const strategy = await strategyForWrite(manager, actor, row.strategyId).catch((error: unknown) => {
    throw (error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND' ? notFound(entity, id) : error;
  });
  return { row, strategy };
}

/** Next sort order among siblings: appended at the end. */
export async function nextSortOrder(
  manager: EntityManager,
  table: string,
  where: string,
  params: unknown[],
): Promise<number> {
  const [{ next }] = await queryRows<{ next: number }>(
    manager,
    `SELECT coalesce(max(sort_order), 0) + 1 AS next FROM ${table} WHERE ${where} AND archived_at IS NULL`,
    params,
  );
  return next;
}
