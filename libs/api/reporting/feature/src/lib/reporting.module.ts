import { Module } from '@nestjs/common';
import { ReportResolver } from './report.resolver';
import { ReportVersionsResolver } from './report-versions.resolver';
import { ReportSettingsResolver } from './report-settings.resolver';
import { RagTrendResolver } from './rag-trend.resolver';
import { ReportService } from './report.service';
import { ReportsController } from './reports.controller';

@Module({
  controllers: [ReportsController],
  providers: [ReportService, ReportResolver, ReportVersionsResolver, ReportSettingsResolver, RagTrendResolver],
  exports: [ReportService],
})
export class ReportingModule {}
