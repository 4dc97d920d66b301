import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

/** The partnership audit log: the `auditLog` query and its CSV download. */
@Module({ controllers: [AuditLogController], providers: [AuditLogService, AuditLogResolver] })
export class AuditLogModule {}
