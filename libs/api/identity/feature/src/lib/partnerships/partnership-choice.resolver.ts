import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { writeAudit } from '@waymark/api/audit/data-access';
import { Memberships, type Membership, type SignInVia } from '@waymark/api/identity/data-access';
import { badInput, Public, unauthenticated, type Actor, type RequestWithActor } from '@waymark/api/shared/util';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { CurrentUserService } from '../current-user.service';
import { CurrentUserModel } from '../models/current-user.model';
import { establishSession } from '../session/sessions';
import { ChoosePartnershipInput, PartnershipChoiceModel } from './partnership-choice.model';

type SessionRequest = Request & RequestWithActor;

/**
 * One account, several partnerships: which partnerships the session may enter, and entering one. Public because a
 * session that is still choosing has no actor yet; both read the account from the server-side session only.
 */
@Resolver()
export class PartnershipChoiceResolver {
  constructor(
    private readonly memberships: Memberships,
    private readonly currentUser: CurrentUserService,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Query(() => [PartnershipChoiceModel], {
    description:
      'The partnerships the signed-in account may choose or switch to (empty when not signed in); the one it is in is marked current.',
  })
  async partnershipChoices(@Context('req') req: SessionRequest): Promise<PartnershipChoiceModel[]> {
    const choices = await this.choices(req);
    return choices.map((c) => ({
      partnershipId: c.partnershipId,
      name: c.partnershipName,
      current: c.personId === req.actor?.personId,
    }));
  }

  @Public()
  @Mutation(() => CurrentUserModel, {
    description:
      "Enters (after sign-in) or switches to one of the account's partnerships: checked against its memberships on the server, with a new session id; audited. Anything else is refused and changes nothing.",
  })
  async choosePartnership(
    @Args('input') input: ChoosePartnershipInput,
    @Context('req') req: SessionRequest,
  ): Promise<CurrentUserModel> {
    const accountId = accountOf(req);
    if (!accountId) throw unauthenticated();
    const target = (await this.choices(req)).find((c) => c.partnershipId === input.partnershipId);
    if (!target) throw badInput([{ field: 'input.partnershipId', message: 'Choose one of your partnerships.' }]);
    const from: Actor | undefined = req.actor;
    await establishSession(
      req,
      { accountId, method: req.session.method ?? 'password', via: viaOf(req) ?? { kind: 'password' } },
      target.personId,
      req.session.signedInAt,
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE person SET last_signed_in_at = now() WHERE id = $1`, [target.personId]);
      await writeAudit(manager, [
        {
          actorId: target.personId,
          partnershipId: target.partnershipId,
          entityType: 'person',
          entityId: target.personId,
          operation: from ? 'switch_partnership' : 'choose_partnership',
          changes: { partnershipId: { before: from?.partnershipId ?? null, after: target.partnershipId } },
        },
      ]);
    });
    return this.currentUser.describe(target.personId);
  }

  /** Sessions from before accounts had several partnerships know no sign-in route: they stay where they are. */
  private async choices(req: SessionRequest): Promise<Membership[]> {
    const accountId = accountOf(req);
    if (!accountId) return [];
    const via = viaOf(req);
    if (via) return this.memberships.choosable(accountId, via);
    const [current] = req.actor
      ? (await this.memberships.choosable(accountId, { kind: 'oidc', issuer: '', partnershipId: null })).filter(
          (m) => m.personId === req.actor?.personId,
        )
      : [];
    return current ? [current] : [];
  }
}

function accountOf(req: SessionRequest): string | undefined {
  return req.session?.accountId ?? req.actor?.accountId;
}

function viaOf(req: SessionRequest): SignInVia | undefined {
  return req.session?.via;
}
