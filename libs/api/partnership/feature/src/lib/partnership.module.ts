import { Module } from '@nestjs/common';
import { GroupWriteService, OrganisationWriteService, PartnershipReadService, PartnershipSettingsService, PersonWriteService } from '@waymark/api/partnership/data-access';
import { PartnershipAdminResolver } from './partnership-admin.resolver';
import { PartnershipSettingsResolver } from './partnership-settings.resolver';
import { PartnershipResolver } from './partnership.resolver';

@Module({
  providers: [PartnershipReadService, OrganisationWriteService, GroupWriteService, PersonWriteService, PartnershipSettingsService, PartnershipResolver, PartnershipAdminResolver, PartnershipSettingsResolver],
  exports: [PartnershipReadService],
})
export class PartnershipModule {}
