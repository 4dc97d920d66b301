import { randomUUID } from 'node:crypto';
import { firstOverlapping, spanWithin } from '@waymark/shared/domain';
import { cleanText, matchKey, parseQuarterPeriod } from '@waymark/shared/plan-template';
import { formatDate } from '@waymark/shared/report-model';
import { ImportFindings } from './import-findings';
import type { ExistingPeriod } from './existing-records';
import { PlannedInserts, TargetStrategy } from './import.types';

export interface MatchedPeriod {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  state: string;
  isNew: boolean;
  rows: number[];
}

const isoDate = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/** The UK financial-year quarters from a strategy's first day to its last ("2018/19 Q1" … "2020/21 Q4"). */
export function quartersOf(
  strategy: Pick<TargetStrategy, 'startsOn' | 'endsOn'>,
): NonNullable<ReturnType<typeof parseQuarterPeriod>>[] {
  const quarters = [];
  for (let year = Number(strategy.startsOn.slice(0, 4)) - 1; year <= Number(strategy.endsOn.slice(0, 4)); year++) {
    for (let q = 1; q <= 4; q++) {
      const quarter = parseQuarterPeriod(`${year}/${String((year + 1) % 100).padStart(2, '0')} Q${q}`);
      if (quarter && spanWithin(strategy, quarter)) quarters.push(quarter);
    }
  }
  return quarters;
}

/**
 * Reporting periods: by name; "2018/19 Q2" creates a UK financial-year quarter, held to the period rules (within
 * the strategy's years, overlapping none of its periods). `addEveryQuarter` fills in the strategy's other quarters.
 */
export function matchPeriods(
  existing: readonly ExistingPeriod[],
  strategy: Pick<TargetStrategy, 'startsOn' | 'endsOn'>,
  findings: ImportFindings,
) {
  const byKey = new Map<string, MatchedPeriod>();
  for (const p of existing) {
    byKey.set(matchKey(p.name), {
      id: p.id,
      name: p.name,
      startsOn: isoDate(p.starts_on),
      endsOn: isoDate(p.ends_on),
      state: p.state,
      isNew: false,
      rows: [],
    });
  }
  const inserts: PlannedInserts['periods'] = [];
  const years = `${formatDate(strategy.startsOn)} to ${formatDate(strategy.endsOn)}`;
  /** Quarters of the strategy left out because another period covers part of them. */
  const skippedQuarters: string[] = [];

  const sameQuarter = (startsOn: string) =>
    [...byKey.values()].find((p) => p.startsOn === startsOn && parseQuarterPeriod(p.name)?.startsOn === startsOn);

  const resolve = (text: string, row: number): MatchedPeriod | null => {
    let entry = byKey.get(matchKey(text));
    if (!entry) {
      const quarter = parseQuarterPeriod(text);
      if (!quarter) {
        findings.problem(
          row,
          'period',
          `Unknown period "${text}": not a reporting period of this strategy, and not a quarter like "2018/19 Q2".`,
        );
        return null;
      }
      // "Q2 2018/19" and "2018/19 Q2" are the same quarter: match on dates, keep the name as first written.
      entry = sameQuarter(quarter.startsOn);
      if (!entry) {
        if (!spanWithin(strategy, quarter)) {
          findings.problem(
            row,
            'period',
            `"${text}" (${formatDate(quarter.startsOn)} to ${formatDate(quarter.endsOn)}) is outside the strategy's years (${years}).`,
          );
          return null;
        }
        const other = firstOverlapping(quarter, [...byKey.values()]);
        if (other) {
          findings.problem(
            row,
            'period',
            `"${text}" overlaps the period "${other.name}" (${formatDate(other.startsOn)} to ${formatDate(other.endsOn)}): periods of a strategy cannot overlap.`,
          );
          return null;
        }
        const name = cleanText(text);
        entry = {
          id: randomUUID(),
          name,
          startsOn: quarter.startsOn,
          endsOn: quarter.endsOn,
          state: 'open',
          isNew: true,
          rows: [],
        };
        inserts.push({ id: entry.id, ...quarter, name });
      }
      byKey.set(matchKey(text), entry);
    }
    entry.rows.push(row);
    return entry;
  };
  /** Every quarter of the strategy's years that no period already covers; a quarter another period overlaps is left out. */
  const addEveryQuarter = () => {
    for (const quarter of quartersOf(strategy)) {
      if (sameQuarter(quarter.startsOn)) continue;
      const other = firstOverlapping(quarter, [...byKey.values()]);
      if (other) {
        skippedQuarters.push(`${quarter.name} (overlaps "${other.name}")`);
        continue;
      }
      const entry = {
        id: randomUUID(),
        name: quarter.name,
        startsOn: quarter.startsOn,
        endsOn: quarter.endsOn,
        state: 'open',
        isNew: true,
        rows: [],
      };
      byKey.set(matchKey(quarter.name), entry);
      inserts.push({ id: entry.id, ...quarter });
    }
  };
  const reportChanges = () => {
    // A Set: one period can be keyed under several spellings.
    for (const entry of new Set(byKey.values()))
      if (entry.rows.length || entry.isNew)
        findings.change('period', entry.isNew ? 'create' : 'unchanged', entry.name, entry.rows);
  };
  return { resolve, addEveryQuarter, inserts, skippedQuarters, reportChanges };
}
