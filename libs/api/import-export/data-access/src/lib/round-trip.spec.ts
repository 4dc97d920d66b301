import { XMLParser } from 'fast-xml-parser';
import { DataSource } from 'typeorm';
import { queryRows, type OrganisationRow, type ReportingPeriodRow, type StrategyRow } from '@waymark/api/database';
import { loadDemoData } from '@waymark/api/demo-data';
import { loadReportSource } from '@waymark/api/reporting/data-access';
import { BoardReport, buildBoardReport, ReportSource } from '@waymark/shared/report-model';
import { backupPartnership, restorePartnership } from './backup';
import { exportPlan, exportPlanRows } from './plan-export';
import { applyPlanImport, planTableCounts } from './plan-import';
import { readSpreadsheet } from './spreadsheet-io';
import { exportStratml, STRATML_PART2_NAMESPACE } from './stratml';
import { createMigratedDatabase, createPartnership } from './testing/test-database';

const GENERATED_ON = '2016-03-01';

async function reports(
  db: DataSource,
  strategyId: string,
): Promise<{ source: ReportSource; byPeriod: Map<string, BoardReport> }> {
  const source = (await loadReportSource(db, strategyId)) as ReportSource;
  const byPeriod = new Map<string, BoardReport>();
  for (const period of source.periods) {
    byPeriod.set(
      period.name,
      buildBoardReport(source, {
        periodId: period.id,
        generatedOn: GENERATED_ON,
        columns: ['lead', 'due', 'rag', 'history'],
      }),
    );
  }
  return { source, byPeriod };
}

/** Replaces ids (which differ between two imports) by stable placeholders, in order of appearance. */
function withoutIds<T>(value: T, ids: Map<string, string> = new Map()): T {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && uuid.test(v)) {
      if (!ids.has(v)) ids.set(v, `id${ids.size + 1}`);
      return ids.get(v);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** Each action's and update's stored search vector (kept by triggers), as text, by record id. */
async function searchVectors(db: DataSource): Promise<Record<string, string>> {
  const rows: Array<{ id: string; vector: string }> = await db.query(
    `SELECT a.id, s.vector::text AS vector FROM action a LEFT JOIN action_search s ON s.action_id = a.id
     UNION ALL SELECT u.id, s.vector::text FROM progress_update u LEFT JOIN progress_update_search s ON s.update_id = u.id AND s.action_id = u.action_id`,
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.vector]));
}

