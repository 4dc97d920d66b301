import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SingleSignOnLinkService } from '@waymark/api/identity/data-access';
import { Actor, CurrentActor, badInput } from '@waymark/api/shared/util';
import { ClearSingleSignOnLinkInput, SingleSignOnLinkModel } from './models/single-sign-on-link.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Administrators: see and clear a person's single sign-on link, so they can link a different provider account. */
@Resolver()
export class SingleSignOnLinkResolver {
  constructor(private readonly links: SingleSignOnLinkService) {}

  @Query(() => SingleSignOnLinkModel, { description: "A person's single sign-on link. Administrator." })
  singleSignOnLink(
    @CurrentActor() actor: Actor,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<SingleSignOnLinkModel> {
    if (!UUID.test(personId)) throw badInput([{ field: 'personId', message: 'must be a valid id' }]);
    return this.links.describe(actor, personId);
  }

  @Mutation(() => SingleSignOnLinkModel, {
    description:
      "Clears a person's link to their single sign-on account and ends their sessions; their next single sign-on links afresh. Administrator.",
  })
  clearSingleSignOnLink(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClearSingleSignOnLinkInput,
  ): Promise<SingleSignOnLinkModel> {
    return this.links.clear(actor, input.personId);
  }
}
