import { QueryRunner } from 'typeorm';
import { uploadPlan } from '../testing/plan-upload';
import { createPersonWithPassword, signInAs } from '../testing/sign-in';
import { GraphQLResponse, startTestApp, TestApp } from '../testing/test-app';

const APPLY = 'mutation($input: PlanImportInput!) { applyPlanImport(input: $input) { strategyId applied } }';
const plan = (progress: string) =>
  [
    'Theme no,Theme,Action ref,Action,Due date,Status,RAG,Period,Progress',
    `1,Awareness,A1,Awareness week,31/03/2019,In progress,Green,2018/19 Q1,${progress}`,
    '',
  ].join('\r\n');

/**
 * An import writes progress updates into periods, so it depends on their state as saving an update does: it reads
 * the periods FOR SHARE in its transaction, and a sign-off (FOR UPDATE) and the import serialise on the period row.
 */
describe('a plan import and a sign-off of the same period serialise on the period row', () => {
  let api: TestApp;
  let admin: string;
  const held: QueryRunner[] = [];
  let round = 0;

  beforeAll(async () => {
    api = await startTestApp();
    const person = await createPersonWithPassword(api, { email: 'admin@import-skew.test', isAdministrator: true });
    admin = await signInAs(api, person.email);
  });
  afterEach(async () => {
    for (const runner of held.splice(0)) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
  afterAll(() => api.close());

  /** A strategy imported with one update in "2018/19 Q1", the period then in review; and an upload that edits it. */
  async function arrange(): Promise<{
    strategyId: string;
    periodId: string;
    updateId: string;
    send: () => Promise<GraphQLResponse>;
  }> {
    round += 1;
    const created = await api.graphql<{ applyPlanImport: { strategyId: string } }>(
      APPLY,
      {
        input: {
          uploadId: await uploadPlan(api, admin, 'plan.csv', plan('Planned')),
          newStrategy: { title: `Strategy ${round}`, startYear: 2018, endYear: 2021 },
        },
      },
      admin,
    );
    const strategyId = created.data?.applyPlanImport.strategyId as string;
    await api.dataSource.query(`UPDATE reporting_period SET state = 'in_review' WHERE strategy_id = $1`, [strategyId]);
    const [period]: Array<{ id: string }> = await api.dataSource.query(
      `SELECT id FROM reporting_period WHERE strategy_id = $1`,
      [strategyId],
    );
    const [update]: Array<{ id: string }> = await api.dataSource.query(
      `SELECT id FROM progress_update WHERE period_id = $1`,
      [period.id],
    );
    const uploadId = await uploadPlan(api, admin, 'plan.csv', plan('EDITED AFTER SIGN-OFF'));
    return {
      strategyId,
      periodId: period.id,
      updateId: update.id,
      send: () => api.graphql(APPLY, { input: { uploadId, strategyId } }, admin),
    };
  }

  const narratives = async (periodId: string) =>
    api.dataSource.query(`SELECT narrative, version FROM progress_update WHERE period_id = $1 ORDER BY id`, [
      periodId,
    ]) as Promise<Array<{ narrative: string; version: number }>>;

  async function lockWaiters(): Promise<number> {
    const [row]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return row.n;
  }

  /** Resolves once `count` sessions wait on a lock, or when `promise` settles first (then it did not wait). */
  async function untilWaiting(count: number, promise: Promise<unknown>): Promise<void> {
    let settled = false;
    void promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    const deadline = Date.now() + 30_000;
    while (!settled && (await lockWaiters()) < count) {
      if (Date.now() > deadline) throw new Error(`no session waited on a lock within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function holdTransaction(): Promise<QueryRunner> {
    const runner = api.dataSource.createQueryRunner();
    held.push(runner);
    await runner.connect();
    await runner.startTransaction();
    return runner;
  }

  it('an import started while a sign-off holds the period waits, then fails as signed off and changes nothing', async () => {
    const { periodId, send } = await arrange();
    // The first connection: what setPeriodState does (period locked FOR UPDATE, state changed), not yet committed.
    const signOff = await holdTransaction();
    await signOff.query(`SELECT state FROM reporting_period WHERE id = $1 FOR UPDATE`, [periodId]);
    await signOff.query(
      `UPDATE reporting_period SET state = 'signed_off', signed_off_at = now(), version = version + 1 WHERE id = $1`,
      [periodId],
    );
    const before = await narratives(periodId);

    const result = send();
    await untilWaiting(1, result);
    await signOff.commitTransaction();
    const answer = await result;

    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/2018\/19 Q1 is signed off/);
    expect(await narratives(periodId)).toEqual(before);
  }, 120_000);

  it('a sign-off waits for an import in flight and commits after it', async () => {
    const { periodId, updateId, send } = await arrange();
    // Holds the import inside its transaction: it has read (and locked) the periods and waits for the update's row.
    const blocker = await holdTransaction();
    await blocker.query(`SELECT 1 FROM progress_update WHERE id = $1 FOR UPDATE`, [updateId]);
    const importing = send();
    await untilWaiting(1, importing);

    // The second connection: what setPeriodState does first.
    const signOff = await holdTransaction();
    let locked = false;
    const signOffLock = signOff
      .query(`SELECT state FROM reporting_period WHERE id = $1 FOR UPDATE`, [periodId])
      .then((rows: Array<{ state: string }>) => {
        locked = true;
        return rows;
      });
    await untilWaiting(2, signOffLock);
    expect(locked).toBe(false);

    await blocker.commitTransaction();
    const imported = await importing;
    expect(imported.errors).toBeUndefined();
    expect(await signOffLock).toEqual([{ state: 'in_review' }]);
    // The sign-off, once it has the period, sees the import's edit: nothing can be written after it.
    expect((await signOff.query(`SELECT narrative FROM progress_update WHERE id = $1`, [updateId]))[0].narrative).toBe(
      'EDITED AFTER SIGN-OFF',
    );
  }, 120_000);
});
