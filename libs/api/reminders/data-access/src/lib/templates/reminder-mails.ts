import type { MailContent } from '@waymark/api/mail/data-access';
import { daysBetween, longDate } from '@waymark/shared/domain';
import { composeDigest, type DigestSection } from './digest-mail';

/** The steps of the cycle, in the order they are sent. `manual` is an administrator's "send a reminder now". */
export type ReminderStep = 'reminder' | 'chaser' | 'second_chaser' | 'escalation' | 'manual';

export interface OwedAction {
  readonly actionId: string;
  readonly strategyId: string;
  readonly strategyTitle: string;
  readonly periodId: string;
  readonly periodName: string;
  /** ISO date. */
  readonly deadline: string;
  readonly ref: string | null;
  readonly title: string;
  /** 'missing', 'draft' or 'returned'. */
  readonly updateState: string;
  readonly leadName: string | null;
  readonly groupName: string | null;
}

export interface ReminderMailData {
  readonly fullName: string;
  readonly step: Exclude<ReminderStep, 'escalation'>;
  readonly actions: readonly OwedAction[];
  /** ISO date, in the partnership's time zone. */
  readonly today: string;
  readonly publicUrl: string;
}

export interface EscalationMailData {
  readonly fullName: string;
  readonly actions: readonly OwedAction[];
  readonly today: string;
  readonly publicUrl: string;
}

const STATE_WORDS: Record<string, string> = {
  missing: 'no update yet',
  draft: 'draft not submitted',
  returned: 'returned to you',
};

