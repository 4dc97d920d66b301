import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { PartnershipSettingsService } from '@waymark/api/partnership/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { UpdatePartnershipInput } from './inputs/partnership.input';
import { PartnershipModel } from './models/partnership.model';

/** Administrator settings of the partnership itself, including its own RAG definitions. */
@Resolver()
export class PartnershipSettingsResolver {
  constructor(private readonly settings: PartnershipSettingsService) {}

  @Mutation(() => PartnershipModel, {
    description:
      'Renames the partnership or rewrites its RAG definitions (shown wherever a RAG is chosen). Administrator.',
  })
  updatePartnership(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdatePartnershipInput,
  ): Promise<PartnershipModel> {
    return this.settings.update(actor, input);
  }
}
