import { writeFileSync } from 'node:fs';
import { withCliDatabase } from '@waymark/api/database';
import { backupPartnership } from '@waymark/api/import-export/data-access';
import { parseCliArgs, textArg } from './cli-args';
import { onlyPartnership } from './only-partnership';
import { reportCliFailure } from './report-cli-failure';

export const BACKUP_USAGE = 'backup --out backup.json [--partnership <id>]';

/** Writes one partnership as JSON (no password hashes). */
export async function backupCommand(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    const out = textArg(args, 'out');
    if (!out) throw new Error(`usage: ${BACKUP_USAGE}`);
    return await withCliDatabase({ migrate: true, statementTimeoutMs: 120_000 }, async (dataSource) => {
      const backup = await backupPartnership(
        dataSource,
        await onlyPartnership(dataSource, textArg(args, 'partnership')),
      );
      writeFileSync(out, JSON.stringify(backup, null, 1));
      console.log(
        `Wrote ${out}: ${Object.entries(backup.tables)
          .map(([t, rows]) => `${rows.length} ${t}`)
          .join(', ')}`,
      );
      return 0;
    });
  } catch (error) {
    return reportCliFailure(error);
  }
}
