import type { JobContext, ScheduledJob } from '@waymark/api/jobs/feature';
import { remindersJob } from '@waymark/api/reminders/feature';

/**
 * Every scheduled job, in one place: the API's scheduler (JOBS_ENABLED) and `npm run jobs -- list|run <name>` both
 * build them from here. A job is `{ name, schedule, timeZone, description, run(now, { dryRun }) }`.
 */
export function scheduledJobs(context: JobContext): readonly ScheduledJob[] {
  return [remindersJob(context)];
}
