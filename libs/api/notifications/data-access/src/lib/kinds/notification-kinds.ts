/** What a notification is about. The first is essential (it asks for work the person owes); the others are news. */
export enum NotificationKind {
  UpdateReturned = 'update_returned',
  RagChanged = 'rag_changed',
  PeriodSignedOff = 'period_signed_off',
  ReviewDigest = 'review_digest',
}

/** How a person wants a kind of notification e-mailed. Every notification is also listed in the app. */
export enum NotificationDelivery {
  Immediate = 'immediate',
  DailyDigest = 'daily_digest',
  Off = 'off',
}

export interface NotificationKindInfo {
  readonly kind: NotificationKind;
  readonly label: string;
  readonly hint: string;
  /** Essential notifications are always e-mailed at once: they ask for work the person owes. */
  readonly essential: boolean;
  readonly choices: readonly NotificationDelivery[];
  readonly default: NotificationDelivery;
}

/** Every kind, in the order the settings screen shows them. */
export const NOTIFICATION_KINDS: readonly NotificationKindInfo[] = [
  {
    kind: NotificationKind.UpdateReturned,
    label: 'An update of yours is returned',
    hint: 'Sent at once, with the reviewer’s comment. You cannot turn this off: the update needs your changes.',
    essential: true,
    choices: [NotificationDelivery.Immediate],
    default: NotificationDelivery.Immediate,
  },
  {
    kind: NotificationKind.RagChanged,
    label: 'An update of yours is accepted with a different RAG status',
    hint: 'With the reviewer’s reason.',
    essential: false,
    choices: [NotificationDelivery.Immediate, NotificationDelivery.DailyDigest, NotificationDelivery.Off],
    default: NotificationDelivery.Immediate,
  },
  {
    kind: NotificationKind.PeriodSignedOff,
    label: 'A period you review is signed off',
    hint: 'With a link to the board report.',
    essential: false,
    choices: [NotificationDelivery.Immediate, NotificationDelivery.DailyDigest, NotificationDelivery.Off],
    default: NotificationDelivery.Immediate,
  },
  {
    kind: NotificationKind.ReviewDigest,
    label: 'Updates are waiting for your review',
    hint: 'One e-mail a day at most, only when updates are waiting.',
    essential: false,
    choices: [NotificationDelivery.DailyDigest, NotificationDelivery.Off],
    default: NotificationDelivery.DailyDigest,
  },
];

export function kindInfo(kind: NotificationKind): NotificationKindInfo {
  const info = NOTIFICATION_KINDS.find((k) => k.kind === kind);
  if (!info) throw new Error(`Unknown notification kind ${kind}`);
  return info;
}

/** The delivery that applies: the person's choice when it is one the kind allows, otherwise the kind's default. */
export function effectiveDelivery(kind: NotificationKind, chosen: string | null | undefined): NotificationDelivery {
  const info = kindInfo(kind);
  return info.choices.find((c) => c === chosen) ?? info.default;
}
