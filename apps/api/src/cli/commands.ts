import {
  BACKUP_USAGE,
  backupCommand,
  IMPORT_USAGE,
  importCommand,
  RESTORE_USAGE,
  restoreCommand,
} from '@waymark/api/import-export/feature';
import { REPORT_USAGE, reportCommand } from '@waymark/api/reporting/feature';
import { adminCreate } from './admin-create.command';
import type { CommandTable } from './command';
import { demoLoadCommand } from './demo-load.command';
import { JOBS_USAGE } from '@waymark/api/jobs/feature';
import { jobsCommand } from './jobs.command';
import { migrateCommand } from './migrate.command';

/** The sub-commands of `node main.js` (and of the workspace's `npm run …` scripts, which run the same code). */
export const COMMANDS: CommandTable = {
  migrate: { usage: 'migrate', summary: 'apply pending database migrations', run: migrateCommand },
  'admin:create': {
    usage: 'admin:create --email <address> --name "<full name>" --partnership "<name>"',
    summary: 'create (or promote) an administrator and print a one-time set-password link',
    run: adminCreate,
  },
  'demo:load': {
    usage: 'demo:load',
    summary: 'load the demo partnership (demo passwords: not for real use)',
    run: demoLoadCommand,
  },
  import: { usage: IMPORT_USAGE, summary: 'preview or apply a plan spreadsheet import', run: importCommand },
  backup: { usage: BACKUP_USAGE, summary: 'write one partnership to a JSON file', run: backupCommand },
  restore: { usage: RESTORE_USAGE, summary: 'restore a partnership from a JSON backup', run: restoreCommand },
  jobs: {
    usage: JOBS_USAGE,
    summary: 'list the scheduled jobs, or run one now (--dry-run changes nothing)',
    run: jobsCommand,
  },
  report: { usage: REPORT_USAGE, summary: 'export the board update or changes report to a file', run: reportCommand },
};
