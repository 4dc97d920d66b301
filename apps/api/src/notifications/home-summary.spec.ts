import { Clock } from '@waymark/api/shared/util';
import { createProgressFixture, type ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, type TestApp } from '../testing/test-app';

const HOME = `{ home { today
  owed { strategyTitle periodName deadline deadlineInWords daysUntilDeadline owed notStarted drafts returned submitted accepted isOverdue }
  reviews { strategyTitle periodName waiting updateDeadline }
  recentNotifications { kind title isRead }
  unreadNotificationCount } }`;

interface Home {
  today: string;
  owed: Array<Record<string, unknown>>;
  reviews: Array<Record<string, unknown>>;
  recentNotifications: Array<Record<string, unknown>>;
  unreadNotificationCount: number;
}

describe('the home page: what a person owes and what waits for their review', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let clock: Clock;
  let periodName = '';
  const home = async (cookie: string | undefined): Promise<Home> => {
    const result = await api.graphql<{ home: Home }>(HOME, {}, cookie);
    expect(result.errors).toBeUndefined();
    return (result.data as { home: Home }).home;
  };
  const at = (iso: string) => jest.spyOn(clock, 'now').mockReturnValue(new Date(iso));

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    clock = api.app.get(Clock);
    const [period] = await api.dataSource.query(
      `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline) VALUES ($1, 'Q3 2026-27', '2026-10-01', '2026-12-31', '2027-01-15') RETURNING id, name`,
      [fx.strategyId],
    );
    periodName = period.name;
    const states = ['none', 'none', 'draft', 'returned', 'submitted', 'accepted'];
    for (const state of states) {
      const action = await fx.action('A');
      if (state !== 'none') {
        await api.dataSource.query(
          `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state) VALUES ($1, $2, 'Text.', 'green', $3)`,
          [action.id, period.id, state],
        );
      }
    }
    await fx.action('B'); // another group's action: not owed by the lead of A
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  it('gives a lead the counts of the period and the deadline in words', async () => {
    at('2027-01-12T10:00:00Z');
    const summary = await home(fx.cookie('leadA'));
    expect(summary.today).toBe('2027-01-12');
    expect(summary.owed).toEqual([
      {
        strategyTitle: 'Hate Crime Strategy',
        periodName,
        deadline: '2027-01-15',
        deadlineInWords: 'due in 3 days',
        daysUntilDeadline: 3,
        owed: 4,
        notStarted: 2,
        drafts: 1,
        returned: 1,
        submitted: 1,
        accepted: 1,
        isOverdue: false,
      },
    ]);
    expect(summary.reviews).toEqual([]);
  });

  it('says how many days overdue once the deadline has passed, counted in the partnership’s day', async () => {
    at('2027-01-17T09:00:00Z');
    expect((await home(fx.cookie('leadA'))).owed[0]).toMatchObject({
      deadlineInWords: '2 days overdue',
      daysUntilDeadline: -2,
      isOverdue: true,
      owed: 4,
    });
  });

  it('gives a reviewer what waits for their review, and a viewer nothing to do', async () => {
    at('2027-01-12T10:00:00Z');
    const senior = await home(fx.cookie('senior'));
    expect(senior.owed).toEqual([]);
    expect(senior.reviews).toEqual([
      { strategyTitle: 'Hate Crime Strategy', periodName, waiting: 1, updateDeadline: '2027-01-15' },
    ]);
    const viewer = await home(fx.cookie('viewer'));
    expect(viewer).toMatchObject({ owed: [], reviews: [], recentNotifications: [], unreadNotificationCount: 0 });
  });

  it('counts with the same number of statements however much the person owes', async () => {
    at('2027-01-12T10:00:00Z');
    await home(fx.cookie('leadA'));
    api.statements.reset();
    await home(fx.cookie('leadA'));
    const few = api.statements.statements;
    for (let i = 0; i < 15; i++) await fx.action('A');
    api.statements.reset();
    const summary = await home(fx.cookie('leadA'));
    expect(api.statements.statements).toBe(few);
    expect(summary.owed[0]).toMatchObject({ owed: 19, notStarted: 17 });
  });

  it('needs a session', async () => {
    const result = await api.graphql('{ home { today } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
