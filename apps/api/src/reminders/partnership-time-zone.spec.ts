import { localDate } from '@waymark/shared/domain';
import { createProgressFixture, type ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, type TestApp } from '../testing/test-app';

const MY_UPDATES = 'query($id: ID) { myUpdates(periodId: $id) { isOverdue deadline } }';
const DAY = 86_400_000;

/**
 * "Today" is the partnership's date, not UTC's. At any moment one of these zones is on another date than UTC
 * (Kiritimati is UTC+14, Pago Pago UTC−11), so code taking UTC's date fails one of them whatever the time of day.
 */
describe("deadlines and today in the partnership's time zone", () => {
  let api: TestApp;
  let fx: ProgressFixture;
  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  async function overdueWithDeadline(deadline: string): Promise<boolean> {
    const [period]: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline) VALUES ($1, $2, '2026-01-01', '2026-03-31', $3) RETURNING id`,
      [fx.strategyId, `Period ${deadline} ${Math.random()}`, deadline],
    );
    const result = await api.graphql<{ myUpdates: Array<{ isOverdue: boolean }> }>(
      MY_UPDATES,
      { id: period.id },
      fx.people.leadA.cookie,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.myUpdates[0]?.isOverdue ?? false;
  }

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London'])(
    'in %s an update due today is not overdue, one due yesterday is',
    async (timeZone) => {
      await fx.action('A');
      const set = await api.graphql(
        'mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { timeZone version } }',
        {
          input: {
            version: (
              await api.dataSource.query(`SELECT version FROM partnership WHERE id = $1`, [fx.partnershipId])
            )[0].version,
            timeZone,
          },
        },
        fx.people.admin.cookie,
      );
      expect(set.data).toEqual({ updatePartnership: expect.objectContaining({ timeZone }) });
      const now = Date.now();
      expect(await overdueWithDeadline(localDate(new Date(now), timeZone))).toBe(false);
      expect(await overdueWithDeadline(localDate(new Date(now - DAY), timeZone))).toBe(true);
    },
  );

  it('refuses a time zone that does not exist, naming the field, and changes nothing', async () => {
    const [{ version, time_zone }]: Array<{ version: number; time_zone: string }> = await api.dataSource.query(
      `SELECT version, time_zone FROM partnership WHERE id = $1`,
      [fx.partnershipId],
    );
    const result = await api.graphql(
      'mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { timeZone } }',
      { input: { version, timeZone: 'Europe/Atlantis' } },
      fx.people.admin.cookie,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.timeZone', message: 'Enter a time zone such as Europe/London' }],
    });
    expect(
      await api.dataSource.query(`SELECT version, time_zone FROM partnership WHERE id = $1`, [fx.partnershipId]),
    ).toEqual([{ version, time_zone }]);
  });
});
