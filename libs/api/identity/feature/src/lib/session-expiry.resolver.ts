import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, type RequestWithActor } from '@waymark/api/shared/util';
import type { Request } from 'express';
import { SessionExpiryModel } from './models/session-expiry.model';
import { extendSession, leaveSessionUntouched, sessionExpiryOf } from './session/session-expiry';

/** The timeout warning's two calls: when does my session end (without extending it), and keep it alive. */
@Resolver(() => SessionExpiryModel)
export class SessionExpiryResolver {
  @Public()
  @Query(() => SessionExpiryModel, {
    nullable: true,
    description:
      'When the caller’s session ends; null when signed out. Asking does not extend the session (nor does anything else in the same request).',
  })
  sessionExpiry(@Context('req') req: Request & RequestWithActor): SessionExpiryModel | null {
    leaveSessionUntouched(req);
    return req.actor ? sessionExpiryOf(req) : null;
  }

  // Not @Public(): the session guard answers UNAUTHENTICATED without a session.
  @Mutation(() => SessionExpiryModel, {
    description: 'Stay signed in: the idle timeout starts again now (never past the absolute limit).',
  })
  async staySignedIn(@Context('req') req: Request): Promise<SessionExpiryModel> {
    await extendSession(req);
    const expiry = sessionExpiryOf(req);
    if (!expiry) throw new Error('The session has no expiry after it was extended.');
    return expiry;
  }
}
