import type { BoardReport } from '@waymark/shared/report-model';
import { createProgressFixture, ProgressFixture, Role } from '../testing/progress-fixture';
import { snapshotTables } from '../testing/progress-fixture';
import { addToGroup, createSignedInPerson } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const PERIOD_STATE = 'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id version state } }';
const CORRECT =
  'mutation($input: CorrectProgressUpdateInput!) { correctProgressUpdate(input: $input) { id version validatedRag effectiveRag correctionCount } }';
const PROPOSAL_FIELDS =
  '{ id version state reason proposedRag narrative proposedByName decidedByName decisionReason actionTitle updateId }';
const PROPOSE = `mutation($input: ProposeCorrectionInput!) { proposeCorrection(input: $input) ${PROPOSAL_FIELDS} }`;
const ACCEPT = `mutation($input: AcceptCorrectionProposalInput!) { acceptCorrectionProposal(input: $input) ${PROPOSAL_FIELDS} }`;
const DECLINE = `mutation($input: DeclineCorrectionProposalInput!) { declineCorrectionProposal(input: $input) ${PROPOSAL_FIELDS} }`;
const PROPOSALS = `query($periodId: ID!) { correctionProposals(periodId: $periodId) ${PROPOSAL_FIELDS} }`;
const HISTORY = 'query($id: ID!) { actionHistory(actionId: $id) { entityType operation summary details } }';
const BOARD = 'query($input: BoardReportInput!) { boardReport(input: $input) }';

interface Proposal {
  id: string;
  version: number;
  state: string;
  reason: string;
  proposedRag: string | null;
  narrative: string | null;
  proposedByName: string | null;
  decidedByName: string | null;
  decisionReason: string | null;
  actionTitle: string;
  updateId: string;
}
type Errors =
  | Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string; message: string }> } }>
  | undefined;
const fieldsOf = (errors: Errors) => errors?.[0]?.extensions?.fields?.map((f) => f.field);

/** "3 March 2016" for today in London, as the timeline words it. */
const today = () => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()).split('-');
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
};

