import type { TestApp } from './test-app';

/** Each table's rows of one partnership, reached through the column that ties them to it. */
const SCOPED_TABLES: ReadonlyArray<readonly [table: string, where: string]> = [
  ['partnership', 'id = $1'],
  ['organisation', 'partnership_id = $1'],
  ['person', 'partnership_id = $1'],
  ['partnership_group', 'partnership_id = $1'],
  ['strategy', 'partnership_id = $1'],
  ['theme', 'strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $1)'],
  ['objective', 'strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $1)'],
  ['action', 'strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $1)'],
  ['reporting_period', 'strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $1)'],
  ['indicator', 'strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $1)'],
  [
    'progress_update',
    'action_id IN (SELECT a.id FROM action a JOIN strategy s ON s.id = a.strategy_id WHERE s.partnership_id = $1)',
  ],
  [
    'theme_commentary',
    'period_id IN (SELECT p.id FROM reporting_period p JOIN strategy s ON s.id = p.strategy_id WHERE s.partnership_id = $1)',
  ],
];

/**
 * Row count and version sum of one partnership's records: equal snapshots mean nothing of that
 * partnership changed, whatever happened in others.
 */
export async function snapshotPartnership(api: TestApp, partnershipId: string): Promise<Record<string, string>> {
  const parts = SCOPED_TABLES.map(
    ([t, where]) =>
      `SELECT '${t}' AS t, count(*)::text || '/' || COALESCE(sum(version), 0)::text AS v FROM ${t} WHERE ${where}`,
  );
  const rows: Array<{ t: string; v: string }> = await api.dataSource.query(parts.join(' UNION ALL '), [partnershipId]);
  return Object.fromEntries(rows.map((r) => [r.t, r.v]));
}
