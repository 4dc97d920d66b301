import type { ImportPreview } from '@waymark/api/import-export/data-access';

export function printPreview(preview: ImportPreview): void {
  console.log(
    `${preview.applied ? 'Imported' : 'Preview of'} ${preview.fileName} into ${preview.newStrategy ? 'new strategy' : 'strategy'} "${preview.strategyTitle}"${preview.strategyId ? ` (${preview.strategyId})` : ''}`,
  );
  if (preview.encoding) console.log(`Read as ${preview.encoding}.`);
  if (preview.headerNote) console.log(preview.headerNote);
  if (preview.accountableGroup) console.log(`Accountable group: ${preview.accountableGroup.note}`);
  if (preview.periodsNote) console.log(preview.periodsNote);
  console.log(
    `Rows read: ${preview.rowsRead}. Columns: ${preview.columns.map((c) => `${c.letter} ${c.header}`).join(', ')}`,
  );
  for (const c of preview.ignoredColumns) console.log(`Ignored column ${c.letter} "${c.header}": ${c.reason}`);
  console.log('                 create  update  unchanged');
  for (const c of preview.counts)
    console.log(
      `  ${c.entity.padEnd(14)} ${String(c.created).padStart(6)}  ${String(c.updated).padStart(6)}  ${String(c.unchanged).padStart(9)}`,
    );
  if (preview.sample.length) console.log(`The first ${preview.sample.length} action(s) as they will be stored:`);
  for (const a of preview.sample) {
    const updates = a.updates.map((u) => `${u.period}${u.rag ? ` ${u.rag}` : ''}`).join(', ');
    console.log(
      `  row ${a.row}: ${[a.ref, a.title].filter(Boolean).join(' ')} | ${a.theme}${a.objective ? ` / ${a.objective}` : ''} | ${[a.leadOrganisation, a.leadOfficer].filter(Boolean).join(', ') || 'no lead'} | due ${a.dueDate ?? '-'}${updates ? ` | ${updates}` : ''}`,
    );
  }
  for (const c of preview.changes.filter((x) => x.operation === 'update'))
    console.log(`  update ${c.entity} ${c.label}: ${c.fields.join(', ')} (rows ${c.rows.join(', ')})`);
  if (preview.problems.length) {
    console.log(`${preview.problems.length} problem(s):`);
    for (const p of preview.problems)
      console.log(
        `  ${p.row ? `row ${p.row}` : 'file'}${p.columnLetter ? `, column ${p.columnLetter}` : ''}${p.column ? ` (${p.column})` : ''}: ${p.message}`,
      );
  }
}
