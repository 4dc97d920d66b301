import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ActorLoader } from '@waymark/api/identity/data-access';
import {
  Actor,
  IS_PUBLIC_KEY,
  RequestWithActor,
  isDatabaseUnavailable,
  requestFrom,
  serviceUnavailable,
  unauthenticated,
} from '@waymark/api/shared/util';
import type { Request } from 'express';
import { endSession, isPastAbsoluteTimeout, sessionActor } from './sessions';

// The promise is kept on the request: GraphQL runs the guard once per top-level field, in parallel.
type GuardedRequest = Request & RequestWithActor & { actorResolution?: Promise<void> };

/**
 * Global guard (APP_GUARD) for GraphQL and HTTP: resolves the session's person into `req.actor`
 * (loaded with the session row by the session store, else one SQL statement; once per request) and refuses anything not marked @Public() without one.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = requestFrom(context) as GuardedRequest;
    req.actorResolution ??= this.resolveActor(req);
    await req.actorResolution;
    if (isPublic || req.actor) return true;
    if (context.getType<string>() === 'graphql') throw unauthenticated();
    throw new UnauthorizedException('Sign in to continue.');
  }

  private async resolveActor(req: GuardedRequest): Promise<void> {
    const personId = req.session?.personId;
    if (!personId && !req.session?.accountId) return;
    if (isPastAbsoluteTimeout(req)) {
      await endSession(req, undefined);
      return;
    }
    if (!personId) return; // signed in, still choosing a partnership: no actor yet
    // Usually loaded with the session row (one statement for both); otherwise one more statement.
    const prefetched = sessionActor(req);
    const actor =
      prefetched !== undefined && (prefetched === null || prefetched.personId === personId)
        ? prefetched
        : await this.lookUp(personId);
    // The person must still be the session's account's: an administrator may have moved them to another address.
    const sameAccount = !req.session.accountId || actor?.accountId === req.session.accountId;
    if (actor && sameAccount) req.actor = actor;
    else await endSession(req, undefined); // the lookup answered: the person is unknown, archived or deactivated since sign-in
  }

  /** A lookup that fails proves nothing about the person: the session is kept and the request answered SERVICE_UNAVAILABLE. */
  private async lookUp(personId: string): Promise<Actor | null> {
    try {
      return await this.actors.load(personId);
    } catch (error) {
      throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
    }
  }
}
