import { readFileSync } from 'node:fs';
import { withCliDatabase } from '@waymark/api/database';
import { restorePartnership } from '@waymark/api/import-export/data-access';
import { parseCliArgs, textArg } from './cli-args';
import { reportCliFailure } from './report-cli-failure';

export const RESTORE_USAGE = 'restore --file backup.json';

/** Restores a partnership backup into a database that does not hold it yet. */
export async function restoreCommand(argv: readonly string[]): Promise<number> {
  try {
    const file = textArg(parseCliArgs(argv), 'file');
    if (!file) throw new Error(`usage: ${RESTORE_USAGE}`);
    return await withCliDatabase({ migrate: true, statementTimeoutMs: 120_000 }, async (dataSource) => {
      const result = await restorePartnership(dataSource, JSON.parse(readFileSync(file, 'utf8')));
      console.log(
        `Restored partnership ${result.partnershipId}: ${Object.entries(result.counts)
          .map(([t, n]) => `${n} ${t}`)
          .join(', ')}`,
      );
      console.log('Restored people have no password: they sign in after an administrator sets or resets one.');
      return 0;
    });
  } catch (error) {
    return reportCliFailure(error);
  }
}
