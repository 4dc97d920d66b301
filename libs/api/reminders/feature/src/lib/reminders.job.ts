import type { JobContext, ScheduledJob } from '@waymark/api/jobs/feature';
import { ReminderRun } from '@waymark/api/reminders/data-access';

/**
 * Hourly, so a partnership in any time zone gets its messages in the morning of the day they are due and a missed
 * hour (a deploy) costs nothing; what was already sent is never sent again (reminder_delivery).
 */
export function remindersJob(context: JobContext): ScheduledJob {
  const run = new ReminderRun(context.dataSource, context.config.publicUrl);
  return {
    name: 'reminders',
    schedule: '5 * * * *',
    timeZone: 'UTC',
    description:
      'Reminders before each update deadline, chasers on the day and after it, escalation to delivery group chairs and the accountable group: one digest per person and step, each sent once.',
    async run(now, { dryRun }) {
      const result = await run.run(now, { dryRun });
      const steps = Object.entries(result.byStep).map(([step, n]) => `${n} ${step.replace('_', ' ')}`);
      return { summary: result.messages === 0 ? 'nothing due' : `${result.messages} message(s): ${steps.join(', ')}` };
    },
  };
}