describe('corrections after sign-off: by a reviewer, or proposed by the lead and accepted or declined', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    api.dataSource.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  }, 60_000);
  afterAll(() => api.close());

  /** An accepted Amber update of a new group-A action in a new period, then the period signed off (report version 1). */
  async function signedOffUpdate(): Promise<{
    updateId: string;
    actionId: string;
    periodId: string;
    version: () => Promise<number>;
  }> {
    const period = await fx.period('in_review');
    const action = await fx.action('A');
    const [{ id: updateId }] = await q<{ id: string }>(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state, author_id) VALUES ($1, $2, 'Forty call handlers trained.', 'amber', 'accepted', $3) RETURNING id`,
      [action.id, period.id, fx.people.leadA.personId],
    );
    const signed = await api.graphql(
      PERIOD_STATE,
      { input: { id: period.id, version: period.version, state: 'SignedOff' } },
      fx.cookie('senior'),
    );
    expect(signed.errors).toBeUndefined();
    const version = async () =>
      (await q<{ version: number }>(`SELECT version FROM progress_update WHERE id = $1`, [updateId]))[0].version;
    return { updateId, actionId: action.id, periodId: period.id, version };
  }
  const snapshotVersions = async (periodId: string) =>
    (
      await q<{ version: number }>(`SELECT version FROM board_report_snapshot WHERE period_id = $1 ORDER BY version`, [
        periodId,
      ])
    ).map((r) => r.version);
  const history = async (actionId: string) => {
    const result = await api.graphql<{
      actionHistory: Array<{ entityType: string; operation: string; summary: string; details: string[] }>;
    }>(HISTORY, { id: actionId }, fx.cookie('viewer'));
    expect(result.errors).toBeUndefined();
    return result.data?.actionHistory ?? [];
  };
  const periodName = async (periodId: string) =>
    (await q<{ name: string }>(`SELECT name FROM reporting_period WHERE id = $1`, [periodId]))[0].name;
  const propose = (role: Role, input: Record<string, unknown>) =>
    api.graphql<{ proposeCorrection: Proposal }>(PROPOSE, { input }, fx.cookie(role));

  it("a reviewer's correction needs a reason, makes report version 2 with the note, and the timeline says it in words", async () => {
    const u = await signedOffUpdate();
    const noReason = await api.graphql(
      CORRECT,
      { input: { id: u.updateId, version: await u.version(), validatedRag: 'Red', reason: '  ' } },
      fx.cookie('senior'),
    );
    expect(fieldsOf(noReason.errors)).toEqual(['input.reason']);
    const byLead = await api.graphql(
      CORRECT,
      { input: { id: u.updateId, version: await u.version(), validatedRag: 'Red', reason: 'Mine.' } },
      fx.cookie('leadA'),
    );
    expect(byLead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotVersions(u.periodId)).toEqual([1]);

    const corrected = await api.graphql(
      CORRECT,
      {
        input: {
          id: u.updateId,
          version: await u.version(),
          validatedRag: 'Red',
          reason: 'The contract fell through in March.',
        },
      },
      fx.cookie('senior'),
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data).toEqual({
      correctProgressUpdate: expect.objectContaining({ validatedRag: 'Red', effectiveRag: 'Red', correctionCount: 1 }),
    });
    expect(await snapshotVersions(u.periodId)).toEqual([1, 2]);
    const report = await api.graphql<{ boardReport: BoardReport }>(
      BOARD,
      { input: { strategyId: fx.strategyId, periodId: u.periodId } },
      fx.cookie('viewer'),
    );
    expect(report.data?.boardReport.corrections).toEqual([
      expect.objectContaining({
        version: 2,
        changes: ['RAG changed from Amber to Red'],
        reason: 'The contract fell through in March.',
      }),
    ]);

    const last = (await history(u.actionId)).at(-1);
    expect(last).toEqual({
      entityType: 'progress_update',
      operation: 'correct',
      summary: `RAG validated as Red instead of Amber in the update for ${await periodName(u.periodId)}, as a correction after sign-off, by Sam Senior on ${today()}. Reason: The contract fell through in March.`,
      details: [],
    });
  });

  it('a lead proposes a correction with a reason; nothing changes until a reviewer accepts it, which makes version 2 with the lead’s reason', async () => {
    const u = await signedOffUpdate();
    const before = await snapshotTables(api);
    const noReason = await propose('leadA', { updateId: u.updateId, proposedRag: 'Red', reason: '' });
    expect(fieldsOf(noReason.errors)).toEqual(['input.reason']);
    const nothing = await propose('leadA', {
      updateId: u.updateId,
      proposedRag: 'Amber',
      narrative: 'Forty call handlers trained.',
      reason: 'No change really.',
    });
    expect(fieldsOf(nothing.errors)).toEqual(['input.narrative']);
    for (const role of ['senior', 'viewer'] as const)
      expect(
        (await propose(role, { updateId: u.updateId, proposedRag: 'Red', reason: 'x' })).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
    expect(await snapshotTables(api)).toEqual(before);

    const proposed = await propose('leadA', {
      updateId: u.updateId,
      proposedRag: 'Red',
      reason: 'I reported Amber but the funding had already gone.',
    });
    expect(proposed.errors).toBeUndefined();
    const proposal = proposed.data?.proposeCorrection as Proposal;
    expect(proposal).toMatchObject({
      state: 'Pending',
      proposedRag: 'Red',
      narrative: null,
      proposedByName: 'Lee Lead',
      decidedByName: null,
      updateId: u.updateId,
    });
    expect(
      (await q(`SELECT proposed_rag, correction_count FROM progress_update WHERE id = $1`, [u.updateId]))[0],
    ).toEqual({ proposed_rag: 'amber', correction_count: 0 });
    expect(await snapshotVersions(u.periodId)).toEqual([1]);
    const twice = await propose('leadA', { updateId: u.updateId, proposedRag: 'Green', reason: 'Second thoughts.' });
    expect(fieldsOf(twice.errors)).toEqual(['input.updateId']);
    const listed = await api.graphql<{ correctionProposals: Proposal[] }>(
      PROPOSALS,
      { periodId: u.periodId },
      fx.cookie('senior'),
    );
    expect(listed.data?.correctionProposals.map((p) => [p.id, p.state])).toEqual([[proposal.id, 'Pending']]);

    for (const role of ['leadA', 'viewer'] as const)
      expect(
        (await api.graphql(ACCEPT, { input: { id: proposal.id, version: proposal.version } }, fx.cookie(role)))
          .errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
    const accepted = await api.graphql<{ acceptCorrectionProposal: Proposal }>(
      ACCEPT,
      { input: { id: proposal.id, version: proposal.version } },
      fx.cookie('senior'),
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptCorrectionProposal).toMatchObject({ state: 'Accepted', decidedByName: 'Sam Senior' });
    expect(
      (
        await q(`SELECT proposed_rag, correction_count, last_correction_reason FROM progress_update WHERE id = $1`, [
          u.updateId,
        ])
      )[0],
    ).toEqual({
      proposed_rag: 'red',
      correction_count: 1,
      last_correction_reason: 'I reported Amber but the funding had already gone.',
    });
    expect(await snapshotVersions(u.periodId)).toEqual([1, 2]);
    const report = await api.graphql<{ boardReport: BoardReport }>(
      BOARD,
      { input: { strategyId: fx.strategyId, periodId: u.periodId } },
      fx.cookie('viewer'),
    );
    expect(report.data?.boardReport.corrections).toEqual([
      expect.objectContaining({
        version: 2,
        changes: ['RAG changed from Amber to Red'],
        reason: 'I reported Amber but the funding had already gone.',
      }),
    ]);
    const again = await api.graphql(
      ACCEPT,
      { input: { id: proposal.id, version: proposal.version + 1 } },
      fx.cookie('senior'),
    );
    expect(fieldsOf(again.errors)).toEqual(['input.id']);

    const name = await periodName(u.periodId);
    const words = (await history(u.actionId)).slice(-3);
    expect(words.map((w) => w.summary)).toEqual([
      `A correction to the update for ${name} was proposed by Lee Lead on ${today()}. Reason: I reported Amber but the funding had already gone.`,
      `Proposed RAG changed from Amber to Red in the update for ${name}, as a correction after sign-off, by Sam Senior on ${today()}. Reason: I reported Amber but the funding had already gone.`,
      `The proposed correction was accepted by Sam Senior on ${today()}`,
    ]);
    expect(words[0].details).toEqual(['RAG proposed as Red']);
  });

  it('a reviewer declines a proposal with a reason: the update and the report stay as signed off', async () => {
    const u = await signedOffUpdate();
    const proposed = await propose('leadA', {
      updateId: u.updateId,
      narrative: 'Thirty call handlers trained.',
      reason: 'The count was wrong.',
    });
    const proposal = proposed.data?.proposeCorrection as Proposal;
    const noReason = await api.graphql(
      DECLINE,
      { input: { id: proposal.id, version: proposal.version, reason: ' ' } },
      fx.cookie('senior'),
    );
    expect(fieldsOf(noReason.errors)).toEqual(['input.reason']);
    const declined = await api.graphql<{ declineCorrectionProposal: Proposal }>(
      DECLINE,
      { input: { id: proposal.id, version: proposal.version, reason: 'The register says forty.' } },
      fx.cookie('senior'),
    );
    expect(declined.errors).toBeUndefined();
    expect(declined.data?.declineCorrectionProposal).toMatchObject({
      state: 'Declined',
      decisionReason: 'The register says forty.',
      decidedByName: 'Sam Senior',
    });
    expect((await q(`SELECT narrative, correction_count FROM progress_update WHERE id = $1`, [u.updateId]))[0]).toEqual(
      { narrative: 'Forty call handlers trained.', correction_count: 0 },
    );
    expect(await snapshotVersions(u.periodId)).toEqual([1]);
    expect((await history(u.actionId)).at(-1)?.summary).toBe(
      `The proposed correction was declined by Sam Senior on ${today()}. Reason: The register says forty.`,
    );
    // Declined, the lead may propose again.
    expect(
      (
        await propose('leadA', {
          updateId: u.updateId,
          narrative: 'Thirty-nine call handlers trained.',
          reason: 'One left.',
        })
      ).errors,
    ).toBeUndefined();
  });

  it('refuses a proposal for a period that is not signed off, and answers another partnership as an unknown id', async () => {
    const open = await fx.update({ reviewState: 'submitted', periodState: 'in_review' });
    const early = await propose('leadA', { updateId: open.id, proposedRag: 'Red', reason: 'Too soon.' });
    expect(fieldsOf(early.errors)).toEqual(['input.updateId']);
    const other = await createProgressFixture(api);
    const u = await signedOffUpdate();
    const proposal = (await propose('leadA', { updateId: u.updateId, proposedRag: 'Red', reason: 'Wrong.' })).data
      ?.proposeCorrection as Proposal;
    const foreign = await api.graphql(
      ACCEPT,
      { input: { id: proposal.id, version: proposal.version } },
      other.cookie('senior'),
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await api.graphql(PROPOSALS, { periodId: u.periodId }, other.cookie('senior'));
    expect(list.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("shows a period's proposals to its reviewers and administrators, to a lead only their own, and to viewers none", async () => {
    const period = await fx.period('in_review');
    const accepted = async (group: 'A' | 'B') => {
      const action = await fx.action(group);
      const [{ id }] = await q<{ id: string }>(
        `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state, author_id) VALUES ($1, $2, 'Forty call handlers trained.', 'amber', 'accepted', $3) RETURNING id`,
        [action.id, period.id, fx.people.leadA.personId],
      );
      return id;
    };
    const [updateA, updateB] = [await accepted('A'), await accepted('B')];
    expect(
      (
        await api.graphql(
          PERIOD_STATE,
          { input: { id: period.id, version: period.version, state: 'SignedOff' } },
          fx.cookie('senior'),
        )
      ).errors,
    ).toBeUndefined();
    const person = async (name: string, groupId: string) => {
      const created = await createSignedInPerson(api, {
        email: `${name.replace(' ', '.').toLowerCase()}-${Date.now()}@example.org`,
        partnershipId: fx.partnershipId,
        fullName: name,
      });
      await addToGroup(api, created.personId, groupId);
      return created.cookie;
    };
    const leadB = await person('Bea Council', fx.groupBId);
    const colleagueOfA = await person('Col League', fx.groupAId);
    const own = (await propose('leadA', { updateId: updateA, proposedRag: 'Red', reason: 'Funding went.' })).data
      ?.proposeCorrection as Proposal;
    const byB = await api.graphql<{ proposeCorrection: Proposal }>(
      PROPOSE,
      { input: { updateId: updateB, proposedRag: 'Green', reason: 'Done early.' } },
      leadB,
    );
    const theirs = byB.data?.proposeCorrection as Proposal;
    expect([own?.id, theirs?.id]).toEqual([expect.any(String), expect.any(String)]);

    const listFor = async (cookie: string | undefined) => {
      const result = await api.graphql<{ correctionProposals: Proposal[] }>(PROPOSALS, { periodId: period.id }, cookie);
      expect(result.errors).toBeUndefined();
      return (result.data?.correctionProposals.map((p) => p.id) ?? []).sort();
    };
    const both = [own.id, theirs.id].sort();
    expect(await listFor(fx.cookie('senior'))).toEqual(both);
    expect(await listFor(fx.cookie('admin'))).toEqual(both);
    expect(await listFor(fx.cookie('leadA'))).toEqual([own.id]);
    expect(await listFor(leadB)).toEqual([theirs.id]);
    expect(await listFor(colleagueOfA)).toEqual([]);
    expect(await listFor(fx.cookie('viewer'))).toEqual([]);
    expect((await api.graphql(PROPOSALS, { periodId: period.id }, undefined)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    // Decided, a proposal stays visible to the lead who made it: they read the reviewer's reason there.
    const declined = await api.graphql(
      DECLINE,
      { input: { id: own.id, version: own.version, reason: 'Amber was right.' } },
      fx.cookie('senior'),
    );
    expect(declined.errors).toBeUndefined();
    expect(await listFor(fx.cookie('leadA'))).toEqual([own.id]);
    expect(await listFor(fx.cookie('viewer'))).toEqual([]);
  });

  it('never shows raw ids, ISO timestamps, field names or JSON values in the timeline', async () => {
    const u = await signedOffUpdate();
    const [{ version }] = await q<{ version: number }>(`SELECT version FROM action WHERE id = $1`, [u.actionId]);
    const renamed = await api.graphql(
      'mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }',
      { input: { id: u.actionId, version, currentDueOn: '2026-03-31', leadPersonId: fx.people.leadA.personId } },
      fx.cookie('admin'),
    );
    expect(renamed.errors).toBeUndefined();
    await api.graphql(
      CORRECT,
      {
        input: {
          id: u.updateId,
          version: await u.version(),
          validatedRag: 'Red',
          percentComplete: 40,
          reason: 'Late figures.',
        },
      },
      fx.cookie('senior'),
    );
    const entries = await history(u.actionId);
    expect(entries.find((e) => e.operation === 'update' && e.entityType === 'action')?.details).toEqual(
      expect.arrayContaining(['Lead officer set to Lee Lead', 'Due date set to 31 March 2026']),
    );
    for (const text of entries.flatMap((e) => [e.summary, ...e.details])) {
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/"|→|Correction count|validatedRag|proposedRag|leadPersonId/);
    }
  });
});
