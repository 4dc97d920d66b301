import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const READ = `query($strategyId: ID!, $periodId: ID!) { themeCommentary(strategyId: $strategyId, periodId: $periodId) { themeId themeNumber themeTitle paragraphs { id body sortOrder version } } }`;
const WRITE = `mutation($input: WriteThemeCommentaryInput!) { writeThemeCommentary(input: $input) { id version } }`;

interface Section {
  themeId: string;
  themeNumber: number;
  themeTitle: string;
  paragraphs: Array<{ id: string; body: string; sortOrder: number; version: number }>;
}

describe('themeCommentary(strategyId, periodId)', () => {
  let api: TestApp;
  let fx: ProgressFixture;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  async function read(strategyId: string, periodId: string, cookie = fx.people.viewer.cookie) {
    return api.graphql<{ themeCommentary: Section[] }>(READ, { strategyId, periodId }, cookie);
  }

  it('returns every theme in order with its paragraphs for the period, in order, without archived ones or other periods', async () => {
    const [second]: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO theme (strategy_id, title, sort_order) VALUES ($1, 'Support victims', 5) RETURNING id`,
      [fx.strategyId],
    );
    await api.dataSource.query(
      `INSERT INTO theme (strategy_id, title, sort_order, archived_at) VALUES ($1, 'Old aim', 3, now())`,
      [fx.strategyId],
    );
    const period = await fx.period('open');
    const otherPeriod = await fx.period('open');
    const senior = fx.people.senior.cookie;
    for (const [themeId, body] of [
      [second.id, 'Victim services were recommissioned.'],
      [fx.themeId, 'Campaigns ran in every ward.'],
      [fx.themeId, 'Schools joined the scheme.'],
    ]) {
      const written = await api.graphql(WRITE, { input: { themeId, periodId: period.id, body } }, senior);
      expect(written.errors).toBeUndefined();
    }
    await api.graphql(
      WRITE,
      { input: { themeId: fx.themeId, periodId: otherPeriod.id, body: 'Another quarter.' } },
      senior,
    );
    const [archived]: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO theme_commentary (theme_id, period_id, body, sort_order, archived_at) VALUES ($1, $2, 'Withdrawn.', 0, now()) RETURNING id`,
      [fx.themeId, period.id],
    );

    const result = await read(fx.strategyId, period.id);
    expect(result.errors).toBeUndefined();
    const sections = result.data?.themeCommentary ?? [];
    expect(sections.map((s) => [s.themeNumber, s.themeTitle])).toEqual([
      [1, 'Raise awareness'],
      [2, 'Support victims'],
    ]);
    expect(sections[0].paragraphs.map((p) => p.body)).toEqual([
      'Campaigns ran in every ward.',
      'Schools joined the scheme.',
    ]);
    expect(sections[1].paragraphs.map((p) => p.body)).toEqual(['Victim services were recommissioned.']);
    expect(sections.flatMap((s) => s.paragraphs.map((p) => p.id))).not.toContain(archived.id);

    const empty = await read(fx.strategyId, (await fx.period('open')).id);
    expect(empty.data?.themeCommentary.map((s) => s.paragraphs.length)).toEqual([0, 0]);
  });

  it('answers NOT_FOUND for an unknown strategy, a period of another strategy, and another partnership', async () => {
    const period = await fx.period('open');
    expect((await read('00000000-0000-4000-8000-000000000000', period.id)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await read(fx.strategyId, 'nope')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [other]: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO strategy (partnership_id, title, starts_on, ends_on) VALUES ($1, 'Other', '2025-04-01', '2026-03-31') RETURNING id`,
      [fx.partnershipId],
    );
    const wrongPeriod = await read(other.id, period.id);
    expect(wrongPeriod.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(wrongPeriod.errors?.[0].message).toMatch(/ReportingPeriod/);
    const elsewhere = await createProgressFixture(api);
    expect((await read(fx.strategyId, period.id, elsewhere.people.admin.cookie)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await read(fx.strategyId, period.id, '')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
