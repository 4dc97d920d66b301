import type { ImportPreview } from '@waymark/api/import-export/data-access';

export function printPreview(preview: ImportPreview): void {
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
