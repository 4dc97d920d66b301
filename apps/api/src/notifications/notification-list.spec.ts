import { createProgressFixture, type ProgressFixture } from '../testing/progress-fixture';
import { createPartnership, createSignedInPerson } from '../testing/sign-in';
import { startTestApp, type TestApp } from '../testing/test-app';
import { RETURN, ok } from './notification-helpers';

const LIST = '{ notifications { id kind title body linkPath isRead } unreadNotificationCount }';
const MARK = 'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }';

interface Listed {
  notifications: Array<{ id: string; kind: string; title: string; body: string; linkPath: string; isRead: boolean }>;
  unreadNotificationCount: number;
}

describe('a person’s notification list', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const list = async (cookie: string | undefined): Promise<Listed> => {
    const result = await api.graphql<Listed>(LIST, {}, cookie);
    expect(result.errors).toBeUndefined();
    return result.data as Listed;
  };

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    for (const comment of ['First comment.', 'Second comment.']) {
      const update = await fx.update({ reviewState: 'submitted' });
      await ok(
        api,
        RETURN,
        { input: { id: update.id, version: update.version, comment } },
        fx.cookie('senior'),
        'returnProgressUpdate',
      );
    }
  });
  afterAll(() => api.close());

  it('lists the person’s own notifications, newest first, unread, and nobody else’s', async () => {
    const mine = await list(fx.cookie('leadA'));
    expect(mine.unreadNotificationCount).toBe(2);
    expect(mine.notifications.map((n) => [n.kind, n.body, n.isRead])).toEqual([
      ['UpdateReturned', 'Second comment.', false],
      ['UpdateReturned', 'First comment.', false],
    ]);
    expect(mine.notifications[0].linkPath).toMatch(new RegExp(`^/my-updates/${fx.strategyId}/[0-9a-f-]+/[0-9a-f-]+$`));
    expect(await list(fx.cookie('viewer'))).toEqual({ notifications: [], unreadNotificationCount: 0 });
  });

  it('marks read only the person’s own notifications: another person’s id changes nothing', async () => {
    const [newest] = (await list(fx.cookie('leadA'))).notifications;
    const byViewer = await api.graphql<{ markNotificationsRead: number }>(
      MARK,
      { input: { ids: [newest.id] } },
      fx.cookie('viewer'),
    );
    expect(byViewer.data).toEqual({ markNotificationsRead: 0 });
    expect((await list(fx.cookie('leadA'))).unreadNotificationCount).toBe(2);

    const otherPartnership = await createPartnership(api, 'Other Community Safety Partnership');
    const otherAdmin = await createSignedInPerson(api, {
      email: `admin-b-${Date.now()}@example.org`,
      partnershipId: otherPartnership,
      isAdministrator: true,
    });
    const byOtherAdmin = await api.graphql<{ markNotificationsRead: number }>(
      MARK,
      { input: { ids: [newest.id] } },
      otherAdmin.cookie,
    );
    expect(byOtherAdmin.data).toEqual({ markNotificationsRead: 0 });
    expect((await list(fx.cookie('leadA'))).unreadNotificationCount).toBe(2);

    const byLead = await api.graphql<{ markNotificationsRead: number }>(
      MARK,
      { input: { ids: [newest.id] } },
      fx.cookie('leadA'),
    );
    expect(byLead.data).toEqual({ markNotificationsRead: 1 });
    const after = await list(fx.cookie('leadA'));
    expect(after.notifications.map((n) => n.isRead)).toEqual([true, false]);

    const all = await api.graphql<{ markAllNotificationsRead: number }>(
      'mutation { markAllNotificationsRead }',
      {},
      fx.cookie('leadA'),
    );
    expect(all.data).toEqual({ markAllNotificationsRead: 0 });
    expect((await list(fx.cookie('leadA'))).notifications.every((n) => n.isRead)).toBe(true);
  });

  it('refuses an id that is not an id, naming the field', async () => {
    const result = await api.graphql(MARK, { input: { ids: ['not-an-id'] } }, fx.cookie('leadA'));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
