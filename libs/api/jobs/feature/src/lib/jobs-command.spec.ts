import { executeJobs, JobsUsageError, parseJobsArgs } from './jobs-command';
import type { ScheduledJob } from './scheduled-job';

const NOW = new Date('2026-07-08T08:00:00Z');

describe('jobs command', () => {
  it('parses list, run with --dry-run and --now, and refuses anything else with the usage', () => {
    expect(parseJobsArgs(['list'])).toEqual({ kind: 'list' });
    expect(parseJobsArgs(['run', 'reminders', '--dry-run'], () => NOW)).toEqual({
      kind: 'run',
      name: 'reminders',
      dryRun: true,
      now: NOW,
    });
    expect(parseJobsArgs(['run', 'reminders', '--now', '2026-07-15T09:00:00+01:00'])).toMatchObject({
      now: new Date('2026-07-15T08:00:00Z'),
      dryRun: false,
    });
    expect(() => parseJobsArgs([])).toThrow(JobsUsageError);
    expect(() => parseJobsArgs(['run'])).toThrow(/Name the job to run/);
    expect(() => parseJobsArgs(['run', 'reminders', '--now', 'next tuesday'])).toThrow(/--now needs an ISO date-time/);
    expect(() => parseJobsArgs(['run', 'reminders', '--force'])).toThrow(/Unknown argument "--force"/);
  });

  it('lists the jobs, runs the named one with the clock and dry-run flag given, and exits 2 for an unknown job', async () => {
    const calls: Array<{ now: Date; dryRun: boolean }> = [];
    const job: ScheduledJob = {
      name: 'reminders',
      schedule: '5 * * * *',
      timeZone: 'UTC',
      description: 'Reminders and chasers.',
      run: (now, { dryRun }) => (calls.push({ now, dryRun }), Promise.resolve({ summary: '2 message(s): 2 reminder' })),
    };
    const lines: string[] = [];
    const output = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(`error: ${l}`) };
    expect(await executeJobs({ kind: 'list' }, [job], output)).toBe(0);
    expect(lines.pop()).toBe('reminders  (5 * * * *, UTC)\n    Reminders and chasers.');
    expect(await executeJobs({ kind: 'run', name: 'reminders', dryRun: true, now: NOW }, [job], output)).toBe(0);
    expect(calls).toEqual([{ now: NOW, dryRun: true }]);
    expect(lines.pop()).toBe('Dry run (nothing changed): reminders: 2 message(s): 2 reminder');
    expect(await executeJobs({ kind: 'run', name: 'digest', dryRun: false, now: NOW }, [job], output)).toBe(2);
    expect(lines.pop()).toBe('error: There is no job called "digest". Jobs: reminders.');
  });
});
