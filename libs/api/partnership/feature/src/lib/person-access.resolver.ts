import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { PersonAccessService } from '@waymark/api/identity/data-access';
import { PartnershipReadService } from '@waymark/api/partnership/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { InvitePersonInput, PersonRefInput } from './inputs/person-access.input';
import { PersonModel } from './models/person.model';

/** Administrators: who can sign in (invitations and deactivation). Each change is audited; invitations are e-mailed. */
@Resolver()
export class PersonAccessResolver {
  constructor(
    private readonly access: PersonAccessService,
    private readonly reads: PartnershipReadService,
  ) {}

  @Mutation(() => PersonModel, {
    description:
      'Invites a person (created when the partnership has nobody with the address) with a one-time link by e-mail.',
  })
  async invitePerson(@CurrentActor() actor: Actor, @Args('input') input: InvitePersonInput): Promise<PersonModel> {
    return this.reads.person(actor, await this.access.invite(actor, input));
  }

  @Mutation(() => PersonModel, { description: 'Sends a new invitation link; the earlier one stops working.' })
  async resendInvitation(@CurrentActor() actor: Actor, @Args('input') input: PersonRefInput): Promise<PersonModel> {
    await this.access.resend(actor, input.personId);
    return this.reads.person(actor, input.personId);
  }

  @Mutation(() => PersonModel, { description: 'Makes the live invitation link stop working.' })
  async revokeInvitation(@CurrentActor() actor: Actor, @Args('input') input: PersonRefInput): Promise<PersonModel> {
    await this.access.revoke(actor, input.personId);
    return this.reads.person(actor, input.personId);
  }

  @Mutation(() => PersonModel, {
    description:
      'Stops a person signing in and ends their sessions at once; they stay named in history. Inviting them again reactivates them.',
  })
  async deactivatePerson(@CurrentActor() actor: Actor, @Args('input') input: PersonRefInput): Promise<PersonModel> {
    await this.access.deactivate(actor, input.personId);
    return this.reads.person(actor, input.personId);
  }
}
