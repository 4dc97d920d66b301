import { Module } from '@nestjs/common';
import { GroupWriteService, OrganisationWriteService, PartnershipReadService, PersonWriteService } from '@waymark/api/partnership/data-access';
import { PartnershipAdminResolver } from './partnership-admin.resolver';
import { PartnershipResolver } from './partnership.resolver';

@Module({
  providers: [PartnershipReadService, OrganisationWriteService, GroupWriteService, PersonWriteService, PartnershipResolver, PartnershipAdminResolver],
  exports: [PartnershipReadService],
})
export class PartnershipModule {}
