import { QueryRunner } from 'typeorm';
import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { GraphQLResponse, startTestApp, TestApp } from '../testing/test-app';

const SAVE = 'mutation($input: SaveProgressUpdateInput!) { saveProgressUpdate(input: $input) { id version } }';
const SUBMIT = 'mutation($input: SubmitProgressUpdateInput!) { submitProgressUpdate(input: $input) { id version } }';
const ACCEPT = 'mutation($input: AcceptProgressUpdateInput!) { acceptProgressUpdate(input: $input) { id version } }';
const VALIDATE = 'mutation($input: ValidateRagInput!) { validateRag(input: $input) { id version } }';
const WRITE_COMMENTARY =
  'mutation($input: WriteThemeCommentaryInput!) { writeThemeCommentary(input: $input) { id version } }';
const UPDATE_COMMENTARY =
  'mutation($input: UpdateThemeCommentaryInput!) { updateThemeCommentary(input: $input) { id version } }';
const PERIOD_STATE = 'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id version state } }';
const SIGNED_OFF = /reporting period is signed off/;

/** One write that depends on the period's state: how to set it up, send it, and read what it would change. */
interface WriteCase {
  readonly name: string;
  /** The period (in review) and the row the write changes; `rowTable` is locked to hold the write mid-transaction. */
  arrange(): Promise<{
    periodId: string;
    periodVersion: number;
    rowTable: string;
    rowId: string;
    send: () => Promise<GraphQLResponse>;
  }>;
}

