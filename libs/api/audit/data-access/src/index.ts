export * from './lib/audit-entry.entity';
import { AuditEntryEntity } from './lib/audit-entry.entity';
export const auditEntities = [AuditEntryEntity];
export * from './lib/audit-writer';