function actionLine(a: OwedAction): string {
  return `${a.ref ? `${a.ref} ` : ''}${a.title} (${STATE_WORDS[a.updateState] ?? a.updateState})`;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function byStrategy(actions: readonly OwedAction[], href: (a: OwedAction) => string): DigestSection[] {
  const sections = new Map<string, { heading: string; lines: Array<{ text: string; href: string }> }>();
  for (const a of actions) {
    const key = a.periodId;
    const section = sections.get(key) ?? {
      heading: `${a.strategyTitle}: ${a.periodName}, due ${longDate(a.deadline)}`,
      lines: [],
    };
    section.lines.push({ text: actionLine(a), href: href(a) });
    sections.set(key, section);
  }
  return [...sections.values()];
}

/** When the earliest deadline falls, in words: "today", "in 7 days", "3 days ago". */
export function deadlineInWords(deadline: string, today: string): string {
  const days = daysBetween(today, deadline);
  if (days === 0) return 'today';
  if (days > 0) return `in ${plural(days, 'day', 'days')}`;
  return `${plural(-days, 'day', 'days')} ago`;
}

/** The digest to a lead: every action they owe, across strategies, each with its link, and one link to My updates. */
export function reminderMail(data: ReminderMailData): MailContent {
  const count = plural(data.actions.length, 'action', 'actions');
  const earliest = [...data.actions].map((a) => a.deadline).sort()[0] ?? data.today;
  const when = deadlineInWords(earliest, data.today);
  const subjects: Record<ReminderMailData['step'], string> = {
    reminder: `Reminder: updates due ${longDate(earliest)}`,
    chaser: `Your updates are due today`,
    second_chaser: `Your updates are overdue`,
    manual: `Reminder: updates due ${longDate(earliest)}`,
  };
  const opening: Record<ReminderMailData['step'], string> = {
    reminder: `You have ${count} to update. The deadline is ${longDate(earliest)} (${when}).`,
    chaser: `The deadline for your updates is today, ${longDate(earliest)}. You still have ${count} to update.`,
    second_chaser: `The deadline for your updates was ${longDate(earliest)} (${when}). You still have ${count} to update.`,
    manual: `You have ${count} to update. The deadline ${earliest < data.today ? 'was' : 'is'} ${longDate(earliest)} (${when}).`,
  };
  return composeDigest({
    subject: subjects[data.step],
    greeting: `Dear ${data.fullName},`,
    paragraphs: [
      opening[data.step],
      'Submit an update for each action below. A draft is not sent for review until you submit it.',
    ],
    sections: byStrategy(
      data.actions,
      (a) => `${data.publicUrl}/my-updates/${a.strategyId}/${a.periodId}/${a.actionId}`,
    ),
    link: { text: 'Write your updates', href: `${data.publicUrl}/my-updates` },
    after: [
      data.step === 'second_chaser'
        ? 'If the updates are still missing, they will be reported to the chair of your delivery group and to the senior officer group.'
        : 'If you have already submitted these updates, you can ignore this e-mail.',
      'If you are away, ask your partnership administrator to pause reminders for you.',
    ],
  });
}

/** Lines per group in an escalation: enough to see who is behind; the full list is on the period's review dashboard. */
export const ESCALATION_LINES_PER_GROUP = 10;

/** "A2" before "A10". One collator: localeCompare with options builds one per call, slow over thousands of actions. */
const COLLATOR = new Intl.Collator('en-GB', { numeric: true });

/**
 * To a delivery group's chair and the accountable senior officer group: actions still without an update, by group
 * and lead. Each group shows its count and its first ESCALATION_LINES_PER_GROUP actions, then "and N more" linking to
 * the period's review dashboard, so a senior officer of a 6,000-action partnership gets a readable message.
 */
export function escalationMail(data: EscalationMailData): MailContent {
  const count = plural(data.actions.length, 'action has', 'actions have');
  const earliest = [...data.actions].map((a) => a.deadline).sort()[0] ?? data.today;
  const groups = new Map<string, { heading: string; strategyId: string; periodId: string; actions: OwedAction[] }>();
  for (const a of data.actions) {
    const heading = `${a.groupName ?? 'No delivery group'}, ${a.strategyTitle}: ${a.periodName}`;
    const group = groups.get(heading) ?? { heading, strategyId: a.strategyId, periodId: a.periodId, actions: [] };
    group.actions.push(a);
    groups.set(heading, group);
  }
  // By lead (actions without one last), then by reference, so the same lead's actions stay together.
  const byLead = (x: OwedAction, y: OwedAction) =>
    Number(x.leadName === null) - Number(y.leadName === null) ||
    COLLATOR.compare(x.leadName ?? '', y.leadName ?? '') ||
    COLLATOR.compare(x.ref ?? '', y.ref ?? '') ||
    COLLATOR.compare(x.title, y.title);
  const sections: DigestSection[] = [...groups.values()]
    .sort((x, y) => x.heading.localeCompare(y.heading))
    .map((g) => {
      const shown = g.actions.sort(byLead).slice(0, ESCALATION_LINES_PER_GROUP);
      const lines = shown.map((a) => ({
        text: `${actionLine(a)}, lead: ${a.leadName ?? 'no lead officer'}`,
        href: `${data.publicUrl}/strategies/${a.strategyId}/actions/${a.actionId}`,
      }));
      const rest = g.actions.length - shown.length;
      if (rest > 0)
        lines.push({
          text: `and ${rest.toLocaleString('en-GB')} more: see the review dashboard`,
          href: `${data.publicUrl}/review/${g.strategyId}/${g.periodId}`,
        });
      return { heading: `${g.heading} (${plural(g.actions.length, 'action', 'actions')})`, lines };
    });
  return composeDigest({
    subject: `Updates still missing after the deadline`,
    greeting: `Dear ${data.fullName},`,
    paragraphs: [
      `${count} no submitted update, although the deadline was ${longDate(earliest)} (${deadlineInWords(earliest, data.today)}).`,
      'The leads were reminded before the deadline and chased after it. You are receiving this as the chair of a delivery group or as a member of the senior officer group accountable for the strategy.',
    ],
    sections,
    link: { text: 'Review progress', href: `${data.publicUrl}/review` },
  });
}
