import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const UPDATE_FIELDS = `id actionId periodId narrative proposedRag validatedRag validationReason effectiveRag percentComplete lifecycleStatus
  reviewState reviewComment reviewedAt submittedAt authorName correctionCount lastCorrectionReason isStale version createdAt updatedAt`;
const EVERY_FIELD = `{ myUpdates { actionId period { id name signedOffAt } update { ${UPDATE_FIELDS} } previousUpdate { ${UPDATE_FIELDS} } } }`;

type Update = Record<string, unknown>;
interface Owed {
  actionId: string;
  update: Update | null;
  previousUpdate: Update | null;
}

const pick = (update: Update | null, keys: string[]) => update && Object.fromEntries(keys.map((k) => [k, update[k]]));

/**
 * myUpdates builds in SQL only the update fields an operation selects: whatever the selection (fields, aliases,
 * fragments), each field answers what it answers when every field is asked for.
 */
describe('myUpdates answers the same values whichever update fields are selected', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let all: Owed[];

  const mine = async (query: string) => {
    const result = await api.graphql<{ myUpdates: Owed[] }>(query, {}, fx.cookie('leadA'));
    expect(result.errors).toBeUndefined();
    return result.data?.myUpdates ?? [];
  };

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    const stale = await fx.action('A');
    const fresh = await fx.action('A');
    const previous = await fx.period('signed_off', '2025-10-01');
    const current = await fx.period('open', '2026-01-01');
    await api.dataSource.query(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, validated_rag, validation_reason, review_state, submitted_at, reviewed_at)
       VALUES ($1, $3, 'Campaign planned.', 'amber', 'red', 'Behind plan', 'accepted', now() - interval '90 days', now() - interval '80 days'),
              ($2, $3, 'Scoping done.', 'green', NULL, NULL, 'accepted', now() - interval '90 days', NULL),
              ($1, $4, 'Campaign planned.', 'green', NULL, NULL, 'submitted', now(), NULL),
              ($2, $4, 'Pilot launched in two wards.', 'amber', NULL, NULL, 'draft', NULL, NULL)`,
      [stale.id, fresh.id, previous.id, current.id],
    );
    all = await mine(EVERY_FIELD);
    expect(all.map((o) => o.update?.['isStale']).sort()).toEqual([false, true]);
    expect(all.every((o) => o.update?.['createdAt'] && o.previousUpdate?.['effectiveRag'])).toBe(true);
  });
  afterAll(() => api.close());

  it('answers a few fields, staleness without the narratives, and timestamps', async () => {
    const owed = await mine(
      '{ myUpdates { actionId update { isStale submittedAt } previousUpdate { effectiveRag reviewedAt } } }',
    );
    expect(owed).toEqual(
      all.map((o) => ({
        actionId: o.actionId,
        update: pick(o.update, ['isStale', 'submittedAt']),
        previousUpdate: pick(o.previousUpdate, ['effectiveRag', 'reviewedAt']),
      })),
    );
  });

  it('answers fields asked for through fragments, inline fragments and aliases', async () => {
    const owed = await mine(`
      query { myUpdates { actionId update { ...U when: updatedAt } previousUpdate { ... on ProgressUpdate { text: narrative version } } } }
      fragment U on ProgressUpdate { id reviewState narrative }`);
    expect(owed).toEqual(
      all.map((o) => ({
        actionId: o.actionId,
        update: o.update && { ...pick(o.update, ['id', 'reviewState', 'narrative']), when: o.update['updatedAt'] },
        previousUpdate: o.previousUpdate && {
          text: o.previousUpdate['narrative'],
          version: o.previousUpdate['version'],
        },
      })),
    );
  });
});
