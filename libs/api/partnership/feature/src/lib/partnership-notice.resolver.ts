import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PartnershipNoticeService } from '@waymark/api/partnership/data-access';
import { Actor, CurrentActor, Public, type RequestWithActor } from '@waymark/api/shared/util';
import { UpdateNoticeSettingsInput } from './inputs/notice.input';
import { NoticeSettingsModel, PublishedNoticesModel } from './models/notice.model';

/** The accessibility statement's and privacy notice's partnership-specific fields: public to read, administrators write. */
@Resolver()
export class PartnershipNoticeResolver {
  constructor(private readonly notices: PartnershipNoticeService) {}

  @Public()
  @Query(() => PublishedNoticesModel, {
    description:
      "The signed-in person's partnership's notice fields; signed out, those of the deployment's only partnership (defaults when there are several).",
  })
  publishedNotices(@Context('req') req: RequestWithActor): Promise<PublishedNoticesModel> {
    return this.notices.published(req.actor);
  }

  @Query(() => NoticeSettingsModel, {
    description: 'The notice fields with their version, for the settings screen. Administrator.',
  })
  noticeSettings(
    @CurrentActor() actor: Actor,
    @Args('partnershipId', { type: () => ID }) partnershipId: string,
  ): Promise<NoticeSettingsModel> {
    return this.notices.settings(actor, partnershipId);
  }

  @Mutation(() => NoticeSettingsModel, {
    description: 'Writes the accessibility statement contacts and privacy notice details. Administrator; audited.',
  })
  updateNoticeSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateNoticeSettingsInput,
  ): Promise<NoticeSettingsModel> {
    return this.notices.update(actor, input);
  }
}
