import { effectiveDelivery, NOTIFICATION_KINDS, NotificationDelivery, NotificationKind } from './notification-kinds';

describe('notification kinds', () => {
  it('lets nobody opt out of, or delay, a returned update', () => {
    expect(effectiveDelivery(NotificationKind.UpdateReturned, NotificationDelivery.Off)).toBe(
      NotificationDelivery.Immediate,
    );
    expect(effectiveDelivery(NotificationKind.UpdateReturned, NotificationDelivery.DailyDigest)).toBe(
      NotificationDelivery.Immediate,
    );
  });

  it('follows the person’s choice for news, and the default without one', () => {
    expect(effectiveDelivery(NotificationKind.RagChanged, NotificationDelivery.Off)).toBe(NotificationDelivery.Off);
    expect(effectiveDelivery(NotificationKind.PeriodSignedOff, NotificationDelivery.DailyDigest)).toBe(
      NotificationDelivery.DailyDigest,
    );
    expect(effectiveDelivery(NotificationKind.PeriodSignedOff, null)).toBe(NotificationDelivery.Immediate);
    expect(effectiveDelivery(NotificationKind.ReviewDigest, NotificationDelivery.Immediate)).toBe(
      NotificationDelivery.DailyDigest,
    );
  });

  it('offers every kind’s default among its choices, and only the essential kind without “off”', () => {
    for (const k of NOTIFICATION_KINDS) expect(k.choices).toContain(k.default);
    expect(NOTIFICATION_KINDS.filter((k) => !k.choices.includes(NotificationDelivery.Off)).map((k) => k.kind)).toEqual([
      NotificationKind.UpdateReturned,
    ]);
  });
});
