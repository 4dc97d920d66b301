import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const UPDATE_FIELDS =
  'id version reviewState proposedRag validatedRag validationReason effectiveRag reviewComment correctionCount lastCorrectionReason narrative authorName isStale';
const SAVE = `mutation($input: SaveProgressUpdateInput!) { saveProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
const SUBMIT = `mutation($input: SubmitProgressUpdateInput!) { submitProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
const ACCEPT = `mutation($input: AcceptProgressUpdateInput!) { acceptProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
const RETURN = `mutation($input: ReturnProgressUpdateInput!) { returnProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
const VALIDATE = `mutation($input: ValidateRagInput!) { validateRag(input: $input) { ${UPDATE_FIELDS} } }`;
const CORRECT = `mutation($input: CorrectProgressUpdateInput!) { correctProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
const PERIOD_STATE =
  'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id version state signedOffAt signedOffById } }';

interface Update {
  id: string;
  version: number;
  reviewState: string;
  proposedRag: string | null;
  validatedRag: string | null;
  validationReason: string | null;
  effectiveRag: string | null;
  reviewComment: string | null;
  correctionCount: number;
  lastCorrectionReason: string | null;
  narrative: string;
  authorName: string | null;
  isStale: boolean;
}
type Errors = Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string }> } }> | undefined;
const fieldsOf = (errors: Errors) => errors?.[0]?.extensions?.fields?.map((f) => f.field);

describe('progress review workflow, sign-off and audit', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const lead = () => fx.cookie('leadA');
  const senior = () => fx.cookie('senior');
  async function ok<T>(
    query: string,
    input: Record<string, unknown>,
    cookie: string | undefined,
    key: string,
  ): Promise<T> {
    const result = await api.graphql<Record<string, T>>(query, { input }, cookie);
    expect(result.errors).toBeUndefined();
    return (result.data as Record<string, T>)[key];
  }

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  it('runs draft → submitted → returned → resubmitted → validated → accepted → signed off → corrected, auditing every step', async () => {
    const action = await fx.action('A');
    const previous = await fx.period('signed_off', '2025-10-01');
    await api.dataSource.query(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state) VALUES ($1, $2, 'Campaign planned.', 'amber', 'accepted')`,
      [action.id, previous.id],
    );
    const period = await fx.period('open', '2026-01-01');

    // RAG is required while in progress.
    const noRag = await api.graphql(
      SAVE,
      { input: { actionId: action.id, periodId: period.id, narrative: 'Campaign planned.' } },
      lead(),
    );
    expect(noRag.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noRag.errors)).toEqual(['input.proposedRag']);

    let update = await ok<Update>(
      SAVE,
      { actionId: action.id, periodId: period.id, narrative: 'Campaign planned.', proposedRag: 'Green' },
      lead(),
      'saveProgressUpdate',
    );
    expect(update).toMatchObject({ reviewState: 'Draft', proposedRag: 'Green', authorName: 'Lee Lead', isStale: true });

    // Editing without the current version is refused; with it, it saves.
    const stale = await api.graphql(
      SAVE,
      { input: { actionId: action.id, periodId: period.id, version: 99, narrative: 'x', proposedRag: 'Green' } },
      lead(),
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    update = await ok<Update>(
      SAVE,
      {
        actionId: action.id,
        periodId: period.id,
        version: update.version,
        narrative: 'Campaign launched in 3 wards.',
        proposedRag: 'Green',
      },
      lead(),
      'saveProgressUpdate',
    );
    expect(update.isStale).toBe(false);

    // myUpdates shows it to the lead with last period's text.
    const mine = await api.graphql<{
      myUpdates: Array<{
        actionId: string;
        status: string;
        previousUpdate: { narrative: string } | null;
        period: { id: string };
      }>;
    }>('{ myUpdates { actionId status period { id } previousUpdate { narrative } } }', {}, lead());
    const owed = mine.data?.myUpdates.find((m) => m.actionId === action.id);
    expect(owed).toMatchObject({ status: 'draft', previousUpdate: { narrative: 'Campaign planned.' } });

    update = await ok<Update>(SUBMIT, { id: update.id, version: update.version }, lead(), 'submitProgressUpdate');
    expect(update.reviewState).toBe('Submitted');
    const editSubmitted = await api.graphql(
      SAVE,
      {
        input: {
          actionId: action.id,
          periodId: period.id,
          version: update.version,
          narrative: 'sneaky',
          proposedRag: 'Green',
        },
      },
      lead(),
    );
    expect(editSubmitted.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // Return needs a comment.
    const bareReturn = await api.graphql(
      RETURN,
      { input: { id: update.id, version: update.version, comment: '   ' } },
      senior(),
    );
    expect(fieldsOf(bareReturn.errors)).toEqual(['input.comment']);
    update = await ok<Update>(
      RETURN,
      { id: update.id, version: update.version, comment: 'Say how many people attended.' },
      senior(),
      'returnProgressUpdate',
    );
    expect(update).toMatchObject({ reviewState: 'Returned', reviewComment: 'Say how many people attended.' });

    update = await ok<Update>(
      SAVE,
      {
        actionId: action.id,
        periodId: period.id,
        version: update.version,
        narrative: 'Campaign launched in 3 wards; 240 attended.',
        proposedRag: 'Green',
      },
      lead(),
      'saveProgressUpdate',
    );
    update = await ok<Update>(SUBMIT, { id: update.id, version: update.version }, lead(), 'submitProgressUpdate');

    // A validated RAG that differs needs a reason; both RAGs are kept.
    const noReason = await api.graphql(
      VALIDATE,
      { input: { id: update.id, version: update.version, validatedRag: 'Amber' } },
      senior(),
    );
    expect(fieldsOf(noReason.errors)).toEqual(['input.reason']);
    const same = await ok<Update>(
      VALIDATE,
      { id: update.id, version: update.version, validatedRag: 'Green' },
      senior(),
      'validateRag',
    );
    expect(same).toMatchObject({ validatedRag: 'Green', validationReason: null });
    update = await ok<Update>(
      VALIDATE,
      { id: update.id, version: same.version, validatedRag: 'Amber', reason: 'Venue funding not confirmed.' },
      senior(),
      'validateRag',
    );
    expect(update).toMatchObject({
      proposedRag: 'Green',
      validatedRag: 'Amber',
      effectiveRag: 'Amber',
      validationReason: 'Venue funding not confirmed.',
    });

    update = await ok<Update>(ACCEPT, { id: update.id, version: update.version }, senior(), 'acceptProgressUpdate');
    expect(update.reviewState).toBe('Accepted');

    // Period: open → in review → signed off (final).
    let p = await ok<{ id: string; version: number; state: string; signedOffById: string | null }>(
      PERIOD_STATE,
      { id: period.id, version: period.version, state: 'InReview' },
      senior(),
      'setPeriodState',
    );
    p = await ok(PERIOD_STATE, { id: period.id, version: p.version, state: 'SignedOff' }, senior(), 'setPeriodState');
    expect(p).toMatchObject({ state: 'SignedOff', signedOffById: fx.people.senior.personId });
    const reopen = await api.graphql(
      PERIOD_STATE,
      { input: { id: period.id, version: p.version, state: 'Open' } },
      senior(),
    );
    expect(fieldsOf(reopen.errors)).toEqual(['input.state']);

    // Locked: no edits, no reviews; only a correction with a reason.
    const lockedEdit = await api.graphql(
      SAVE,
      {
        input: {
          actionId: action.id,
          periodId: period.id,
          version: update.version,
          narrative: 'late edit',
          proposedRag: 'Green',
        },
      },
      lead(),
    );
    expect(fieldsOf(lockedEdit.errors)).toEqual(['input.periodId']);
    const lockedValidate = await api.graphql(
      VALIDATE,
      { input: { id: update.id, version: update.version, validatedRag: 'Red', reason: 'late' } },
      senior(),
    );
    expect(lockedValidate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const noCorrectionReason = await api.graphql(
      CORRECT,
      { input: { id: update.id, version: update.version, reason: '', narrative: 'x' } },
      senior(),
    );
    expect(fieldsOf(noCorrectionReason.errors)).toEqual(['input.reason']);
    update = await ok<Update>(
      CORRECT,
      {
        id: update.id,
        version: update.version,
        reason: 'Attendance was 420, not 240.',
        narrative: 'Campaign launched in 3 wards; 420 attended.',
      },
      senior(),
      'correctProgressUpdate',
    );
    expect(update).toMatchObject({
      correctionCount: 1,
      lastCorrectionReason: 'Attendance was 420, not 240.',
      narrative: 'Campaign launched in 3 wards; 420 attended.',
      validatedRag: 'Amber',
    });

    // The history: every step, in order, with who and why.
    const history = await api.graphql<{
      actionHistory: Array<{
        operation: string;
        actorName: string;
        reason: string | null;
        periodName: string | null;
        changes: Array<{ field: string; before: string | null; after: string | null }>;
      }>;
    }>(
      'query($id: ID!) { actionHistory(actionId: $id) { operation actorName reason periodName changes { field before after } } }',
      { id: action.id },
      fx.cookie('viewer'),
    );
    expect(history.errors).toBeUndefined();
    const entries = history.data?.actionHistory ?? [];
    expect(entries.map((e) => e.operation)).toEqual([
      'create',
      'update',
      'submit',
      'return',
      'update',
      'submit',
      'validate_rag',
      'validate_rag',
      'accept',
      'correct',
    ]);
    expect(entries[0].actorName).toBe('Lee Lead');
    expect(entries[7]).toMatchObject({ actorName: 'Sam Senior', reason: 'Venue funding not confirmed.' });
    expect(entries[7].changes).toEqual(
      expect.arrayContaining([{ field: 'validatedRag', before: '"green"', after: '"amber"' }]),
    );
    expect(entries[9]).toMatchObject({ reason: 'Attendance was 420, not 240.' });
    expect(entries[9].changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'correctionCount', before: '0', after: '1' })]),
    );

    const periodAudit: Array<{ operation: string }> = await api.dataSource.query(
      `SELECT operation FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
      [period.id],
    );
    expect(periodAudit.map((r) => r.operation)).toEqual(['update', 'sign_off']);
  });

  it('keeps audit rows append-only even for the app’s own database connection', async () => {
    const [{ n }]: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(n).toBeGreaterThan(0);
    await expect(api.dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`UPDATE audit_entry SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
    const [{ n: after }]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry`,
    );
    expect(after).toBe(n);
  });

  it('writes theme commentary for reviewers only and numbers it after the last paragraph', async () => {
    const period = await fx.period('open');
    const write =
      'mutation($input: WriteThemeCommentaryInput!) { writeThemeCommentary(input: $input) { id version sortOrder body } }';
    const first = await ok<{ id: string; version: number; sortOrder: number }>(
      write,
      { themeId: fx.themeId, periodId: period.id, body: 'Reports rose 12%.' },
      senior(),
      'writeThemeCommentary',
    );
    const second = await ok<{ sortOrder: number }>(
      write,
      { themeId: fx.themeId, periodId: period.id, body: 'Two new reporting centres.' },
      senior(),
      'writeThemeCommentary',
    );
    expect(second.sortOrder).toBe(first.sortOrder + 1);
    const blank = await api.graphql(
      write,
      { input: { themeId: fx.themeId, periodId: period.id, body: ' ' } },
      senior(),
    );
    expect(fieldsOf(blank.errors)).toEqual(['input.body']);
    const archived = await ok<{ archivedAt: string | null }>(
      'mutation($input: ArchiveThemeCommentaryInput!) { archiveThemeCommentary(input: $input) { archivedAt } }',
      { id: first.id, version: first.version },
      senior(),
      'archiveThemeCommentary',
    );
    expect(archived.archivedAt).toBeTruthy();
  });
});
