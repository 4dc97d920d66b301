import { auditEntities } from '@waymark/api/audit/data-access';
import { identityEntities } from '@waymark/api/identity/data-access';
import { mailEntities } from '@waymark/api/mail/data-access';
import { notificationEntities } from '@waymark/api/notifications/data-access';
import { partnershipEntities } from '@waymark/api/partnership/data-access';
import { progressEntities } from '@waymark/api/progress/data-access';
import { strategyEntities } from '@waymark/api/strategy/data-access';

/** Every entity, listed explicitly (no globs): the app and the migration CLI share this list. */
export const allEntities = [
  ...partnershipEntities,
  ...strategyEntities,
  ...progressEntities,
  ...identityEntities,
  ...auditEntities,
  ...mailEntities,
  ...notificationEntities,
];
