import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from './errors';

/**
 * The signed-in person in the partnership they chose, and what their memberships there allow; resolved once per
 * request by identity. `personId` is the person row of that partnership (one account may have one in several).
 */
export interface Actor {
  /** Who signed in (e-mail, password, single sign-on link); the same in every partnership they switch to. */
  readonly accountId: string;
  readonly personId: string;
  readonly partnershipId: string;
  readonly fullName: string;
  readonly isAdministrator: boolean;
  /** Groups the person belongs to (any kind). */
  readonly groupIds: readonly string[];
  /** Strategies whose accountable group the person sits on (senior officer role). */
  readonly reviewerOfStrategyIds: readonly string[];
  /** Delivery groups the person belongs to (delivery lead role). */
  readonly deliveryGroupIds: readonly string[];
  /** The partnership's IANA time zone: "today" and deadlines are dates there (absent: Europe/London). */
  readonly timeZone?: string;
}

export interface RequestWithActor {
  actor?: Actor;
}

export function requestFrom(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

/** Injects the signed-in actor; throws UNAUTHENTICATED when there is none. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestFrom(context).actor;
  if (!actor) throw unauthenticated();
  return actor;
});
