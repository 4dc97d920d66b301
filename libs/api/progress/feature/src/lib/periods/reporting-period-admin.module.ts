import { Module } from '@nestjs/common';
import { ReportingPeriodAdminService } from '@waymark/api/progress/data-access';
import { ReportingPeriodAdminResolver } from './reporting-period-admin.resolver';

@Module({ providers: [ReportingPeriodAdminService, ReportingPeriodAdminResolver] })
export class ReportingPeriodAdminModule {}
