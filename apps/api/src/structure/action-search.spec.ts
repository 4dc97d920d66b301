import { createPartnership, createSignedInPerson } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';
import { gqlOk, seedStrategy, SeededStrategy, signedInAdmin } from './structure-fixture';

const SEARCH = `query($input: SearchActionsInput!) {
  searchActions(input: $input) {
    total
    hits { action { id ref title } score matchedIn snippetField narrativePeriodName snippet { text highlighted } }
  }
}`;

interface Hit {
  action: { id: string; ref: string | null; title: string };
  score: number;
  matchedIn: string[];
  snippetField: string;
  narrativePeriodName: string | null;
  snippet: Array<{ text: string; highlighted: boolean }>;
}

describe('searchActions: full-text search of actions', () => {
  let api: TestApp;
  let cookie: string;
  let seeded: SeededStrategy;
  let otherCookie: string;
  let otherActionId: string;
  const [titleHit, descriptionHit, narrativeHit, refHit, archived] = [0, 1, 2, 3, 4];

  beforeAll(async () => {
    api = await startTestApp();
    const admin = await signedInAdmin(api);
    cookie = admin.cookie;
    seeded = await seedStrategy(api, admin.partnershipId, { themes: 2, actions: 10, periods: 2 });
    const id = (i: number) => seeded.actionIds[i];
    const q = (sql: string, params: unknown[]) => api.dataSource.query(sql, params);
    await q(`UPDATE action SET title = 'Expand third-party reporting centres' WHERE id = $1`, [id(titleHit)]);
    await q(`UPDATE action SET description = 'Train staff at reporting centres in every library' WHERE id = $1`, [
      id(descriptionHit),
    ]);
    await q(
      `UPDATE progress_update SET narrative = 'Volunteers opened two new reporting centres in Acomb this quarter.' WHERE action_id = $1 AND period_id = $2`,
      [id(narrativeHit), seeded.periodIds[1]],
    );
    await q(`UPDATE action SET ref = 'HC-04' WHERE id = $1`, [id(refHit)]);
    await q(`UPDATE action SET title = 'Archived reporting centres pilot', archived_at = now() WHERE id = $1`, [
      id(archived),
    ]);

    // Another partnership whose action would match every search below.
    const otherPartnership = await createPartnership(api, 'Other Community Safety Partnership');
    const other = await seedStrategy(api, otherPartnership, { themes: 1, actions: 2, periods: 1 });
    otherActionId = other.actionIds[0];
    await q(`UPDATE action SET title = 'Reporting centres for the other partnership', ref = 'HC-04' WHERE id = $1`, [
      otherActionId,
    ]);
    otherCookie = (
      await createSignedInPerson(api, {
        email: 'other-admin@example.org',
        partnershipId: otherPartnership,
        isAdministrator: true,
      })
    ).cookie;
  });
  afterAll(() => api.close());

  const search = async (input: Record<string, unknown>, as = cookie) =>
    (await gqlOk<{ searchActions: { total: number; hits: Hit[] } }>(api, as, SEARCH, { input })).searchActions;

  it('ranks title matches above description matches above narrative matches, and says where each matched', async () => {
    const result = await search({ query: 'reporting centres' });
    expect(result.hits.map((h) => h.action.id)).toEqual(
      [titleHit, descriptionHit, narrativeHit].map((i) => seeded.actionIds[i]),
    );
    expect(result.total).toBe(3);
    const [title, description, narrative] = result.hits;
    expect(title).toMatchObject({ matchedIn: ['title'], snippetField: 'title', narrativePeriodName: null });
    expect(description).toMatchObject({ matchedIn: ['description'], snippetField: 'description' });
    expect(description.snippet.map((p) => p.text).join('')).toBe('Train staff at reporting centres in every library');
    expect(narrative).toMatchObject({
      matchedIn: ['narrative'],
      snippetField: 'narrative',
      narrativePeriodName: 'Quarter 2',
    });
    expect(title.score).toBeGreaterThan(description.score);
    expect(description.score).toBeGreaterThan(narrative.score);
  });

  it('marks the matched words in the snippet (English stemming: "centre" finds "centres")', async () => {
    const [hit] = (await search({ query: 'centre' })).hits;
    expect(hit.snippet.filter((p) => p.highlighted).map((p) => p.text)).toEqual(['centres']);
    expect(hit.snippet.map((p) => p.text).join('')).toBe('Expand third-party reporting centres');
  });

  it('finds an action by its reference, ignoring case, first', async () => {
    const result = await search({ query: 'hc-04' });
    expect(result.hits[0].action).toMatchObject({ id: seeded.actionIds[refHit], ref: 'HC-04' });
    expect(result.hits[0]).toMatchObject({ matchedIn: ['ref'], snippetField: 'title' });
    expect(result.hits[0].score).toBeGreaterThanOrEqual(1);
  });

  it("never returns another partnership's actions, nor archived ones", async () => {
    const ids = (await search({ query: 'reporting centres' })).hits.map((h) => h.action.id);
    expect(ids).not.toContain(otherActionId);
    expect(ids).not.toContain(seeded.actionIds[archived]);
    expect((await search({ query: 'HC-04' })).hits.map((h) => h.action.id)).toEqual([seeded.actionIds[refHit]]);
    // And the other partnership sees only its own.
    expect((await search({ query: 'reporting centres' }, otherCookie)).hits.map((h) => h.action.id)).toEqual([
      otherActionId,
    ]);
  });

  it('narrows results with the shared action filter', async () => {
    await api.dataSource.query(`UPDATE action SET lifecycle_status = 'complete' WHERE id = $1`, [
      seeded.actionIds[descriptionHit],
    ]);
    const result = await search({ query: 'reporting centres', filter: { lifecycleStatuses: ['Complete'] } });
    expect(result.hits.map((h) => h.action.id)).toEqual([seeded.actionIds[descriptionHit]]);
    expect(result.total).toBe(1);
    await api.dataSource.query(`UPDATE action SET lifecycle_status = 'in_progress' WHERE id = $1`, [
      seeded.actionIds[descriptionHit],
    ]);
  });

  it('answers an empty result, not an error, when nothing matches', async () => {
    expect(await search({ query: 'zebra crossing' })).toEqual({ total: 0, hits: [] });
  });

  it.each([
    ['an empty query', '   ', 'Enter a word or reference to search for'],
    ['only punctuation', '?!…—', 'Search terms must include a letter or a number'],
    [
      'only very common words',
      'the and of',
      'Search for a word from a title or update, or a reference such as 1.2.3: very common words like "the" are ignored',
    ],
    ['an over-long query', 'reporting '.repeat(25), 'Search terms must be 200 characters or fewer'],
  ])('refuses %s with a clear message naming the field', async (_case, query, message) => {
    const result = await api.graphql(SEARCH, { input: { query } }, cookie);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.query', message }],
    });
  });

  it('keeps the stored search vector in step when an action is renamed through the API', async () => {
    const id = seeded.actionIds[6];
    const [{ version }]: Array<{ version: number }> = await api.dataSource.query(
      `SELECT version FROM action WHERE id = $1`,
      [id],
    );
    await gqlOk(api, cookie, `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, {
      input: { id, version, title: 'Commission a hoarding support service' },
    });
    expect((await search({ query: 'hoarding' })).hits.map((h) => h.action.id)).toEqual([id]);
    await gqlOk(api, cookie, `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, {
      input: { id, version: version + 1, title: 'Commission a befriending service' },
    });
    expect(await search({ query: 'hoarding' })).toEqual({ total: 0, hits: [] });
    expect((await search({ query: 'befriending' })).hits.map((h) => h.action.id)).toEqual([id]);
  });

  it('finds an update by the new words of its edited narrative, and no longer by the words it replaced', async () => {
    const id = seeded.actionIds[7];
    const setNarrative = (narrative: string) =>
      api.dataSource.query(`UPDATE progress_update SET narrative = $1 WHERE action_id = $2 AND period_id = $3`, [
        narrative,
        id,
        seeded.periodIds[0],
      ]);
    await setNarrative('Met the allotment society about a community garden.');
    expect((await search({ query: 'allotment' })).hits).toMatchObject([
      { action: { id }, matchedIn: ['narrative'], narrativePeriodName: 'Quarter 1' },
    ]);
    await setNarrative('Met the tenants association about a community garden.');
    expect(await search({ query: 'allotment' })).toEqual({ total: 0, hits: [] });
    expect((await search({ query: 'tenants' })).hits.map((h) => h.action.id)).toEqual([id]);
  });

  it('finds an action created through the API, and each update of a many-row insert (as an import writes them)', async () => {
    const created = await gqlOk<{ createAction: { id: string } }>(
      api,
      cookie,
      `mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`,
      { input: { themeId: seeded.themeIds[0], title: 'Plant pollinator corridors on verges' } },
    );
    const id = created.createAction.id;
    expect((await search({ query: 'pollinator' })).hits).toMatchObject([{ action: { id }, matchedIn: ['title'] }]);

    await api.dataSource.query(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, lifecycle_status)
       VALUES ($1, $2, 'Sowed wildflower seed along the ring road.', 'green', 'in_progress'),
              ($1, $3, 'Laid a new hedgerow by the school.', 'green', 'in_progress')`,
      [id, seeded.periodIds[0], seeded.periodIds[1]],
    );
    expect((await search({ query: 'wildflower' })).hits).toMatchObject([
      { action: { id }, matchedIn: ['narrative'], narrativePeriodName: 'Quarter 1' },
    ]);
    expect((await search({ query: 'hedgerow' })).hits).toMatchObject([
      { action: { id }, matchedIn: ['narrative'], narrativePeriodName: 'Quarter 2' },
    ]);
  });

  it('matches a quoted phrase only where its words stand together and in order', async () => {
    const [inOrder, scattered] = [seeded.actionIds[8], seeded.actionIds[9]];
    const q = (sql: string, params: unknown[]) => api.dataSource.query(sql, params);
    await q(
      `UPDATE progress_update SET narrative = 'We signed the data sharing protocol with the fire service.' WHERE action_id = $1 AND period_id = $2`,
      [inOrder, seeded.periodIds[1]],
    );
    await q(
      `UPDATE progress_update SET narrative = 'The protocol for sharing data with the fire service is still in draft.' WHERE action_id = $1 AND period_id = $2`,
      [scattered, seeded.periodIds[1]],
    );
    expect((await search({ query: 'protocol sharing data' })).hits.map((h) => h.action.id).sort()).toEqual(
      [inOrder, scattered].sort(),
    );
    const phrase = await search({ query: '"data sharing protocol"' });
    expect(phrase.hits.map((h) => h.action.id)).toEqual([inOrder]);
    expect(phrase.hits[0].snippet.filter((p) => p.highlighted).map((p) => p.text)).toEqual([
      'data',
      'sharing',
      'protocol',
    ]);
  });

  it('takes a fixed number of statements whatever the number of matches', async () => {
    api.statements.reset();
    await search({ query: 'progress' }); // every seeded narrative says "Progress in Quarter n"
    expect(api.statements.statements).toBeLessThanOrEqual(6);
  });
});
