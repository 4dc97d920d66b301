import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PasswordLinkService, PasswordResetService } from '@waymark/api/identity/data-access';
import { Public } from '@waymark/api/shared/util';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { CurrentUserService } from './current-user.service';
import { CurrentUserModel } from './models/current-user.model';
import { RequestPasswordResetInput, SetPasswordWithTokenInput } from './models/password-link.input';
import { PasswordLinkModel, PasswordLinkPurpose } from './models/password-link.model';
import { establishSession } from './session/sessions';
import { recordSignIn } from './sign-in-record';
import { queryRows } from '@waymark/api/database';

/** One-time links: invitations, the first administrator's link and password resets, all redeemed the same way. */
@Resolver()
export class PasswordLinkResolver {
  constructor(
    private readonly links: PasswordLinkService,
    private readonly resets: PasswordResetService,
    private readonly currentUser: CurrentUserService,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Query(() => PasswordLinkModel, {
    nullable: true,
    description: 'Who a one-time link is for; null when it has expired, was used or never existed.',
  })
  async passwordLink(@Args('token') token: string): Promise<PasswordLinkModel | null> {
    const details = await this.links.describe(token);
    return details ? { ...details, purpose: details.purpose as PasswordLinkPurpose } : null;
  }

  @Public()
  @Mutation(() => CurrentUserModel, {
    description: "Sets a password with a one-time link, ends the person's other sessions and signs them in.",
  })
  async setPasswordWithToken(
    @Args('input') input: SetPasswordWithTokenInput,
    @Context('req') req: Request,
  ): Promise<CurrentUserModel> {
    const { personId, accountId } = await this.links.redeem(input.token, input.password);
    // Straight into the partnership that sent the link.
    await establishSession(req, { accountId, method: 'password', via: { kind: 'password' } }, personId);
    await recordSignIn(this.dataSource, personId);
    return this.currentUser.describe(personId);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'E-mails a one-hour password reset link if the address belongs to someone; the answer is always true.',
  })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context('req') req: Request,
  ): Promise<boolean> {
    await this.resets.request(input.email, req.ip ?? 'unknown');
    return true;
  }

  @Public()
  @Query(() => Boolean, {
    description:
      'True while no active administrator can sign in (a new installation): the sign-in page then says how to create one.',
  })
  async needsFirstAdministrator(): Promise<boolean> {
    const [row] = await queryRows<{ none: boolean }>(
      this.dataSource,
      `SELECT NOT EXISTS (
         SELECT 1 FROM person p JOIN credential c ON c.account_id = p.account_id
          WHERE p.is_administrator AND p.archived_at IS NULL AND p.deactivated_at IS NULL
       ) AS none`,
    );
    return row.none;
  }
}
