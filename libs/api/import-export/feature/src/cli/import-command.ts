import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { queryRows, withCliDatabase, type PartnershipRow } from '@waymark/api/database';
import { applyPlanImport, previewPlanImport } from '@waymark/api/import-export/data-access';
import { parseCliArgs, textArg } from './cli-args';
import { onlyPartnership } from './only-partnership';
import { printPreview } from './print-preview';
import { reportCliFailure } from './report-cli-failure';

export const IMPORT_USAGE =
  'import --file plan.xlsx [--strategy <id> | --new-title "…" --years 2017-2020 [--accountable-group <id>] [--every-quarter]] [--partnership <id> | --partnership-name "…"] [--apply]';

/** "2017-2020", "2017–20" or "2017/20" → start and end years. */
function parseYears(text: string | null): { startYear: number; endYear: number } {
  const years = /^(\d{4})\s*[-–/]\s*(\d{2,4})$/.exec(text ?? '');
  if (!years) return { startYear: new Date().getFullYear(), endYear: new Date().getFullYear() + 3 };
  const start = Number(years[1]);
  const end = years[2].length === 2 ? Math.floor(start / 100) * 100 + Number(years[2]) : Number(years[2]);
  return { startYear: start, endYear: end };
}

/** Previews (or with --apply, imports) a plan spreadsheet. Exit code 1 when the file has problems. */
export async function importCommand(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    const file = textArg(args, 'file');
    if (!file) throw new Error(`usage: ${IMPORT_USAGE}`);
    return await withCliDatabase({ migrate: true, statementTimeoutMs: 120_000 }, async (dataSource) => {
      let partnershipId = textArg(args, 'partnership');
      const newName = textArg(args, 'partnership-name');
      if (!partnershipId && newName) {
        [{ id: partnershipId }] = await queryRows<Pick<PartnershipRow, 'id'>>(
          dataSource,
          `INSERT INTO partnership (name) VALUES ($1) RETURNING id`,
          [newName],
        );
      }
      const newTitle = textArg(args, 'new-title');
      const request = {
        fileName: basename(file),
        content: readFileSync(file),
        partnershipId: await onlyPartnership(dataSource, partnershipId),
        strategyId: textArg(args, 'strategy'),
        newStrategy: newTitle
          ? {
              title: newTitle,
              ...parseYears(textArg(args, 'years')),
              accountableGroupId: textArg(args, 'accountable-group'),
              everyQuarter: args['every-quarter'] === true,
            }
          : null,
        actorId: null,
      };
      const apply = args['apply'] === true;
      const preview = apply ? await applyPlanImport(dataSource, request) : await previewPlanImport(dataSource, request);
      printPreview(preview);
      if (!apply)
        console.log(
          preview.canApply ? 'Dry run only: add --apply to import.' : 'Fix the problems above, then run again.',
        );
      return preview.canApply ? 0 : 1;
    });
  } catch (error) {
    return reportCliFailure(error);
  }
}
