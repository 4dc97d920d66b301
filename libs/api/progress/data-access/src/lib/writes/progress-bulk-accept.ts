import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import { ReviewState } from '@waymark/shared/domain';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import type { ProgressEvents } from '../events/progress-events';
import { reviewProgressUpdate } from './progress-review-writes';
import { ProgressUpdateRecord, VersionedCommand } from './progress-update-context';
import { queryRows } from '@waymark/api/database';

/** A review page holds at most a few hundred submitted updates; more in one request is a mistake. */
export const BULK_ACCEPT_LIMIT = 500;

/** What happened to one update of a bulk accept: accepted, or why not (the others are not held back by it). */
export interface BulkAcceptOutcome {
  readonly id: string;
  readonly accepted: ProgressUpdateRecord | null;
  readonly code: string | null;
  readonly message: string | null;
}

/**
 * Accepts several submitted updates. Access is checked for all of them first, so a request naming another
 * partnership's update (NOT_FOUND, as for an unknown id) or one the actor may not review (FORBIDDEN) changes nothing.
 * Then each update is accepted in its own transaction exactly as a single accept (version check, audit row,
 * lifecycle adoption, notification): one that changed since the reviewer's page loaded is refused with CONFLICT and
 * reported, not accepted silently, while the others are accepted.
 */
export async function acceptProgressUpdates(
  dataSource: DataSource,
  actor: Actor,
  items: readonly VersionedCommand[],
  events: ProgressEvents,
): Promise<BulkAcceptOutcome[]> {
  if (items.length === 0)
    throw badInput([{ field: 'input.updates', message: 'select at least one update to accept.' }]);
  if (items.length > BULK_ACCEPT_LIMIT)
    throw badInput([{ field: 'input.updates', message: `accept at most ${BULK_ACCEPT_LIMIT} updates at a time.` }]);
  const ids = items.map((i) => i.id);
  if (new Set(ids).size !== ids.length)
    throw badInput([{ field: 'input.updates', message: 'names the same update more than once.' }]);
  await assertCanReviewAll(dataSource, actor, ids);
  const outcomes: BulkAcceptOutcome[] = [];
  for (const item of items) {
    try {
      const accepted = await reviewProgressUpdate(dataSource, actor, item, ReviewState.Accepted, null, events);
      outcomes.push({ id: item.id, accepted, code: null, message: null });
    } catch (error) {
      if (!(error instanceof GraphQLError) || typeof error.extensions['code'] !== 'string') throw error;
      outcomes.push({ id: item.id, accepted: null, code: error.extensions['code'], message: error.message });
    }
  }
  return outcomes;
}

/** One statement for the ownership of every named update. */
async function assertCanReviewAll(dataSource: DataSource, actor: Actor, ids: readonly string[]): Promise<void> {
  const rows = await queryRows<{ id: string; strategy_id: string; partnership_id: string }>(
    dataSource,
    `SELECT pu.id, a.strategy_id, s.partnership_id
       FROM progress_update pu JOIN action a ON a.id = pu.action_id JOIN strategy s ON s.id = a.strategy_id
      WHERE pu.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) throw notFound('ProgressUpdate', id);
    AccessPolicy.assertCanReview(
      actor,
      { id: row.strategy_id, partnershipId: row.partnership_id },
      { entity: 'ProgressUpdate', id },
    );
  }
}
