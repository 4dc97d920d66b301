import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const FIELDS = 'id version reviewState';
const SUBMIT = `mutation($input: SubmitProgressUpdateInput!) { submitProgressUpdate(input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation($input: WithdrawProgressUpdateInput!) { withdrawProgressUpdate(input: $input) { ${FIELDS} } }`;
const RETURN = `mutation($input: ReturnProgressUpdateInput!) { returnProgressUpdate(input: $input) { ${FIELDS} } }`;
const VALIDATE = `mutation($input: ValidateRagInput!) { validateRag(input: $input) { ${FIELDS} } }`;
const ACCEPT = `mutation($input: AcceptProgressUpdateInput!) { acceptProgressUpdate(input: $input) { ${FIELDS} } }`;

interface Update {
  id: string;
  version: number;
  reviewState: string;
}
type Result = {
  data?: Record<string, Update> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};

describe('a lead withdraws a submitted update that has not been reviewed', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const run = (query: string, input: Record<string, unknown>, role: 'leadA' | 'senior' | 'admin'): Promise<Result> =>
    api.graphql<Record<string, Update>>(query, { input }, fx.cookie(role));
  const ok = async (
    query: string,
    input: Record<string, unknown>,
    role: 'leadA' | 'senior',
    key: string,
  ): Promise<Update> => {
    const result = await run(query, input, role);
    expect(result.errors).toBeUndefined();
    return (result.data as Record<string, Update>)[key];
  };
  const auditOps = async (id: string) =>
    (
      await api.dataSource.query(`SELECT operation FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at, id`, [
        id,
      ])
    ).map((r: { operation: string }) => r.operation);

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  it('returns it to draft, audited, and a stale version is a conflict', async () => {
    const draft = await fx.update({ reviewState: 'draft' });
    const submitted = await ok(SUBMIT, { id: draft.id, version: draft.version }, 'leadA', 'submitProgressUpdate');

    const stale = await run(WITHDRAW, { id: draft.id, version: draft.version }, 'leadA');
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const withdrawn = await ok(
      WITHDRAW,
      { id: submitted.id, version: submitted.version },
      'leadA',
      'withdrawProgressUpdate',
    );
    expect(withdrawn).toMatchObject({ reviewState: 'Draft', version: submitted.version + 1 });
    expect(await auditOps(draft.id)).toEqual(['submit', 'withdraw']);
    const [row] = await api.dataSource.query(`SELECT submitted_at FROM progress_update WHERE id = $1`, [draft.id]);
    expect(row.submitted_at).toBeNull();

    // Withdrawn once, there is nothing left to withdraw.
    const again = await run(WITHDRAW, { id: withdrawn.id, version: withdrawn.version }, 'leadA');
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is refused once a reviewer has accepted, returned or validated its RAG', async () => {
    const toAccept = await fx.update({ reviewState: 'submitted' });
    const accepted = await ok(ACCEPT, { id: toAccept.id, version: toAccept.version }, 'senior', 'acceptProgressUpdate');
    const afterAccept = await run(WITHDRAW, { id: accepted.id, version: accepted.version }, 'leadA');
    expect(afterAccept.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(afterAccept.errors?.[0].message).toMatch(/accepted/);

    const toValidate = await fx.update({ reviewState: 'submitted' });
    const validated = await ok(
      VALIDATE,
      { id: toValidate.id, version: toValidate.version, validatedRag: 'Green' },
      'senior',
      'validateRag',
    );
    expect(validated.reviewState).toBe('Submitted');
    const afterValidate = await run(WITHDRAW, { id: validated.id, version: validated.version }, 'leadA');
    expect(afterValidate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // A return is a review, but once the lead resubmits, the new submission has not been reviewed.
    const toReturn = await fx.update({ reviewState: 'submitted' });
    const returned = await ok(
      RETURN,
      { id: toReturn.id, version: toReturn.version, comment: 'Add the numbers.' },
      'senior',
      'returnProgressUpdate',
    );
    expect(
      (await run(WITHDRAW, { id: returned.id, version: returned.version }, 'leadA')).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const resubmitted = await ok(
      SUBMIT,
      { id: returned.id, version: returned.version },
      'leadA',
      'submitProgressUpdate',
    );
    const withdrawn = await ok(
      WITHDRAW,
      { id: resubmitted.id, version: resubmitted.version },
      'leadA',
      'withdrawProgressUpdate',
    );
    expect(withdrawn.reviewState).toBe('Draft');
  });

  it("is refused for another group's update, and for reviewers", async () => {
    const other = await fx.update({ reviewState: 'submitted', group: 'B' });
    const byLead = await run(WITHDRAW, { id: other.id, version: other.version }, 'leadA');
    expect(byLead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await fx.update({ reviewState: 'submitted' });
    const bySenior = await run(WITHDRAW, { id: own.id, version: own.version }, 'senior');
    expect(bySenior.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = await api.dataSource.query(`SELECT review_state, version FROM progress_update WHERE id = $1`, [
      other.id,
    ]);
    expect(row).toEqual({ review_state: 'submitted', version: other.version });
  });

  it('is refused in a signed-off period', async () => {
    const u = await fx.update({ reviewState: 'submitted', periodState: 'signed_off' });
    const result = await run(WITHDRAW, { id: u.id, version: u.version }, 'leadA');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/signed off/);
  });
});
