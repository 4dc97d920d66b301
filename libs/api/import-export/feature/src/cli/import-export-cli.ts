// Command-line import, backup and restore (`npm run import | backup | restore -- …`). Uses DATABASE_URL, or the
// embedded PostgreSQL in WAYMARK_DATA_DIR (default .data/postgres: stop `npm start` first, it uses the same folder).
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, resolveDatabaseUrl } from '@waymark/api/database';
import {
  applyPlanImport,
  backupPartnership,
  ImportPreview,
  previewPlanImport,
  restorePartnership,
} from '@waymark/api/import-export/data-access';

type Args = Record<string, string | true>;

function parseArgs(argv: string[]): Args {
  const args: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key.startsWith('--')) throw new Error(`Unexpected argument "${key}"`);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args[key.slice(2)] = true;
    else {
      args[key.slice(2)] = next;
      i++;
    }
  }
  return args;
}

const text = (args: Args, key: string): string | null => (typeof args[key] === 'string' ? (args[key] as string) : null);

async function onlyPartnership(dataSource: DataSource, given: string | null): Promise<string> {
  if (given) return given;
  const rows: { id: string; name: string }[] = await dataSource.query(`SELECT id, name FROM partnership WHERE archived_at IS NULL ORDER BY name`);
  if (rows.length === 1) return rows[0].id;
  if (rows.length === 0) throw new Error('There is no partnership yet: create one, or pass --partnership-name "…" to create it.');
  throw new Error(`Several partnerships: pass --partnership <id>. ${rows.map((r) => `${r.id} ${r.name}`).join('; ')}`);
}

function printPreview(preview: ImportPreview): void {
  console.log(`${preview.applied ? 'Imported' : 'Preview of'} ${preview.fileName} into ${preview.newStrategy ? 'new strategy' : 'strategy'} "${preview.strategyTitle}"${preview.strategyId ? ` (${preview.strategyId})` : ''}`);
  console.log(`Rows read: ${preview.rowsRead}. Columns: ${preview.columns.map((c) => `${c.letter} ${c.header}`).join(', ')}`);
  for (const c of preview.ignoredColumns) console.log(`Ignored column ${c.letter} "${c.header}": ${c.reason}`);
  console.log('                 create  update  unchanged');
  for (const c of preview.counts) console.log(`  ${c.entity.padEnd(14)} ${String(c.created).padStart(6)}  ${String(c.updated).padStart(6)}  ${String(c.unchanged).padStart(9)}`);
  for (const c of preview.changes.filter((x) => x.operation === 'update')) console.log(`  update ${c.entity} ${c.label}: ${c.fields.join(', ')} (rows ${c.rows.join(', ')})`);
  if (preview.problems.length) {
    console.log(`${preview.problems.length} problem(s):`);
    for (const p of preview.problems) console.log(`  ${p.row ? `row ${p.row}` : 'file'}${p.columnLetter ? `, column ${p.columnLetter}` : ''}${p.column ? ` (${p.column})` : ''}: ${p.message}`);
  }
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const args = parseArgs(rest);
  const database = await resolveDatabaseUrl();
  const dataSource = new DataSource({ ...buildDataSourceOptions({ url: database.url, entities: [] }), extra: { statement_timeout: 120_000 } });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    if (command === 'import') {
      const file = text(args, 'file');
      if (!file) throw new Error('usage: npm run import -- --file plan.xlsx [--strategy <id> | --new-title "…" --years 2017-2020] [--partnership <id>] [--apply]');
      let partnershipId = text(args, 'partnership');
      const newName = text(args, 'partnership-name');
      if (!partnershipId && newName) {
        [{ id: partnershipId }] = await dataSource.query(`INSERT INTO partnership (name) VALUES ($1) RETURNING id`, [newName]);
      }
      partnershipId = await onlyPartnership(dataSource, partnershipId);
      const years = /^(\d{4})\s*[-–/]\s*(\d{2,4})$/.exec(text(args, 'years') ?? '');
      const newTitle = text(args, 'new-title');
      const request = {
        fileName: basename(file),
        content: readFileSync(file),
        partnershipId,
        strategyId: text(args, 'strategy'),
        newStrategy: newTitle
          ? { title: newTitle, startYear: years ? Number(years[1]) : new Date().getFullYear(), endYear: years ? (years[2].length === 2 ? Math.floor(Number(years[1]) / 100) * 100 + Number(years[2]) : Number(years[2])) : new Date().getFullYear() + 3 }
          : null,
        actorId: null,
      };
      const preview = args['apply'] ? await applyPlanImport(dataSource, request) : await previewPlanImport(dataSource, request);
      printPreview(preview);
      if (!args['apply']) console.log(preview.canApply ? 'Dry run only: add --apply to import.' : 'Fix the problems above, then run again.');
      return preview.canApply ? 0 : 1;
    }
    if (command === 'backup') {
      const out = text(args, 'out');
      if (!out) throw new Error('usage: npm run backup -- --out backup.json [--partnership <id>]');
      const backup = await backupPartnership(dataSource, await onlyPartnership(dataSource, text(args, 'partnership')));
      writeFileSync(out, JSON.stringify(backup, null, 1));
      console.log(`Wrote ${out}: ${Object.entries(backup.tables).map(([t, rows]) => `${rows.length} ${t}`).join(', ')}`);
      return 0;
    }
    if (command === 'restore') {
      const file = text(args, 'file');
      if (!file) throw new Error('usage: npm run restore -- --file backup.json');
      const result = await restorePartnership(dataSource, JSON.parse(readFileSync(file, 'utf8')));
      console.log(`Restored partnership ${result.partnershipId}: ${Object.entries(result.counts).map(([t, n]) => `${n} ${t}`).join(', ')}`);
      console.log('Restored people have no password: they sign in after an administrator sets or resets one.');
      return 0;
    }
    throw new Error(`Unknown command "${command}": use import, backup or restore.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const fields = (error as { extensions?: { fields?: { field: string; message: string }[] } }).extensions?.fields;
    console.error(`Failed: ${(error as Error).message}`);
    for (const f of fields ?? []) console.error(`  ${f.field}: ${f.message}`);
    process.exit(1);
  },
);
