import { Module } from '@nestjs/common';
import { ReportingModule } from '@waymark/api/reporting/feature';
import { ExportController } from './export.controller';
import { ImportUploadController } from './import-upload.controller';
import { PlanImportResolver } from './import-export.resolver';
import { ImportExportService } from './import-export.service';

@Module({ imports: [ReportingModule], controllers: [ExportController, ImportUploadController], providers: [ImportExportService, PlanImportResolver] })
export class ImportExportModule {}
