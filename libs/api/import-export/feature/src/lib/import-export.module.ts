import { Module } from '@nestjs/common';
import { ExportController } from './export.controller';
import { PlanImportResolver } from './import-export.resolver';
import { ImportExportService } from './import-export.service';

@Module({ controllers: [ExportController], providers: [ImportExportService, PlanImportResolver] })
export class ImportExportModule {}
