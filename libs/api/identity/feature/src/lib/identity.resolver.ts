import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { writeAudit } from '@waymark/api/audit/data-access';
import { PasswordSignIn } from '@waymark/api/identity/data-access';
import { enqueueMail, passwordChangedMail } from '@waymark/api/mail/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { Actor, CurrentActor, Public, badInput } from '@waymark/api/shared/util';
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
    if (!(await this.passwordSignIn.checkCurrentPassword(actor.personId, input.currentPassword))) {
      throw badInput([{ field: 'input.currentPassword', message: 'is not your current password.' }]);
    }
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
    return true;
  }
}
