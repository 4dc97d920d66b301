import { Module } from '@nestjs/common';
import { ReportingModule } from '@waymark/api/reporting/feature';
import { ExportController } from './export.controller';
import { ImportUploadController } from './import-upload.controller';
import { PlanImportResolver } from './import-export.resolver';
import { ImportExportService } from './import-export.service';
import { ReportTemplateController } from './report-template.controller';
import { ReportTemplateResolver } from './report-template.resolver';

@Module({
  imports: [ReportingModule],
  controllers: [ExportController, ImportUploadController, ReportTemplateController],
  providers: [ImportExportService, PlanImportResolver, ReportTemplateResolver],
})
export class ImportExportModule {}
