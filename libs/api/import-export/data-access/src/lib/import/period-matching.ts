import { randomUUID } from 'node:crypto';
import { cleanText, matchKey, parseQuarterPeriod } from '@waymark/shared/plan-template';
import { ImportFindings } from './import-findings';
import { PlannedInserts, Row } from './import.types';

export interface MatchedPeriod {
  id: string;
  name: string;
  startsOn: string;
  state: string;
  isNew: boolean;
  rows: number[];
}

/** Reporting periods: by name; "2018/19 Q2" creates a UK financial-year quarter. */
export function matchPeriods(existing: readonly Row[], findings: ImportFindings) {
  const byKey = new Map<string, MatchedPeriod>();
  for (const p of existing) {
    byKey.set(matchKey(String(p['name'])), { id: String(p['id']), name: String(p['name']), startsOn: String(p['starts_on']), state: String(p['state']), isNew: false, rows: [] });
  }
  const inserts: PlannedInserts['periods'] = [];

  const resolve = (text: string, row: number): MatchedPeriod | null => {
    let entry = byKey.get(matchKey(text));
    if (!entry) {
      const quarter = parseQuarterPeriod(text);
      if (!quarter) {
        findings.problem(row, 'period', `Unknown period "${text}": not a reporting period of this strategy, and not a quarter like "2018/19 Q2".`);
        return null;
      }
      // "Q2 2018/19" and "2018/19 Q2" are the same quarter: match on dates, keep the name as first written.
      entry = [...byKey.values()].find((p) => p.startsOn === quarter.startsOn && parseQuarterPeriod(p.name)?.startsOn === quarter.startsOn);
      if (!entry) {
        const name = cleanText(text);
        entry = { id: randomUUID(), name, startsOn: quarter.startsOn, state: 'open', isNew: true, rows: [] };
        inserts.push({ id: entry.id, ...quarter, name });
      }
      byKey.set(matchKey(text), entry);
    }
    entry.rows.push(row);
    return entry;
  };
  const reportChanges = () => {
    // A Set: one period can be keyed under several spellings.
    for (const entry of new Set(byKey.values())) if (entry.rows.length || entry.isNew) findings.change('period', entry.isNew ? 'create' : 'unchanged', entry.name, entry.rows);
  };
  return { resolve, inserts, reportChanges };
}
