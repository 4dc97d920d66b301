import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { writeAudit } from '@waymark/api/audit/data-access';
import {
  AccessPolicy,
  PasswordSignIn,
  SecurityEvents,
  SignInRateLimiter,
  endAccountSessions,
  logSecurityEvent,
} from '@waymark/api/identity/data-access';
import { enqueueMail, passwordChangedMail } from '@waymark/api/mail/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { Actor, CurrentActor, Public, badInput, notFound } from '@waymark/api/shared/util';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { CurrentUserModel } from './models/current-user.model';
import { ChangePasswordInput, SignInInput } from './models/identity.input';
import { CurrentUserService } from './current-user.service';
import { AccountEntry } from './partnerships/account-entry';
import { endSession } from './session/sessions';
import { queryRows, type AccountRow, type PersonRow } from '@waymark/api/database';

@Resolver(() => CurrentUserModel)
export class IdentityResolver {
  constructor(
    private readonly passwordSignIn: PasswordSignIn,
    private readonly entry: AccountEntry,
    private readonly currentUser: CurrentUserService,
    private readonly dataSource: DataSource,
    private readonly limiter: SignInRateLimiter,
    private readonly events: SecurityEvents,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  @Public()
  @Mutation(() => CurrentUserModel, {
    nullable: true,
    description:
      'Signs in with email and password; sets the session cookie. Null when the account belongs to several partnerships: the session then waits for choosePartnership (see partnershipChoices).',
  })
  async signIn(@Args('input') input: SignInInput, @Context('req') req: Request): Promise<CurrentUserModel | null> {
    const result = await this.passwordSignIn.authenticate(input, { address: req.ip ?? 'unknown' });
    const personId = await this.entry.enter(req, result);
    return personId ? this.currentUser.describe(personId) : null;
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

  @Mutation(() => Boolean, {
    description: "Changes the signed-in account's password and ends its other sessions (in every partnership).",
  })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentActor() actor: Actor,
    @Context('req') req: Request,
  ): Promise<boolean> {
    await this.passwordSignIn.assertCurrentPassword(actor, input.currentPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.passwordSignIn.setPassword(manager, actor.accountId, input.password);
      await endAccountSessions(manager, actor.accountId, req.sessionID);
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
      const [person] = await queryRows<Pick<AccountRow, 'email'>>(
        manager,
        `SELECT email::text AS email FROM account WHERE id = $1`,
        [actor.accountId],
      );
      await enqueueMail(manager, {
        partnershipId: actor.partnershipId,
        to: person.email,
        content: passwordChangedMail({
          fullName: actor.fullName,
          resetLink: `${this.config.publicUrl}/forgot-password`,
        }),
      });
    });
    logSecurityEvent({
      type: 'password_changed',
      personId: actor.personId,
      partnershipId: actor.partnershipId,
      actorId: actor.personId,
      address: req.ip,
    });
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Administrators: lets a person of the partnership try to sign in again at once (clears their sign-in delay).',
  })
  async unlockSignIn(
    @Args('personId', { type: () => ID }) personId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    if (!UUID.test(personId)) throw badInput([{ field: 'personId', message: 'must be a person id (a UUID).' }]);
    const [person] = await queryRows<Pick<PersonRow, 'email'>>(
      this.dataSource,
      `SELECT email FROM person WHERE id = $1 AND partnership_id = $2`,
      [personId, actor.partnershipId],
    );
    if (!person) throw notFound('Person', personId);
    await this.limiter.clear([
      { scope: 'account', key: SignInRateLimiter.accountKey(person.email) },
      { scope: 'password_change', key: personId },
    ]);
    await this.events.record({
      type: 'sign_in_unlocked',
      personId,
      partnershipId: actor.partnershipId,
      actorId: actor.personId,
    });
    return true;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
