import { randomUUID } from 'node:crypto';
import { ProgressActivityQueries } from '@waymark/api/progress/data-access';
import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';
import { webOperations } from '../testing/web-operations';

// The web app's update fields but `isStale` (its rule is TypeScript: that selection is answered the usual way).
const UPDATE = `id actionId periodId narrative proposedRag validatedRag validationReason effectiveRag percentComplete
  lifecycleStatus reviewState reviewComment reviewedById reviewedAt submittedAt authorId authorName correctionCount
  lastCorrectionReason version createdAt updatedAt`;
const OWED = `actionId actionRef actionTitle actionDueOn actionLifecycleStatus deadline isOverdue status strategyId
  strategyTitle themeId themeTitle themeNumber themeLabel previousPeriodName`;
// Same length as the directive, so both documents' error locations are the same.
const INCLUDE = '@include(if: true)';
const PERIOD = 'id strategyId name startsOn endsOn updateDeadline state signedOffAt signedOffById version';

/**
 * myUpdates' list is written by PostgreSQL as JSON for exactly the selection and spliced into the response. Each
 * document is asked twice: as it is (the passthrough) and with a no-op `@include(if: true)` on one field, which the
 * passthrough does not take (`jsonSelection`), so graphql-jit resolves and completes every field; the two response texts must be the
 * same bytes (the marker `@NORMAL` is that directive or as many spaces).
 */
describe('myUpdates through the JSON passthrough answers the bytes ordinary execution answers', () => {
  let api: TestApp;
  let fx: ProgressFixture;

  const text = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: fx.cookie('leadA') ?? '' },
      body: JSON.stringify({ query, variables }),
    });
    return response.text();
  };

  /** The document's answer through the passthrough and through ordinary execution (`@NORMAL` marks the field). */
  const both = async (document: string, variables: Record<string, unknown> = {}) => {
    const json = jest.spyOn(ProgressActivityQueries.prototype, 'myUpdatesJson');
    const used = async () => (await Promise.all(json.mock.results.map((r) => r.value))).some((t) => t !== null);
    try {
      const passthrough = await text(document.replaceAll('@NORMAL', ' '.repeat(INCLUDE.length)), variables);
      const passthroughUsed = await used();
      json.mockClear();
      const ordinary = await text(document.replaceAll('@NORMAL', INCLUDE), variables);
      const ordinaryUsed = await used();
      expect({ passthroughUsed, ordinaryUsed }).toEqual({ passthroughUsed: true, ordinaryUsed: false });
      return { passthrough, ordinary };
    } finally {
      json.mockRestore();
    }
  };

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    const first = await fx.action('A');
    const second = await fx.action('A');
    await fx.action('A'); // owes an update and has none: update and previousUpdate null
    const previous = await fx.period('signed_off', '2025-10-01');
    const current = await fx.period('open', '2026-01-01');
    await api.dataSource.query(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, validated_rag, validation_reason, review_state, submitted_at, reviewed_at, percent_complete)
       VALUES ($1, $3, 'Campaign "planned" — café\\n\ttabs & <tags> \u0001', 'amber', 'red', 'Behind plan', 'accepted', now() - interval '90 days', '2025-12-01 10:11:12.345678+00', 40),
              ($2, $3, 'Scoping done.', 'green', NULL, NULL, 'accepted', now() - interval '90 days', NULL, NULL),
              ($1, $4, 'Campaign planned.', 'green', NULL, NULL, 'submitted', '2026-01-05 09:00:00.999999+00', NULL, 10),
              ($2, $4, 'Pilot launched in two wards.', 'amber', NULL, NULL, 'draft', NULL, NULL, NULL)`,
      [first.id, second.id, previous.id, current.id],
    );
  });
  afterAll(() => api.close());

  it('answers every field of the list, the period and both updates (enums, dates, timestamps, nulls, escapes)', async () => {
    const { passthrough, ordinary } = await both(
      `{ myUpdates { ${OWED} period { ${PERIOD} } update { ${UPDATE} @NORMAL } previousUpdate { ${UPDATE} } } }`,
    );
    expect(passthrough).toBe(ordinary);
    const owed = JSON.parse(passthrough).data.myUpdates;
    expect(owed).toHaveLength(3);
    expect(owed.filter((o: { update: unknown }) => o.update === null)).toHaveLength(1);
    expect(passthrough).toContain('"reviewedAt":"2025-12-01T10:11:12.345Z"');
  });

  it('answers a partial selection in selection order, as the bench and the web app ask', async () => {
    const { passthrough, ordinary } = await both(`query MyUpdates {
      myUpdates { status update { narrative proposedRag @NORMAL } actionId previousUpdate { effectiveRag } period { name } } }`);
    expect(passthrough).toBe(ordinary);
    expect(passthrough.indexOf('"status"')).toBeLessThan(passthrough.indexOf('"actionId"'));
  });

  it('answers aliases, fragments, inline fragments, merged repeats and __typename at every level', async () => {
    const { passthrough, ordinary } = await both(
      `query Owed($period: ID) {
        __typename
        owed: myUpdates { __typename ...Owed ... on OwedUpdate { title: actionTitle actionId } actionId
          update { id } update { __typename text: narrative id @NORMAL } }
        again: myUpdates(periodId: $period) { ... { actionId kind: __typename } previousUpdate { ...U } status @NORMAL }
      }
      fragment Owed on OwedUpdate { actionId period { __typename ... on ReportingPeriod { name } n: name } }
      fragment U on ProgressUpdate { rag: effectiveRag ... U2 }
      fragment U2 on ProgressUpdate { __typename version }`,
      { period: null },
    );
    expect(passthrough).toBe(ordinary);
    expect(JSON.parse(passthrough).data.again).toHaveLength(3);
  });

  it("answers the web app's My updates list through the passthrough, as ordinary execution would", async () => {
    const web = webOperations().find((operation) => operation.name === 'MyUpdates');
    expect(web?.text).toContain('myUpdates');
    const { passthrough, ordinary } = await both((web?.text ?? '').replace(/\bactionId\b/, 'actionId @NORMAL'));
    expect(passthrough).toBe(ordinary);
    expect(JSON.parse(passthrough).data.myUpdates).toHaveLength(3);
  });

  it('answers the same error and null data when another root field fails', async () => {
    const { passthrough, ordinary } = await both(
      `{ myUpdates { actionId @NORMAL } strategy(id: "${randomUUID()}") { id } }`,
    );
    expect(passthrough).toBe(ordinary);
    expect(JSON.parse(passthrough)).toMatchObject({ data: null, errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('answers the same error when the list itself fails', async () => {
    const json = jest.spyOn(ProgressActivityQueries.prototype, 'myUpdatesJson');
    const passthrough = await text('{ myUpdates(periodId: "not-an-id") { actionId                   } }');
    const ordinary = await text('{ myUpdates(periodId: "not-an-id") { actionId @include(if: true) } }');
    const calls = json.mock.calls.length;
    json.mockRestore();
    expect(calls).toBe(1);
    expect(passthrough).toBe(ordinary);
    expect(JSON.parse(passthrough)).toMatchObject({ data: null, errors: [{ path: ['myUpdates'] }] });
  });
});
