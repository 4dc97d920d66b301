import { notificationLink } from './notification-link';

describe('notification links', () => {
  it('splits the query from the path so the router keeps both', () => {
    expect(notificationLink('/reports?strategy=s1&period=p1')).toEqual({
      path: '/reports',
      queryParams: { strategy: 's1', period: 'p1' },
    });
    expect(notificationLink('/my-updates/s/p/a')).toEqual({ path: '/my-updates/s/p/a', queryParams: {} });
  });
});