describe('a signed-off period cannot change: writes and sign-off serialise on the period row', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const held: QueryRunner[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterEach(async () => {
    for (const runner of held.splice(0)) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
  afterAll(() => api.close());

  const periodVersion = async (id: string) =>
    Number((await api.dataSource.query(`SELECT version FROM reporting_period WHERE id = $1`, [id]))[0].version);
  const updateCase = (
    name: string,
    reviewState: string,
    send: (u: { id: string; version: number; actionId: string; periodId: string }) => Promise<GraphQLResponse>,
  ): WriteCase => ({
    name,
    async arrange() {
      const u = await fx.update({ reviewState, periodState: 'in_review' });
      return {
        periodId: u.periodId,
        periodVersion: await periodVersion(u.periodId),
        rowTable: 'progress_update',
        rowId: u.id,
        send: () => send(u),
      };
    },
  });
  const commentaryCase = (
    name: string,
    send: (periodId: string, row: { id: string; version: number }) => Promise<GraphQLResponse>,
  ): WriteCase => ({
    name,
    async arrange() {
      const period = await fx.period('in_review');
      const [row]: Array<{ id: string; version: number }> = await api.dataSource.query(
        `INSERT INTO theme_commentary (theme_id, period_id, body) VALUES ($1, $2, 'Before.') RETURNING id, version`,
        [fx.themeId, period.id],
      );
      return {
        periodId: period.id,
        periodVersion: period.version,
        rowTable: 'theme_commentary',
        rowId: row.id,
        send: () => send(period.id, row),
      };
    },
  });
  const lead = () => fx.cookie('leadA');
  const senior = () => fx.cookie('senior');
  const CASES: readonly WriteCase[] = [
    updateCase('save', 'draft', (u) =>
      api.graphql(
        SAVE,
        {
          input: {
            actionId: u.actionId,
            periodId: u.periodId,
            version: u.version,
            narrative: 'EDITED AFTER SIGN-OFF',
            proposedRag: 'Red',
          },
        },
        lead(),
      ),
    ),
    updateCase('submit', 'draft', (u) => api.graphql(SUBMIT, { input: { id: u.id, version: u.version } }, lead())),
    updateCase('review (accept)', 'submitted', (u) =>
      api.graphql(ACCEPT, { input: { id: u.id, version: u.version, comment: 'Fine' } }, senior()),
    ),
    updateCase('validate RAG', 'submitted', (u) =>
      api.graphql(
        VALIDATE,
        { input: { id: u.id, version: u.version, validatedRag: 'Red', reason: 'Behind plan' } },
        senior(),
      ),
    ),
    commentaryCase('commentary (new paragraph)', (period) =>
      api.graphql(
        WRITE_COMMENTARY,
        { input: { themeId: fx.themeId, periodId: period, body: 'EDITED AFTER SIGN-OFF' } },
        senior(),
      ),
    ),
    commentaryCase('commentary (edit)', (_period, row) =>
      api.graphql(
        UPDATE_COMMENTARY,
        { input: { id: row.id, version: row.version, body: 'EDITED AFTER SIGN-OFF' } },
        senior(),
      ),
    ),
  ];

  /** What a write could have changed in the period: its updates, commentary and their audit rows. */
  const periodContent = async (periodId: string) =>
    api.dataSource.query(
      `SELECT (SELECT json_agg(to_jsonb(pu) ORDER BY pu.id) FROM progress_update pu WHERE pu.period_id = $1) AS updates,
              (SELECT json_agg(to_jsonb(tc) ORDER BY tc.id) FROM theme_commentary tc WHERE tc.period_id = $1) AS commentary,
              (SELECT count(*) FROM audit_entry e WHERE e.entity_type IN ('progress_update', 'theme_commentary', 'action')) AS audits`,
      [periodId],
    );

  async function lockWaiters(): Promise<number> {
    const [row]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return row.n;
  }

  /** Resolves once `count` sessions wait on a lock, or when `promise` settles first (then the write did not wait). */
  async function untilWaiting(count: number, promise: Promise<unknown>): Promise<void> {
    let settled = false;
    void promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    const deadline = Date.now() + 5000;
    while (!settled && (await lockWaiters()) < count) {
      if (Date.now() > deadline) throw new Error(`no session waited on a lock within 5 s`);
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

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s started while a sign-off holds the period fails as signed off and changes nothing',
    async (_name, write) => {
      const { periodId, send } = await write.arrange();
      // The first connection: what setPeriodState does (period locked FOR UPDATE, state changed), not yet committed.
      const signOff = await holdTransaction();
      await signOff.query(`SELECT state FROM reporting_period WHERE id = $1 FOR UPDATE`, [periodId]);
      await signOff.query(
        `UPDATE reporting_period SET state = 'signed_off', signed_off_at = now(), version = version + 1 WHERE id = $1`,
        [periodId],
      );
      const before = await periodContent(periodId);

      const result = send();
      await untilWaiting(1, result);
      await signOff.commitTransaction();
      const answer = await result;

      expect(answer.errors?.[0]?.message).toMatch(SIGNED_OFF);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await periodContent(periodId)).toEqual(before);
    },
  );

  // A new paragraph has no row of its own to hold it mid-transaction; its edit stands for commentary here.
  const IN_FLIGHT = CASES.filter((c) => c.name !== 'commentary (new paragraph)');
  it.each(IN_FLIGHT.map((c) => [c.name, c] as const))(
    'sign-off waits for a %s in flight and commits after it',
    async (_name, write) => {
      const { periodId, periodVersion: version, rowTable, rowId, send } = await write.arrange();
      // Holds the write inside its transaction: it has checked (and locked) the period and waits for its row.
      const blocker = await holdTransaction();
      await blocker.query(`SELECT 1 FROM ${rowTable} WHERE id = $1 FOR UPDATE`, [rowId]);
      const writing = send();
      await untilWaiting(1, writing);

      let signedOff = false;
      const signOff = api
        .graphql(PERIOD_STATE, { input: { id: periodId, version, state: 'SignedOff' } }, senior())
        .then((r) => {
          signedOff = true;
          return r;
        });
      await untilWaiting(2, signOff);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(signedOff).toBe(false);

      await blocker.commitTransaction();
      const [written, signed] = await Promise.all([writing, signOff]);
      expect(written.errors).toBeUndefined();
      expect(signed.errors).toBeUndefined();
      expect(signed.data).toMatchObject({ setPeriodState: { state: 'SignedOff' } });
      const [row]: Array<{ version: number }> = await api.dataSource.query(
        `SELECT version FROM ${rowTable} WHERE id = $1`,
        [rowId],
      );
      expect(row.version).toBeGreaterThan(1);
    },
  );
});
