import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { writeAudit } from '@waymark/api/audit/data-access';
import { AccessPolicy, logSecurityEvent, PasswordSignIn, SecurityEvents, SignInRateLimiter } from '@waymark/api/identity/data-access';
import { enqueueMail, passwordChangedMail } from '@waymark/api/mail/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { Actor, CurrentActor, Public, badInput, notFound } from '@waymark/api/shared/util';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { CurrentUserModel } from './models/current-user.model';
import { ChangePasswordInput, SignInInput } from './models/identity.input';
import { CurrentUserService } from './current-user.service';
import { endSession, establishSession } from './session/sessions';
import { recordSignIn } from './sign-in-record';

@Resolver(() => CurrentUserModel)
export class IdentityResolver {
  constructor(
    private readonly passwordSignIn: PasswordSignIn,
    private readonly currentUser: CurrentUserService,
    private readonly dataSource: DataSource,
    private readonly limiter: SignInRateLimiter,
    private readonly events: SecurityEvents,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  @Public()
  @Mutation(() => CurrentUserModel, { description: 'Signs in with email and password; sets the session cookie.' })
  async signIn(@Args('input') input: SignInInput, @Context('req') req: Request): Promise<CurrentUserModel> {
    const result = await this.passwordSignIn.authenticate(input, { address: req.ip ?? 'unknown' });
    await establishSession(req, result);
    await recordSignIn(this.dataSource, result.personId);
    return this.currentUser.describe(result.personId);
  }

  @Mutation(() => Boolean, { description: 'Ends the session (deleted server-side) and clears the cookie.' })
  async signOut(@Context('req') req: Request, @Context('res') res: Response): Promise<boolean> {
    await endSession(req, res);
    return true;
  }

  @Query(() => CurrentUserModel, { description: 'The signed-in person.' })
  me(@CurrentActor() actor: Actor): Promise<CurrentUserModel> {
    return this.currentUser.describe(actor.personId);
  }

  @Mutation(() => Boolean, { description: "Changes the signed-in person's password and ends their other sessions." })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentActor() actor: Actor,
    @Context('req') req: Request,
  ): Promise<boolean> {
    await this.passwordSignIn.assertCurrentPassword(actor, input.currentPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.passwordSignIn.setPassword(manager, actor.personId, input.password);
      await manager.query(`DELETE FROM user_session WHERE sess->>'personId' = $1 AND sid <> $2`, [actor.personId, req.sessionID]);
      await writeAudit(manager, [
        {
          actorId: actor.personId,
          partnershipId: actor.partnershipId,
          entityType: 'person',
          entityId: actor.personId,
          operation: 'change_password',
          changes: {},
        },
      ]);
      const [person]: Array<{ email: string }> = await manager.query(`SELECT email FROM person WHERE id = $1`, [actor.personId]);
      await enqueueMail(manager, {
        partnershipId: actor.partnershipId,
        to: person.email,
        content: passwordChangedMail({ fullName: actor.fullName, resetLink: `${this.config.publicUrl}/forgot-password` }),
      });
    });
    logSecurityEvent({ type: 'password_changed', personId: actor.personId, partnershipId: actor.partnershipId, actorId: actor.personId, address: req.ip });
    return true;
  }

  @Mutation(() => Boolean, {
    description: "Administrators: lets a person of the partnership try to sign in again at once (clears their sign-in delay).",
  })
  async unlockSignIn(@Args('personId', { type: () => ID }) personId: string, @CurrentActor() actor: Actor): Promise<boolean> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    if (!UUID.test(personId)) throw badInput([{ field: 'personId', message: 'must be a person id (a UUID).' }]);
    const [person]: Array<{ email: string }> = await this.dataSource.query(`SELECT email FROM person WHERE id = $1 AND partnership_id = $2`, [
      personId,
      actor.partnershipId,
    ]);
    if (!person) throw notFound('Person', personId);
    await this.limiter.clear([
      { scope: 'account', key: SignInRateLimiter.accountKey(person.email) },
      { scope: 'password_change', key: personId },
    ]);
    await this.events.record({ type: 'sign_in_unlocked', personId, partnershipId: actor.partnershipId, actorId: actor.personId });
    return true;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
