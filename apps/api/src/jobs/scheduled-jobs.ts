import type { JobContext, ScheduledJob } from '@waymark/api/jobs/feature';
import { DailyDigest, DailyDigestJob } from '@waymark/api/notifications/data-access';
import { remindersJob } from '@waymark/api/reminders/feature';

/**
 * Every scheduled job, in one place: the API's scheduler (JOBS_ENABLED) and `npm run jobs -- list|run <name>` both
 * build them from here. A job is `{ name, schedule, timeZone, description, run(now, { dryRun }) }`.
 */
export function scheduledJobs(context: JobContext): readonly ScheduledJob[] {
  return [remindersJob(context), new DailyDigestJob(new DailyDigest(context.dataSource, context.config))];
}
