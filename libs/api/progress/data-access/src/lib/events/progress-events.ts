import type { Rag } from '@waymark/shared/domain';
import type { EntityManager } from 'typeorm';

/** Injection token of the ProgressEvents the write side calls (provided by the notifications library). */
export const PROGRESS_EVENTS = Symbol('PROGRESS_EVENTS');

export interface UpdateReviewedEvent {
  readonly updateId: string;
  readonly actorId: string;
  readonly outcome: 'accepted' | 'returned' | 'rag_validated';
  /** The validated RAG before this change (for 'rag_validated': only a change of it is news). */
  readonly previousValidatedRag: Rag | null;
}

export interface PeriodSignedOffEvent {
  readonly periodId: string;
  readonly actorId: string;
}

/**
 * What the progress workflow tells the rest of the system, called inside the transaction of the change after it
 * is written: whatever a listener writes (a notification, an e-mail in the outbox) commits or rolls back with it.
 */
export interface ProgressEvents {
  updateReviewed(manager: EntityManager, event: UpdateReviewedEvent): Promise<void>;
  periodSignedOff(manager: EntityManager, event: PeriodSignedOffEvent): Promise<void>;
}
