import { MatrixDb, MatrixRow, mutationDoc } from '../matrix-row';
import type { ProgressFixture } from '../../testing/progress-fixture';
import { submittedUpdateElsewhere } from './records';

/** The review workflow: delivery leads write their own group's updates; the accountable group reviews. */
export const PROGRESS_ROWS: MatrixRow[] = [
  {
    mutation: 'saveProgressUpdate (new, own group)',
    document: 'mutation($input: SaveProgressUpdateInput!) { saveProgressUpdate(input: $input) { id } }',
    prepare: async (fx) => {
      const action = await fx.action('A');
      const period = await fx.period('open');
      return {
        input: { actionId: action.id, periodId: period.id, narrative: 'Started the campaign.', proposedRag: 'Green' },
      };
    },
    allowed: ['leadA'],
  },
  {
    mutation: "saveProgressUpdate (another group's action, by id)",
    document: 'mutation($input: SaveProgressUpdateInput!) { saveProgressUpdate(input: $input) { id } }',
    prepare: async (fx) => {
      const action = await fx.action('B');
      const period = await fx.period('open');
      return {
        input: { actionId: action.id, periodId: period.id, narrative: 'Overwriting the council.', proposedRag: 'Red' },
      };
    },
    allowed: [],
  },
  {
    mutation: "saveProgressUpdate (edit another group's existing update)",
    document: 'mutation($input: SaveProgressUpdateInput!) { saveProgressUpdate(input: $input) { id } }',
    prepare: async (fx) => {
      const u = await fx.update({ group: 'B' });
      return {
        input: {
          actionId: u.actionId,
          periodId: u.periodId,
          version: u.version,
          narrative: 'Edited by police.',
          proposedRag: 'Red',
        },
      };
    },
    allowed: [],
  },
  {
    mutation: "saveProgressUpdate (named lead officer of another group's action)",
    document: mutationDoc('saveProgressUpdate', 'SaveProgressUpdateInput'),
    prepare: async (fx, db) => {
      const action = await fx.action('B');
      await db(`UPDATE action SET lead_person_id = $2 WHERE id = $1`, [action.id, fx.people.leadA.personId]);
      const period = await fx.period('open');
      return {
        input: { actionId: action.id, periodId: period.id, narrative: 'Led by the police lead.', proposedRag: 'Amber' },
      };
    },
    allowed: ['leadA'],
  },
  {
    mutation: 'submitProgressUpdate',
    document: 'mutation($input: SubmitProgressUpdateInput!) { submitProgressUpdate(input: $input) { id } }',
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'draft' });
      return { input: { id: u.id, version: u.version } };
    },
    allowed: ['leadA'],
  },
  {
    mutation: "submitProgressUpdate (another group's update)",
    document: 'mutation($input: SubmitProgressUpdateInput!) { submitProgressUpdate(input: $input) { id } }',
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'draft', group: 'B' });
      return { input: { id: u.id, version: u.version } };
    },
    allowed: [],
  },
  {
    mutation: 'withdrawProgressUpdate',
    document: mutationDoc('withdrawProgressUpdate', 'WithdrawProgressUpdateInput'),
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'submitted' });
      return { input: { id: u.id, version: u.version } };
    },
    allowed: ['leadA'],
  },
  {
    mutation: "withdrawProgressUpdate (another group's update)",
    document: mutationDoc('withdrawProgressUpdate', 'WithdrawProgressUpdateInput'),
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'submitted', group: 'B' });
      return { input: { id: u.id, version: u.version } };
    },
    allowed: [],
  },
  {
    mutation: 'acceptProgressUpdate',
    document: 'mutation($input: AcceptProgressUpdateInput!) { acceptProgressUpdate(input: $input) { id } }',
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'submitted' });
      return { input: { id: u.id, version: u.version } };
    },
    allowed: ['senior'],
  },
  {
    mutation: 'acceptProgressUpdate (strategy accountable to another group)',
    document: mutationDoc('acceptProgressUpdate', 'AcceptProgressUpdateInput'),
    prepare: async (fx, db) => {
      const u = await submittedUpdateElsewhere(db, fx);
      return { input: { id: u.id, version: u.version } };
    },
    allowed: [],
  },
  {
    mutation: 'acceptProgressUpdates',
    document: mutationDoc('acceptProgressUpdates', 'AcceptProgressUpdatesInput', '{ id accepted }'),
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'submitted' });
      return { input: { updates: [{ id: u.id, version: u.version }] } };
    },
    allowed: ['senior'],
  },
  {
    mutation: 'acceptProgressUpdates (one of them accountable to another group)',
    document: mutationDoc('acceptProgressUpdates', 'AcceptProgressUpdatesInput', '{ id accepted }'),
    prepare: async (fx, db) => {
      const own = await fx.update({ reviewState: 'submitted' });
      const elsewhere = await submittedUpdateElsewhere(db, fx);
      return {
        input: {
          updates: [
            { id: own.id, version: own.version },
            { id: elsewhere.id, version: elsewhere.version },
          ],
        },
      };
    },
    allowed: [],
  },
  {
    mutation: 'returnProgressUpdate',
    document: 'mutation($input: ReturnProgressUpdateInput!) { returnProgressUpdate(input: $input) { id } }',
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'submitted' });
      return { input: { id: u.id, version: u.version, comment: 'Please add the numbers trained.' } };
    },
    allowed: ['senior'],
  },
  {
    mutation: 'validateRag',
    document: 'mutation($input: ValidateRagInput!) { validateRag(input: $input) { id } }',
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'submitted' });
      return { input: { id: u.id, version: u.version, validatedRag: 'Amber', reason: 'Funding not yet confirmed.' } };
    },
    allowed: ['senior'],
  },
  {
    mutation: 'correctProgressUpdate',
    document: 'mutation($input: CorrectProgressUpdateInput!) { correctProgressUpdate(input: $input) { id } }',
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'accepted', periodState: 'signed_off' });
      return {
        input: {
          id: u.id,
          version: u.version,
          reason: 'Figure was 40, not 14.',
          narrative: 'Training delivered to 40 officers (corrected).',
        },
      };
    },
    allowed: ['senior'],
  },
  {
    mutation: 'proposeCorrection (own group, signed-off period)',
    document: mutationDoc('proposeCorrection', 'ProposeCorrectionInput'),
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'accepted', periodState: 'signed_off' });
      return { input: { updateId: u.id, reason: 'I reported the wrong RAG.', proposedRag: 'Red' } };
    },
    allowed: ['leadA'],
  },
  {
    mutation: "proposeCorrection (another group's update)",
    document: mutationDoc('proposeCorrection', 'ProposeCorrectionInput'),
    prepare: async (fx) => {
      const u = await fx.update({ reviewState: 'accepted', periodState: 'signed_off', group: 'B' });
      return { input: { updateId: u.id, reason: 'Correcting the council.', proposedRag: 'Red' } };
    },
    allowed: [],
  },
  {
    mutation: 'acceptCorrectionProposal',
    document: mutationDoc('acceptCorrectionProposal', 'AcceptCorrectionProposalInput'),
    prepare: async (fx, db) => ({ input: await pendingProposal(fx, db) }),
    allowed: ['senior'],
  },
  {
    mutation: 'declineCorrectionProposal',
    document: mutationDoc('declineCorrectionProposal', 'DeclineCorrectionProposalInput'),
    prepare: async (fx, db) => ({ input: { ...(await pendingProposal(fx, db)), reason: 'Green was right.' } }),
    allowed: ['senior'],
  },
  {
    mutation: 'setPeriodState (open → in review)',
    document: 'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id } }',
    prepare: async (fx) => {
      const p = await fx.period('open');
      return { input: { id: p.id, version: p.version, state: 'InReview' } };
    },
    allowed: ['admin', 'senior'],
  },
  {
    mutation: 'setPeriodState (sign off)',
    document: 'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id } }',
    prepare: async (fx) => {
      const p = await fx.period('in_review');
      return { input: { id: p.id, version: p.version, state: 'SignedOff' } };
    },
    allowed: ['senior'],
  },
  {
    mutation: 'setPeriodState (reopen: in review → open)',
    document: mutationDoc('setPeriodState', 'SetPeriodStateInput'),
    prepare: async (fx) => {
      const p = await fx.period('in_review');
      return { input: { id: p.id, version: p.version, state: 'Open' } };
    },
    allowed: ['admin', 'senior'],
  },
  {
    mutation: 'reopenReportingPeriod (signed off → in review, with a reason)',
    document: mutationDoc('reopenReportingPeriod', 'ReopenReportingPeriodInput'),
    prepare: async (fx) => {
      const p = await fx.period('signed_off');
      return { input: { id: p.id, version: p.version, reason: 'Police figures arrived after sign-off.' } };
    },
    allowed: ['admin', 'senior'],
  },
  {
    mutation: 'writeThemeCommentary',
    document: 'mutation($input: WriteThemeCommentaryInput!) { writeThemeCommentary(input: $input) { id } }',
    prepare: async (fx) => {
      const p = await fx.period('open');
      return { input: { themeId: fx.themeId, periodId: p.id, body: 'Reporting rose by 12%.' } };
    },
    allowed: ['senior'],
  },
  {
    mutation: 'updateThemeCommentary',
    document: 'mutation($input: UpdateThemeCommentaryInput!) { updateThemeCommentary(input: $input) { id } }',
    prepare: async (fx) => {
      const c = await fx.commentary();
      return { input: { id: c.id, version: c.version, body: 'Reporting rose by 14%.' } };
    },
    allowed: ['senior'],
  },
  {
    mutation: 'archiveThemeCommentary',
    document: 'mutation($input: ArchiveThemeCommentaryInput!) { archiveThemeCommentary(input: $input) { id } }',
    prepare: async (fx) => {
      const c = await fx.commentary();
      return { input: { id: c.id, version: c.version } };
    },
    allowed: ['senior'],
  },
];

/** A lead's pending proposal to correct an accepted update of a signed-off period. */
async function pendingProposal(fx: ProgressFixture, db: MatrixDb): Promise<{ id: string; version: number }> {
  const u = await fx.update({ reviewState: 'accepted', periodState: 'signed_off' });
  const [row] = await db<{ id: string; version: number }>(
    `INSERT INTO correction_proposal (progress_update_id, proposed_by_id, reason, proposed_rag) VALUES ($1, $2, 'I reported the wrong RAG.', 'red') RETURNING id, version`,
    [u.id, fx.people.leadA.personId],
  );
  return row;
}