describe('round trip, backup and StratML on the demo partnership', () => {
  let source: DataSource;
  let demo: Awaited<ReturnType<typeof loadDemoData>>;

  beforeAll(async () => {
    ({ dataSource: source } = await createMigratedDatabase());
    demo = await loadDemoData(source);
  });
  afterAll(() => source.destroy());

  it('template export → import into an empty partnership reproduces the plan, its update history and the board reports', async () => {
    const target = (await createMigratedDatabase()).dataSource;
    try {
      const partnershipId = await createPartnership(target, 'Empty partnership');
      const york = demo.strategyIds.york;
      const file = await exportPlan(source, york, 'xlsx');
      const [strategy] = await queryRows<
        Pick<StrategyRow, 'title' | 'starts_on' | 'ends_on' | 'theme_label' | 'objective_label' | 'action_label'>
      >(
        source,
        `SELECT title, starts_on, ends_on, theme_label, objective_label, action_label FROM strategy WHERE id = $1`,
        [york],
      );
      const imported = await applyPlanImport(target, {
        fileName: file.fileName,
        content: file.content,
        partnershipId,
        actorId: null,
        newStrategy: {
          title: strategy.title,
          startYear: Number(strategy.starts_on.slice(0, 4)),
          endYear: Number(strategy.ends_on.slice(0, 4)),
        },
      });
      expect(imported.problems).toEqual([]);
      const copyId = imported.strategyId as string;
      // The template does not carry the strategy's level labels; set them as an administrator would.
      await target.query(
        `UPDATE strategy SET theme_label = $2, objective_label = $3, action_label = $4 WHERE id = $1`,
        [copyId, strategy.theme_label, strategy.objective_label, strategy.action_label],
      );
      // Nor organisations' short names (the report's Lead column uses them).
      for (const org of await queryRows<Pick<OrganisationRow, 'name' | 'short_name'>>(
        source,
        `SELECT name, short_name FROM organisation WHERE partnership_id = $1`,
        [demo.partnershipId],
      )) {
        await target.query(`UPDATE organisation SET short_name = $2 WHERE partnership_id = $3 AND name = $1`, [
          org.name,
          org.short_name,
          partnershipId,
        ]);
      }

      // Same template rows back out (ids aside: rows carry names, not ids).
      expect((await exportPlanRows(target, copyId)).rows).toEqual((await exportPlanRows(source, york)).rows);
      // The CSV form reads back to exactly the same cells as the xlsx form.
      const csv = await exportPlan(source, york, 'csv');
      expect((await readSpreadsheet('x.csv', csv.content)).filter((r) => r.some((c) => c !== ''))).toEqual(
        (await readSpreadsheet('x.xlsx', file.content))
          .map((r) => Array.from({ length: 16 }, (_, i) => r[i] ?? ''))
          .filter((r) => r.some((c) => c !== '')),
      );

      const before = await reports(source, york);
      const after = await reports(target, copyId);
      expect([...after.byPeriod.keys()]).toEqual([...before.byPeriod.keys()]);
      // What the template cannot carry: the partnership itself, commentary, indicators, period deadlines and
      // sign-off state, and how often a due date moved. Everything else in the board report must be identical.
      const comparable = (report: BoardReport) => {
        const r = withoutIds(JSON.parse(JSON.stringify(report))) as Record<string, unknown>;
        const strip = (v: unknown): unknown => {
          if (Array.isArray(v)) return v.map(strip);
          if (v && typeof v === 'object') {
            const o: Record<string, unknown> = {};
            for (const [k, x] of Object.entries(v)) {
              if (
                [
                  'commentary',
                  'indicators',
                  'updateDeadline',
                  'state',
                  'signedOff',
                  'rescheduleCount',
                  'originalDueOn',
                  'dueMoved',
                  'partnershipName',
                  'introduction',
                  'paragraphNumber',
                ].includes(k)
              )
                continue;
              o[k] = strip(x);
            }
            return o;
          }
          return v;
        };
        return strip(r);
      };
      for (const [name, report] of before.byPeriod) {
        expect(comparable(after.byPeriod.get(name) as BoardReport)).toEqual(comparable(report));
      }
      expect(after.source.updates.length).toBe(before.source.updates.length);
      // Imported actions and updates are searchable: each has its stored vector.
      expect(Object.values(await searchVectors(target)).filter((vector) => !vector)).toEqual([]);
    } finally {
      await target.destroy();
    }
  });

  it('backup → restore into a fresh database gives the same records and identical reports', async () => {
    const backup = await backupPartnership(source, demo.partnershipId);
    expect(backup.formatVersion).toBe(1);
    expect(backup.tables['person'].length).toBeGreaterThan(0);
    expect(JSON.stringify(backup)).not.toMatch(/argon2|password_hash/);
    const json = JSON.stringify(backup);

    const fresh = (await createMigratedDatabase()).dataSource;
    try {
      const result = await restorePartnership(fresh, JSON.parse(json));
      expect(result.counts['action']).toBe(backup.tables['action'].length);
      const again = await backupPartnership(fresh, demo.partnershipId);
      const { ['audit_entry']: restoredAudit, ...restoredTables } = again.tables;
      const { ['audit_entry']: originalAudit, ...originalTables } = backup.tables;
      expect(restoredTables).toEqual(originalTables);
      // Restore inserts the rows, and the triggers give them the same stored search vectors as the source.
      const restoredVectors = await searchVectors(fresh);
      expect(Object.keys(restoredVectors).length).toBe(
        backup.tables['action'].length + backup.tables['progress_update'].length,
      );
      const sourceVectors = await searchVectors(source);
      expect(restoredVectors).toEqual(
        Object.fromEntries(Object.keys(restoredVectors).map((id) => [id, sourceVectors[id]])),
      );
      expect(Object.values(restoredVectors).filter((vector) => !vector)).toEqual([]);
      expect(restoredAudit.slice(0, originalAudit.length)).toEqual(originalAudit);
      expect(restoredAudit.slice(originalAudit.length).map((a) => a['operation'])).toEqual(['restore']);
      for (const strategyId of Object.values(demo.strategyIds)) {
        const a = await reports(source, strategyId);
        const b = await reports(fresh, strategyId);
        expect([...b.byPeriod.entries()]).toEqual([...a.byPeriod.entries()]);
      }
      // A second restore of the same partnership is refused and changes nothing.
      const counts = await planTableCounts(fresh);
      await expect(restorePartnership(fresh, JSON.parse(json))).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
      });
      expect(await planTableCounts(fresh)).toEqual(counts);
      await expect(restorePartnership(fresh, { format: 'something-else' })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
    } finally {
      await fresh.destroy();
    }
  });

  it('exports well-formed, namespaced StratML Part 2 with a goal per theme and a measurement per action per period', async () => {
    const york = demo.strategyIds.york;
    const periods = await queryRows<Pick<ReportingPeriodRow, 'id'>>(
      source,
      `SELECT id FROM reporting_period WHERE strategy_id = $1 ORDER BY starts_on`,
      [york],
    );
    const last = periods[periods.length - 1].id;
    const xml = await exportStratml(source, york, last);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) =>
        ['Goal', 'Objective', 'PerformanceIndicator', 'MeasurementInstance', 'Stakeholder', 'Descriptor'].includes(
          name,
        ),
    }).parse(xml);
    const root = parsed.PerformancePlanOrReport;
    expect(root['@_xmlns']).toBe(STRATML_PART2_NAMESPACE);
    expect(root['@_Type']).toBe('Performance_Report');
    const goals = root.StrategicPlanCore.Goal as Record<string, unknown>[];
    const objectives = goals.flatMap((g) => (g['Objective'] as Record<string, unknown>[]) ?? []);
    const indicators = objectives.flatMap((o) => (o['PerformanceIndicator'] as Record<string, unknown>[]) ?? []);
    const instances = indicators.flatMap((i) => i['MeasurementInstance'] as Record<string, unknown>[]);
    const [[counts]] = [
      await queryRows<{ themes: number; actions: number; buckets: number; empty_objectives: number }>(
        source,
        `SELECT (SELECT count(*) FROM theme WHERE strategy_id = $1 AND archived_at IS NULL)::int AS themes,
              (SELECT count(*) FROM action WHERE strategy_id = $1 AND archived_at IS NULL)::int AS actions,
              (SELECT count(*) FROM (SELECT DISTINCT coalesce(objective_id, theme_id) FROM action WHERE strategy_id = $1 AND archived_at IS NULL) x)::int AS buckets,
              (SELECT count(*) FROM objective o WHERE strategy_id = $1 AND archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM action a WHERE a.objective_id = o.id))::int AS empty_objectives`,
        [york],
      ),
    ];
    expect(goals).toHaveLength(counts.themes);
    expect(objectives).toHaveLength(counts.buckets + counts.empty_objectives);
    expect(indicators).toHaveLength(counts.actions);
    expect(instances).toHaveLength(counts.actions * periods.length);
    expect(indicators.every((i) => i['@_PerformanceIndicatorType'] === 'Qualitative')).toBe(true);
    const ids = [...xml.matchAll(/<Identifier>([^<]*)<\/Identifier>/g)].map((m) => m[1]);
    expect(ids.every((id) => /^[A-Za-z_][\w.-]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const rags = instances.map(
      (i) => ((i['ActualResult'] as Record<string, unknown>)['Descriptor'] as Record<string, unknown>[])[0],
    );
    expect(
      rags.every(
        (d) =>
          d['DescriptorName'] === 'RAG' &&
          ['Red', 'Amber', 'Green', 'Not rated'].includes(String(d['DescriptorValue'])),
      ),
    ).toBe(true);
    const performers = (
      root.StrategicPlanCore.Organization.Stakeholder as Record<string, Record<string, unknown>>[]
    ).map((st) => st['Role']['RoleType']);
    expect(performers.length).toBeGreaterThan(0);
    expect(new Set(performers)).toEqual(new Set(['Performer']));
  });
});
