import { withCliDatabase } from '@waymark/api/database';
import { executeJobs, JobsUsageError, parseJobsArgs } from '@waymark/api/jobs/feature';
import { loadConfig } from '@waymark/api/shared/config';
import { scheduledJobs } from '../jobs/scheduled-jobs';

/** A run reads and writes a whole cycle of every partnership in a few statements: more than a request's limit. */
const JOB_STATEMENT_TIMEOUT_MS = 60_000;

/** `jobs list` and `jobs run <name> [--dry-run] [--now <ISO>]`: runs a job in this process, outside the scheduler. */
export async function jobsCommand(argv: readonly string[]): Promise<number> {
  let invocation: ReturnType<typeof parseJobsArgs>;
  try {
    invocation = parseJobsArgs(argv);
  } catch (error) {
    if (!(error instanceof JobsUsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  const config = loadConfig();
  return withCliDatabase(
    { migrate: invocation.kind === 'run', statementTimeoutMs: JOB_STATEMENT_TIMEOUT_MS },
    (dataSource) => executeJobs(invocation, scheduledJobs({ dataSource, config }), console),
    config,
  );
}
