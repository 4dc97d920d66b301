import type { ScheduledJob } from './scheduled-job';

export const JOBS_USAGE = 'jobs list | jobs run <name> [--dry-run] [--now <ISO date-time>]';

export class JobsUsageError extends Error {}

export type JobsInvocation =
  | { readonly kind: 'list' }
  | { readonly kind: 'run'; readonly name: string; readonly dryRun: boolean; readonly now: Date };

/** Parses `jobs …` arguments; throws JobsUsageError with the usage line. */
export function parseJobsArgs(argv: readonly string[], clock: () => Date = () => new Date()): JobsInvocation {
  const [verb, ...rest] = argv;
  if (verb === 'list' && rest.length === 0) return { kind: 'list' };
  if (verb !== 'run') throw new JobsUsageError(`Usage: ${JOBS_USAGE}`);
  let name: string | undefined;
  let dryRun = false;
  let now = clock();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--now') {
      const value = rest[++i];
      const parsed = value ? new Date(value) : new Date(NaN);
      if (Number.isNaN(parsed.getTime()))
        throw new JobsUsageError(
          `--now needs an ISO date-time such as 2026-07-08T09:00:00+01:00 (got "${value ?? ''}").`,
        );
      now = parsed;
    } else if (!arg.startsWith('--') && name === undefined) name = arg;
    else throw new JobsUsageError(`Unknown argument "${arg}".\nUsage: ${JOBS_USAGE}`);
  }
  if (!name) throw new JobsUsageError(`Name the job to run.\nUsage: ${JOBS_USAGE}`);
  return { kind: 'run', name, dryRun, now };
}

export interface JobsOutput {
  log(line: string): void;
  error(line: string): void;
}

/** Lists the jobs or runs one now (in this process, outside the scheduler); returns the exit code. */
export async function executeJobs(
  invocation: JobsInvocation,
  jobs: readonly ScheduledJob[],
  output: JobsOutput,
): Promise<number> {
  if (invocation.kind === 'list') {
    for (const job of jobs) output.log(`${job.name}  (${job.schedule}, ${job.timeZone})\n    ${job.description}`);
    return 0;
  }
  const job = jobs.find((j) => j.name === invocation.name);
  if (!job) {
    output.error(`There is no job called "${invocation.name}". Jobs: ${jobs.map((j) => j.name).join(', ')}.`);
    return 2;
  }
  const result = await job.run(invocation.now, { dryRun: invocation.dryRun });
  output.log(`${invocation.dryRun ? 'Dry run (nothing changed): ' : ''}${job.name}: ${result.summary}`);
  return 0;
}
