// Writes the generated plan spreadsheet that `npm run bench` imports (preview) during its event-loop phase:
// `node tools/scripts/run-ts.mjs bench/import-plan.ts <file.xlsx> [actions] [periods] [label]` (default 600 × 8, 4,800
// rows; a label is added to each progress text, so two files differ: bench/import-http.mjs uploads one per run).
// The same rows as the import benchmark (libs/api/import-export/feature/src/cli/import-benchmark.ts).
import { writeFileSync } from 'node:fs';
import { writeXlsx } from '@waymark/api/import-export/data-access';
import { TEMPLATE_HEADERS, toTemplateCells } from '@waymark/shared/plan-template';

const [file, actionsArg, periodsArg, label] = process.argv.slice(2);
const ACTIONS = Number(actionsArg ?? 600);
const PERIODS = Number(periodsArg ?? 8);
const RAGS = ['Green', 'Amber', 'Red'];

function quarter(i: number): string {
  const year = 2018 + Math.floor(i / 4);
  return `${year}/${String((year + 1) % 100).padStart(2, '0')} Q${(i % 4) + 1}`;
}

async function main(): Promise<void> {
  if (!file) throw new Error('usage: import-plan.ts <file.xlsx> [actions] [periods]');
  const rows: string[][] = [];
  for (let a = 0; a < ACTIONS; a++) {
    const theme = Math.floor(a / 100);
    const objective = Math.floor(a / 10);
    for (let p = 0; p < PERIODS; p++) {
      rows.push(
        toTemplateCells({
          themeNo: String(theme + 1),
          theme: `Theme ${theme + 1}: reduce harm in area ${theme + 1}`,
          objective: `Objective ${objective + 1}`,
          actionRef: `A-${a + 1}`,
          action: `Action ${a + 1}: deliver the commitment in full with partners`,
          leadOrganisation: `Organisation ${(a % 10) + 1}`,
          leadOfficer: `Officer ${(a % 40) + 1} <officer${(a % 40) + 1}@bench.example>`,
          deliveryGroup: `Delivery group ${(a % 5) + 1}`,
          supportingOrganisations: `Organisation ${((a + 3) % 10) + 1}; Organisation ${((a + 5) % 10) + 1}`,
          startDate: '2018-04-01',
          dueDate: '31/03/2021',
          status: 'In progress',
          rag: RAGS[(a + p) % 3],
          period: quarter(p),
          progress: `Quarter ${p + 1} update for action ${a + 1}: meetings held, referrals up, training delivered to ${10 + p} staff. Next steps agreed with the delivery group.${label ? ` (${label})` : ''}`,
        }),
      );
    }
  }
  writeFileSync(file, await writeXlsx({ sheetName: 'Plan', headers: TEMPLATE_HEADERS, rows }));
  console.log(JSON.stringify({ file, rows: rows.length }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
