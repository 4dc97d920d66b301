import { badInput } from '@waymark/api/shared/util';
import { PeriodState } from '@waymark/shared/domain';
import { EntityManager } from 'typeorm';
import { queryRows } from '@waymark/api/database';

/**
 * The period's state read under a row lock held to the end of the transaction. Writes that depend on the
 * state lock it FOR SHARE (they run side by side); a state change locks it FOR UPDATE, so it waits for the
 * writes in flight and the writes that start meanwhile wait for it and then read its committed state.
 * Without the lock a write could check "open", a sign-off commit, and the write commit after it (write skew).
 * Lock order everywhere: the period first, then the rows that belong to it.
 */
export async function lockPeriodState(
  manager: EntityManager,
  periodId: string,
  mode: 'share' | 'update',
): Promise<PeriodState | null> {
  const rows = await queryRows<{ state: PeriodState }>(
    manager,
    `SELECT state FROM reporting_period WHERE id = $1 ${mode === 'share' ? 'FOR SHARE' : 'FOR UPDATE'}`,
    [periodId],
  );
  return rows[0]?.state ?? null;
}

const SIGNED_OFF_MESSAGE = {
  change: 'the reporting period is signed off and read-only; a change now must be a correction with a reason.',
  // A correction only changes an update that exists, so a new one needs the period reopened.
  create:
    'the reporting period is signed off and read-only; an update not given before sign-off can only be added if the period is reopened.',
};

/** Locks the period for a write that only a period not yet signed off accepts; refuses a signed-off one. */
export async function assertPeriodWritable(
  manager: EntityManager,
  periodId: string,
  field: string,
  write: 'change' | 'create' = 'change',
): Promise<void> {
  if ((await lockPeriodState(manager, periodId, 'share')) === PeriodState.SignedOff) {
    throw badInput([{ field, message: SIGNED_OFF_MESSAGE[write] }]);
  }
}
