import type { NotificationDelivery } from '@waymark/web/shared/data-access';

/** Each delivery as a choice the person reads. */
export const DELIVERY_CHOICE: Record<NotificationDelivery, { readonly label: string; readonly hint: string }> = {
  Immediate: { label: 'E-mail me at once', hint: 'One e-mail each time.' },
  DailyDigest: { label: 'Include it in my daily summary e-mail', hint: 'At most one e-mail a day, in the morning.' },
  Off: { label: 'Do not e-mail me', hint: 'You still see it under Notifications in Waymark.' },
};
