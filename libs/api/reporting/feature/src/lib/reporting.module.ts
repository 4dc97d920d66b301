import { Module } from '@nestjs/common';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';
import { ReportsController } from './reports.controller';

@Module({ controllers: [ReportsController], providers: [ReportService, ReportResolver] })
export class ReportingModule {}
