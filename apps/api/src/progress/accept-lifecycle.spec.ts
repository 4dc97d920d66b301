import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const SAVE = 'mutation($input: SaveProgressUpdateInput!) { saveProgressUpdate(input: $input) { id version } }';
const SUBMIT = 'mutation($input: SubmitProgressUpdateInput!) { submitProgressUpdate(input: $input) { id version } }';
const ACCEPT =
  'mutation($input: AcceptProgressUpdateInput!) { acceptProgressUpdate(input: $input) { id version reviewState lifecycleStatus } }';
const RETURN =
  'mutation($input: ReturnProgressUpdateInput!) { returnProgressUpdate(input: $input) { id version reviewState } }';
const HISTORY =
  'query($id: ID!) { actionHistory(actionId: $id) { entityType operation actorName reason changes { field before after } } }';

interface Versioned {
  id: string;
  version: number;
}

describe('accepting a progress update that sets a lifecycle status', () => {
  let api: TestApp;
  let fx: ProgressFixture;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  async function call<T>(query: string, input: Record<string, unknown>, role: 'leadA' | 'senior'): Promise<T> {
    const result = await api.graphql<Record<string, T>>(query, { input }, fx.cookie(role));
    expect(result.errors).toBeUndefined();
    return Object.values(result.data as Record<string, T>)[0];
  }

  /** A submitted update of a new in-progress action of group A, proposing the given lifecycle status (or none). */
  async function submitted(lifecycleStatus?: string): Promise<{ actionId: string; update: Versioned }> {
    const action = await fx.action('A', 'in_progress');
    const period = await fx.period('open');
    const rag = lifecycleStatus && !['InProgress', 'Ongoing'].includes(lifecycleStatus) ? {} : { proposedRag: 'Green' };
    const saved = await call<Versioned>(
      SAVE,
      { actionId: action.id, periodId: period.id, narrative: 'All officers trained.', lifecycleStatus, ...rag },
      'leadA',
    );
    const update = await call<Versioned>(SUBMIT, { id: saved.id, version: saved.version }, 'leadA');
    return { actionId: action.id, update };
  }

  async function actionRow(id: string): Promise<{ lifecycle_status: string; version: number }> {
    const [row] = await api.dataSource.query(`SELECT lifecycle_status, version FROM action WHERE id = $1`, [id]);
    return row;
  }

  const actionAudit = (
    id: string,
  ): Promise<Array<{ operation: string; actor_id: string; changes: Record<string, unknown> }>> =>
    api.dataSource.query(
      `SELECT operation, actor_id, changes FROM audit_entry WHERE entity_type = 'action' AND entity_id = $1`,
      [id],
    );

  it("copies the update's lifecycle status onto the action, versioned and audited, and shows it in the action history", async () => {
    const { actionId, update } = await submitted('Complete');
    const before = await actionRow(actionId);

    const accepted = await call<{ reviewState: string; lifecycleStatus: string }>(
      ACCEPT,
      { id: update.id, version: update.version },
      'senior',
    );
    expect(accepted).toMatchObject({ reviewState: 'Accepted', lifecycleStatus: 'Complete' });

    expect(await actionRow(actionId)).toEqual({ lifecycle_status: 'complete', version: before.version + 1 });
    const audit = await actionAudit(actionId);
    expect(audit).toEqual([
      {
        operation: 'update',
        actor_id: fx.people.senior.personId,
        changes: { lifecycleStatus: { before: 'in_progress', after: 'complete' } },
      },
    ]);

    const history = await api.graphql<{
      actionHistory: Array<{
        entityType: string;
        operation: string;
        actorName: string;
        changes: Array<{ field: string; after: string }>;
      }>;
    }>(HISTORY, { id: actionId }, fx.cookie('viewer'));
    const last = history.data?.actionHistory.at(-1);
    expect(last).toMatchObject({
      entityType: 'action',
      operation: 'update',
      actorName: 'Sam Senior',
      changes: [{ field: 'lifecycleStatus', after: '"complete"' }],
    });
    expect(history.data?.actionHistory.map((e) => e.operation)).toEqual(['create', 'submit', 'accept', 'update']);
  });

  it('leaves the action alone when the update sets no lifecycle status, or the same one', async () => {
    for (const lifecycle of [undefined, 'InProgress']) {
      const { actionId, update } = await submitted(lifecycle);
      const before = await actionRow(actionId);
      await call(ACCEPT, { id: update.id, version: update.version }, 'senior');
      expect(await actionRow(actionId)).toEqual(before);
      expect(await actionAudit(actionId)).toEqual([]);
    }
  });

  it('does not copy the status when the update is returned rather than accepted', async () => {
    const { actionId, update } = await submitted('Deferred');
    const before = await actionRow(actionId);
    await call(RETURN, { id: update.id, version: update.version, comment: 'Say when it restarts.' }, 'senior');
    expect(await actionRow(actionId)).toEqual(before);
    expect(await actionAudit(actionId)).toEqual([]);
  });

  it('changes neither the update nor the action when the accept is refused (one transaction)', async () => {
    const { actionId, update } = await submitted('Cancelled');
    const before = await actionRow(actionId);
    const stale = await api.graphql(
      ACCEPT,
      { input: { id: update.id, version: update.version - 1 } },
      fx.cookie('senior'),
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const byLead = await api.graphql(ACCEPT, { input: { id: update.id, version: update.version } }, fx.cookie('leadA'));
    expect(byLead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await actionRow(actionId)).toEqual(before);
    expect(await actionAudit(actionId)).toEqual([]);
  });
});
