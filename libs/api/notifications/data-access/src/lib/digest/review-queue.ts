import type { EntityManager } from 'typeorm';
import { queryRows } from '@waymark/api/database';

/** Submitted updates waiting for review in one strategy's unsigned period. */
export interface ReviewWaiting {
  readonly strategyId: string;
  readonly strategyTitle: string;
  readonly periodId: string;
  readonly periodName: string;
  readonly updateDeadline: string;
  readonly waiting: number;
}

export interface ReviewerWaiting extends ReviewWaiting {
  readonly personId: string;
}

type Db = Pick<EntityManager, 'query'>;

const WAITING = `
  SELECT s.id AS "strategyId", s.title AS "strategyTitle", rp.id AS "periodId", rp.name AS "periodName",
         to_char(rp.update_deadline, 'YYYY-MM-DD') AS "updateDeadline", count(*)::int AS waiting`;

const FROM_SUBMITTED = `
    FROM progress_update pu
    JOIN reporting_period rp ON rp.id = pu.period_id AND rp.state <> 'signed_off'
    JOIN action a ON a.id = pu.action_id AND a.archived_at IS NULL
    JOIN strategy s ON s.id = a.strategy_id AND s.archived_at IS NULL`;

/** What waits for review in the given strategies (the ones a person reviews), per strategy and period. One statement. */
export function reviewsWaitingIn(db: Db, strategyIds: readonly string[]): Promise<ReviewWaiting[]> {
  if (strategyIds.length === 0) return Promise.resolve([]);
  return queryRows<ReviewWaiting>(
    db,
    `${WAITING} ${FROM_SUBMITTED}
      WHERE pu.review_state = 'submitted' AND s.id = ANY($1::uuid[])
      GROUP BY s.id, rp.id ORDER BY rp.update_deadline, s.sort_order, s.title, rp.starts_on`,
    [strategyIds],
  );
}

/**
 * For every reviewer (a member of a strategy's accountable group, not archived or deactivated): what waits for their
 * review, submitted before `before`. One statement for the whole installation.
 */
export function reviewsWaitingForEveryone(db: Db, before: Date): Promise<ReviewerWaiting[]> {
  return queryRows<ReviewerWaiting>(
    db,
    `${WAITING}, gm.person_id AS "personId" ${FROM_SUBMITTED}
      JOIN partnership_group g ON g.id = s.accountable_group_id AND g.archived_at IS NULL
      JOIN group_membership gm ON gm.group_id = g.id
      JOIN person p ON p.id = gm.person_id AND p.archived_at IS NULL AND p.deactivated_at IS NULL
     WHERE pu.review_state = 'submitted' AND pu.submitted_at <= $1
     GROUP BY gm.person_id, s.id, rp.id ORDER BY gm.person_id, rp.update_deadline, s.sort_order, s.title, rp.starts_on`,
    [before],
  );
}
