import { Module } from '@nestjs/common';
import { PersonAccountFieldsResolver } from './person-account-fields.resolver';
import { PersonAccessService } from '@waymark/api/identity/data-access';
import {
  GroupWriteService,
  OrganisationWriteService,
  PartnershipNoticeService,
  PartnershipReadService,
  PartnershipSettingsService,
  PersonWriteService,
} from '@waymark/api/partnership/data-access';
import { PartnershipAdminResolver } from './partnership-admin.resolver';
import { PersonAccessResolver } from './person-access.resolver';
import { PartnershipNoticeResolver } from './partnership-notice.resolver';
import { PartnershipSettingsResolver } from './partnership-settings.resolver';
import { PartnershipResolver } from './partnership.resolver';

@Module({
  providers: [
    PartnershipReadService,
    OrganisationWriteService,
    GroupWriteService,
    PersonWriteService,
    PartnershipSettingsService,
    PartnershipNoticeService,
    PartnershipNoticeResolver,
    PartnershipResolver,
    PartnershipAdminResolver,
    PartnershipSettingsResolver,
    PersonAccessService,
    PersonAccessResolver,
    PersonAccountFieldsResolver,
  ],
  exports: [PartnershipReadService],
})
export class PartnershipModule {}
