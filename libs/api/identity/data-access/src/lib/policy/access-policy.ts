import { GraphQLError } from 'graphql';
import { Actor, ErrorCode, forbidden, notFound } from '@waymark/api/shared/util';

/** The record a check is about, so a refusal can answer exactly as a missing record of that kind would. */
export interface RecordRef {
  readonly entity: string;
  readonly id: string;
}

/**
 * Another partnership's record is answered as missing: FORBIDDEN would tell the caller that the id exists.
 */
function notInPartnership(record?: RecordRef): GraphQLError {
  if (record) return notFound(record.entity, record.id);
  return new GraphQLError('The record was not found.', { extensions: { code: ErrorCode.NotFound } });
}

/**
 * Who may do what. Called by services on every write (and on reads scoped to a partnership),
 * with the record's own ownership fields, so a UI that hides a button is never the only check.
 */
export const AccessPolicy = {
  /** Viewer / report officer: anyone signed in to the partnership. */
  assertCanRead(actor: Actor, partnershipId: string, record?: RecordRef): void {
    if (actor.partnershipId !== partnershipId) throw notInPartnership(record);
  },

  /** Administrator: structure, people, groups, periods, imports. */
  assertAdministrator(actor: Actor, partnershipId: string, record?: RecordRef): void {
    AccessPolicy.assertCanRead(actor, partnershipId, record);
    if (!actor.isAdministrator) throw forbidden('only a partnership administrator can change the structure.');
  },

  /** Senior officer: a member of the group accountable for the strategy. */
  canReview(actor: Actor, strategy: { id: string; partnershipId: string }): boolean {
    return actor.partnershipId === strategy.partnershipId && actor.reviewerOfStrategyIds.includes(strategy.id);
  },

  assertCanReview(actor: Actor, strategy: { id: string; partnershipId: string }, record?: RecordRef): void {
    AccessPolicy.assertCanRead(actor, strategy.partnershipId, record);
    if (!AccessPolicy.canReview(actor, strategy)) {
      throw forbidden(
        'only members of the group accountable for this strategy can review, validate, sign off or write commentary.',
      );
    }
  },

  /** Delivery lead: member of the action's delivery group, or the action's named lead officer. */
  canWriteUpdate(
    actor: Actor,
    action: { partnershipId: string; deliveryGroupId: string | null; leadPersonId: string | null },
  ): boolean {
    if (actor.partnershipId !== action.partnershipId) return false;
    if (action.leadPersonId && action.leadPersonId === actor.personId) return true;
    return action.deliveryGroupId !== null && actor.deliveryGroupIds.includes(action.deliveryGroupId);
  },

  assertCanWriteUpdate(
    actor: Actor,
    action: { partnershipId: string; deliveryGroupId: string | null; leadPersonId: string | null },
    record?: RecordRef,
  ): void {
    AccessPolicy.assertCanRead(actor, action.partnershipId, record);
    if (!AccessPolicy.canWriteUpdate(actor, action)) {
      throw forbidden("only the action's delivery group or its lead officer can write its progress update.");
    }
  },
};
