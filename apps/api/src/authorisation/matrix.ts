import { MatrixRow } from './matrix-row';
import { ACCOUNT_ROWS } from './rows/account.rows';
import { IMPORT_ROWS } from './rows/imports.rows';
import { INDICATOR_ROWS, PARTNERSHIP_SETTINGS_ROWS } from './rows/indicators.rows';
import { NOTICE_ROWS } from './rows/notices.rows';
import { NOTIFICATION_ROWS } from './rows/notifications.rows';
import { PARTNERSHIP_ROWS } from './rows/partnership.rows';
import { PERIOD_ROWS } from './rows/periods.rows';
import { PERSON_ACCESS_ROWS } from './rows/person-access.rows';
import { PROGRESS_ROWS } from './rows/progress.rows';
import { REPORT_ROWS, REPORT_TEMPLATE_ROWS } from './rows/reports.rows';
import { SINGLE_SIGN_ON_ROWS } from './rows/single-sign-on.rows';
import { STRUCTURE_ROWS } from './rows/structure.rows';
import { REMINDER_ROWS } from './rows/reminders.rows';

/**
 * Every mutation row. Rows live in ./rows by domain (see MatrixRow in ./matrix-row.ts):
 * append a row there for each new mutation, or the completeness test fails.
 */
export const MATRIX: MatrixRow[] = [
  ...PROGRESS_ROWS,
  ...ACCOUNT_ROWS,
  ...PARTNERSHIP_ROWS,
  ...STRUCTURE_ROWS,
  ...PERIOD_ROWS,
  ...IMPORT_ROWS,
  ...INDICATOR_ROWS,
  ...PARTNERSHIP_SETTINGS_ROWS,
  ...PERSON_ACCESS_ROWS,
  ...SINGLE_SIGN_ON_ROWS,
  ...REPORT_ROWS,
  ...REPORT_TEMPLATE_ROWS,
  ...REMINDER_ROWS,
  ...NOTIFICATION_ROWS,
  ...NOTICE_ROWS,
];
