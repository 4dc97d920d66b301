import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { GroupWriteService, OrganisationWriteService, PersonWriteService } from '@waymark/api/partnership/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { VersionedRefInput } from './inputs/common.input';
import { CreateGroupInput, GroupMemberInput, UpdateGroupInput } from './inputs/group.input';
import { CreateOrganisationInput, UpdateOrganisationInput } from './inputs/organisation.input';
import { CreatePersonInput, UpdatePersonInput } from './inputs/person.input';
import { GroupModel } from './models/group.model';
import { OrganisationModel } from './models/organisation.model';
import { PersonModel } from './models/person.model';

/** Administrator mutations for organisations, groups and people. */
@Resolver()
export class PartnershipAdminResolver {
  constructor(
    private readonly organisations: OrganisationWriteService,
    private readonly groups: GroupWriteService,
    private readonly people: PersonWriteService,
  ) {}

  @Mutation(() => OrganisationModel)
  createOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationModel> {
    return this.organisations.create(actor, input);
  }

  @Mutation(() => OrganisationModel)
  updateOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<OrganisationModel> {
    return this.organisations.update(actor, input);
  }

  @Mutation(() => OrganisationModel)
  archiveOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input') input: VersionedRefInput,
  ): Promise<OrganisationModel> {
    return this.organisations.archive(actor, input);
  }

  @Mutation(() => GroupModel)
  createGroup(@CurrentActor() actor: Actor, @Args('input') input: CreateGroupInput): Promise<GroupModel> {
    return this.groups.create(actor, input);
  }

  @Mutation(() => GroupModel)
  updateGroup(@CurrentActor() actor: Actor, @Args('input') input: UpdateGroupInput): Promise<GroupModel> {
    return this.groups.update(actor, input);
  }

  @Mutation(() => GroupModel)
  archiveGroup(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<GroupModel> {
    return this.groups.archive(actor, input);
  }

  @Mutation(() => GroupModel)
  addGroupMember(@CurrentActor() actor: Actor, @Args('input') input: GroupMemberInput): Promise<GroupModel> {
    return this.groups.addMember(actor, input);
  }

  @Mutation(() => GroupModel)
  removeGroupMember(@CurrentActor() actor: Actor, @Args('input') input: GroupMemberInput): Promise<GroupModel> {
    return this.groups.removeMember(actor, input);
  }

  @Mutation(() => PersonModel)
  createPerson(@CurrentActor() actor: Actor, @Args('input') input: CreatePersonInput): Promise<PersonModel> {
    return this.people.create(actor, input);
  }

  @Mutation(() => PersonModel)
  updatePerson(@CurrentActor() actor: Actor, @Args('input') input: UpdatePersonInput): Promise<PersonModel> {
    return this.people.update(actor, input);
  }

  @Mutation(() => PersonModel)
  archivePerson(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<PersonModel> {
    return this.people.archive(actor, input);
  }
}
