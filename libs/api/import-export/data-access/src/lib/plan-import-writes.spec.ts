import { DataSource } from 'typeorm';
import { queryRows, type ActionRow, type AuditEntryRow, type ProgressUpdateRow } from '@waymark/api/database';
import { computePlannedImport } from './import/import-planning';
import { applyPlanImport, IN_THIS_THREAD, type ImportCompute, planTableCounts, previewPlanImport } from './plan-import';
import { createMigratedDatabase, createPartnership } from './testing/test-database';
import { ImportWorkerPool } from './worker/import-worker-pool';

const HEADER = ['Theme', 'Action ref', 'Action', 'Lead officer', 'RAG', 'Period', 'Progress'];
const csv = (rows: string[][]) =>
  Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n', 'utf8');

// Quotes, backslashes, a JSON-looking narrative and non-Latin text: the writes carry rows as JSON text now.
const TRICKY = 'Said "done" \\ not C:\\temp\\x; {"a": [1]} — ŵ 😀';

describe('plan import writes', () => {
  let dataSource: DataSource;
  let partnershipId: string;
  const newStrategy = { title: 'Writes', startYear: 2018, endYear: 2020 };
  let rows: string[][];

  beforeAll(async () => {
    ({ dataSource } = await createMigratedDatabase());
  });
  afterAll(() => dataSource.destroy());
  beforeEach(async () => {
    partnershipId = await createPartnership(dataSource, `P ${Math.random()}`);
    // E-mail addresses are unique across partnerships.
    rows = [
      HEADER,
      [
        'Safer streets',
        'A1',
        'Street lighting',
        `Jo Smith <jo.${partnershipId}@example.org>`,
        'Green',
        '2018/19 Q1',
        TRICKY,
      ],
    ];
  });

  it('stores text and its audit row exactly as written', async () => {
    const applied = await applyPlanImport(dataSource, {
      fileName: 'plan.csv',
      content: csv(rows),
      partnershipId,
      newStrategy,
      actorId: null,
    });
    const [update] = await queryRows<Pick<ProgressUpdateRow, 'id' | 'narrative'>>(
      dataSource,
      `SELECT u.id, u.narrative FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.strategy_id = $1`,
      [applied.strategyId],
    );
    expect(update.narrative).toBe(TRICKY);
    // changes is jsonb: the audit writer's { field: { before, after } }, here for the narrative.
    const [audit] = await queryRows<
      Pick<AuditEntryRow, 'reason'> & { changes: { narrative: { before: unknown; after: unknown } } }
    >(dataSource, `SELECT changes, reason FROM audit_entry WHERE entity_type = 'progress_update' AND entity_id = $1`, [
      update.id,
    ]);
    expect(audit.changes.narrative).toEqual({ before: null, after: TRICKY });
    expect(audit.reason).toBe('Imported from plan.csv');
  });

  it('answers CONFLICT and writes nothing when a record changed between planning and writing', async () => {
    const request = { fileName: 'plan.csv', content: csv(rows), partnershipId, newStrategy, actorId: null };
    const { strategyId } = await applyPlanImport(dataSource, request);
    const edited = rows.map((r) => [...r]);
    edited[1][2] = 'Street lighting and CCTV';
    const before = await planTableCounts(dataSource);
    // Someone else edits the action after the import has planned its update from version 1.
    const racing: ImportCompute = {
      ...IN_THIS_THREAD,
      plan: async (input) => {
        const plan = computePlannedImport(input);
        await dataSource.query(
          `UPDATE action SET description = 'edited meanwhile', version = version + 1 WHERE strategy_id = $1`,
          [strategyId],
        );
        return plan;
      },
    };
    const again = { ...request, content: csv(edited), newStrategy: null, strategyId };
    await expect(applyPlanImport(dataSource, again, { compute: racing })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect(await planTableCounts(dataSource)).toEqual(before);
    const [action] = await queryRows<Pick<ActionRow, 'title'>>(
      dataSource,
      `SELECT title FROM action WHERE strategy_id = $1`,
      [strategyId],
    );
    expect(action.title).toBe('Street lighting');
  });

  it('previews and applies through the import worker as in this thread', async () => {
    const pool = new ImportWorkerPool({ heapMb: 128, perPartnershipLimit: 2 });
    try {
      const compute = pool.computeFor(partnershipId);
      const request = { fileName: 'plan.csv', content: csv(rows), partnershipId, newStrategy, actorId: null };
      const inWorker = await previewPlanImport(dataSource, request, { compute });
      const here = await previewPlanImport(dataSource, request);
      expect(inWorker).toEqual(here);
      const applied = await applyPlanImport(dataSource, request, { compute });
      expect(applied.applied).toBe(true);
      const [count] = await queryRows<{ n: number }>(
        dataSource,
        `SELECT count(*)::int AS n FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.strategy_id = $1`,
        [applied.strategyId],
      );
      expect(count.n).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('through the import worker (sheets kept between preview and apply): plans a changed file from its new bytes, and still answers CONFLICT', async () => {
    const pool = new ImportWorkerPool({ heapMb: 128, perPartnershipLimit: 2 });
    try {
      const compute = pool.computeFor(partnershipId);
      const request = { fileName: 'plan.csv', content: csv(rows), partnershipId, newStrategy, actorId: null };
      const { strategyId } = await applyPlanImport(dataSource, request, { compute });
      const edited = rows.map((r) => [...r]);
      edited[1][2] = 'Street lighting and CCTV';
      const again = { ...request, content: csv(edited), newStrategy: null, strategyId };
      const preview = await previewPlanImport(dataSource, again, { compute });
      expect(preview.changes.map((c) => [c.entity, c.operation])).toContainEqual(['action', 'update']);
      expect(await previewPlanImport(dataSource, again, { compute })).toEqual(preview);

      const before = await planTableCounts(dataSource);
      const racing: ImportCompute = {
        ...compute,
        plan: async (input) => {
          const plan = await compute.plan(input);
          await dataSource.query(
            `UPDATE action SET description = 'edited meanwhile', version = version + 1 WHERE strategy_id = $1`,
            [strategyId],
          );
          return plan;
        },
      };
      await expect(applyPlanImport(dataSource, again, { compute: racing })).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
      });
      expect(await planTableCounts(dataSource)).toEqual(before);
    } finally {
      await pool.close();
    }
  });
});
