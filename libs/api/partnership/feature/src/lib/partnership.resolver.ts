import { Args, Query, Resolver } from '@nestjs/graphql';
import { PartnershipReadService } from '@waymark/api/partnership/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { GroupModel } from './models/group.model';
import { OrganisationModel } from './models/organisation.model';
import { PartnershipModel } from './models/partnership.model';
import { PersonModel } from './models/person.model';

/** Reads of the signed-in person's partnership structure. */
@Resolver()
export class PartnershipResolver {
  constructor(private readonly reads: PartnershipReadService) {}

  @Query(() => PartnershipModel, { description: "The signed-in person's partnership." })
  partnership(@CurrentActor() actor: Actor): Promise<PartnershipModel> {
    return this.reads.partnership(actor);
  }

  @Query(() => [OrganisationModel])
  organisations(
    @CurrentActor() actor: Actor,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<OrganisationModel[]> {
    return this.reads.organisations(actor, includeArchived);
  }

  @Query(() => [GroupModel])
  groups(
    @CurrentActor() actor: Actor,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<GroupModel[]> {
    return this.reads.groups(actor, includeArchived);
  }

  @Query(() => [PersonModel])
  people(
    @CurrentActor() actor: Actor,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<PersonModel[]> {
    return this.reads.people(actor, includeArchived);
  }
}
