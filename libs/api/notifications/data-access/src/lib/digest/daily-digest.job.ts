import { Injectable } from '@nestjs/common';
import { DailyDigest, type DigestRunOptions, type DigestRunResult } from './daily-digest';

/**
 * The daily digest as a scheduled job, in the shape of the job registry's entries (name, schedule, description, run):
 * the registry runs it once a day across all instances; `npm run jobs -- run daily-digest [--dry-run]` runs it by hand.
 * Running it again the same day sends nothing twice (see DailyDigest).
 */
@Injectable()
export class DailyDigestJob {
  readonly name = 'daily-digest';
  /** Every day at 07:00 (cron: minute hour day month weekday), before the working day starts. */
  readonly schedule = '0 7 * * *';
  readonly timeZone = 'Europe/London';
  readonly description =
    'E-mails each reviewer the updates waiting for their review, and each person the notifications they chose to get as a daily digest.';

  constructor(private readonly digest: DailyDigest) {}

  run(now: Date, options: DigestRunOptions = { dryRun: false }): Promise<DigestRunResult> {
    return this.digest.run(now, options);
  }
}
